// The CalDAV sync integration suite (npm run test:sync): the real sync code in Node, against a
// real Radicale started by tests/sync/global-setup.ts, with fake-indexeddb for the local side.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/sync/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    globalSetup: ['tests/sync/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // One Radicale, and timing targets: run the files one after another.
    fileParallelism: false,
  },
});
