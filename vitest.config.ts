import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    // Property tests run detection or the classifier over a hundred generated inputs: seconds of
    // work on a busy 2-core machine, past vitest's 5 s default. A hang still fails.
    testTimeout: 30_000,
  },
});
