// The Firefox end-to-end test (npm run test:firefox): the built Firefox add-on in Debian's
// firefox-esr over WebDriver BiDi (tests/firefox/). Build first: `npm run build:firefox`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});
