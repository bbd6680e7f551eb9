import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium with the built extension loaded (see
// tests/e2e/fixtures.ts). Build first: `npm run build` (npm test does it).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
});
