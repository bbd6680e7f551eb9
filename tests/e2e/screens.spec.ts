// What a rep sees on the most common laptop screen (1366×768: a 1366×657 page area), in light
// and dark, in English and Simplified Chinese: every options section, the popup, and the
// quick-create panel on a Gmail thread. Saved as test artifacts under test-results/
// (screen-1366x657-<lang>-<scheme>-<what>.png). Also: every page follows a live light/dark
// switch, charts included, without a reload.
import type { Page } from '@playwright/test';
import { accessibleNodes, boxOfAccessible } from './ax';
import { expect, test } from './fixtures';
import { A_REPS_DAY, seedTasks } from './seed';

const LAPTOP = { width: 1366, height: 657 };
const SECTIONS = ['categories', 'templates', 'classifier', 'targets', 'tasks', 'insights', 'sites', 'data', 'preferences'];
const THREADS = {
  'en-US': { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs', fixture: 'gmail-thread.html', panel: 'New follow-up task' },
  'zh-CN': { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkPwLbZnHqKtRcJmDsXvWfG', fixture: 'gmail-thread-zh.html', panel: '新建跟进任务' },
} as const;

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const lang of ['en-US', 'zh-CN'] as const) {
  test.describe(`at 1366×657 (${lang})`, () => {
    test.use({ lang });

    test(`screenshots of the options, the popup and the in-page panel, light and dark, in ${lang}`, async ({ openExtensionPage, showAt, context }, testInfo) => {
      test.setTimeout(240_000);
      const shot = (page: Page, scheme: string, what: string) =>
        page.screenshot({ path: testInfo.outputPath(`screen-1366x657-${lang}-${scheme}-${what}.png`) });
      const options = await openExtensionPage('options.html');
      await seedTasks(options, A_REPS_DAY);
      await options.setViewportSize(LAPTOP);
      const thread = THREADS[lang];
      const gmail = await showAt(thread.url, thread.fixture);
      await gmail.setViewportSize(LAPTOP);
      const popup = await openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 380, height: 600 });
      for (const scheme of ['light', 'dark'] as const) {
        for (const page of [options, gmail, popup]) await page.emulateMedia({ colorScheme: scheme });
        for (const section of SECTIONS) {
          await options.goto(options.url().replace(/#.*$/, '') + `#${section}`);
          await expect(options.locator(`#${section}`)).toBeVisible();
          await options.waitForTimeout(300);
          await shot(options, scheme, `options-${section}`);
        }
        await expect(popup.locator('.task').first()).toBeVisible();
        await shot(popup, scheme, 'popup');

        // The panel for the second person of the thread, the case a rep reported.
        const buttons = gmail.locator('[data-tasklane-button]');
        await expect(buttons.nth(1)).toBeVisible();
        await buttons.nth(1).click({ modifiers: ['Shift'] });
        await expect.poll(async () => (await accessibleNodes(context, gmail)).some((n) => n.role === 'dialog' && n.name === thread.panel)).toBe(true);
        await gmail.waitForTimeout(300);
        const panel = await boxOfAccessible(context, gmail, 'dialog', thread.panel);
        expect(panel.y + panel.height).toBeLessThanOrEqual(LAPTOP.height);
        await shot(gmail, scheme, 'gmail-panel');
        await gmail.keyboard.press('Escape');
        await expect.poll(async () => (await accessibleNodes(context, gmail)).some((n) => n.role === 'dialog')).toBe(false);
      }
    });
  });
}

test('every page follows a live light/dark switch, the charts redrawn, without a reload', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await seedTasks(options, A_REPS_DAY);
  await options.goto(options.url().replace(/#.*$/, '') + '#insights');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task').first()).toBeVisible();
  for (const page of [options, popup]) await page.emulateMedia({ colorScheme: 'light' });
  const canvas = await options.locator('.chart canvas').first().elementHandle();
  expect(canvas).not.toBeNull();
  const light = { options: await background(options), popup: await background(popup) };

  for (const page of [options, popup]) await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(options)).not.toBe(light.options);
  await expect.poll(() => background(popup)).not.toBe(light.popup);
  // The chart read its colours from CSS once; the switch drew it again.
  await expect.poll(() => canvas!.evaluate((el) => el.isConnected)).toBe(false);
  await expect(options.locator('.chart canvas').first()).toBeVisible();

  // A fixed theme (Preferences → Theme) wins over the system's, in the popup too.
  await options.goto(options.url().replace(/#.*$/, '') + '#preferences');
  await options.getByRole('radio', { name: 'Light' }).check();
  await popup.reload();
  await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await expect.poll(() => background(popup)).toBe(light.popup);
});
