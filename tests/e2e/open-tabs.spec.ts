// A tab open before the rep turns its site on gets Tasklane at once, without a reload: Chrome runs
// a registered content script only in pages loaded after it, so the background puts the script
// into the open tabs of the hosts it just added (lib/background/open-tabs.ts).
import { readFileSync } from 'node:fs';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { WEBMAIL_HOST } from '../roundcube/at-address';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url), 'utf8');

test('a custom site added while its page is open: the open tab gets its buttons without a reload, once', async ({ context, openExtensionPage }) => {
  await context.route(`https://${WEBMAIL_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('generic-app-signed-in-fr') }));
  const page = await context.newPage();
  await page.goto(`https://${WEBMAIL_HOST}/orders`);
  // Granted (the demo build's host) but not yet a site of the rep's: no script runs there.
  await page.waitForTimeout(2_000);
  await expect(page.locator(BUTTON)).toHaveCount(0);
  const loadsBefore = await page.evaluate(() => performance.getEntriesByType('navigation').length);

  const options = await openExtensionPage('options.html#sites');
  const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
  expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });

  // The same document (never reloaded) now shows Claire's button, one, beside her.
  await expect(page.locator(BUTTON)).toHaveCount(1, { timeout: 20_000 });
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loadsBefore);
  expect(await page.locator(BUTTON).evaluate((el) => el.previousElementSibling?.textContent ?? '')).toContain('Claire Dubois');
  // Saving settings again registers nothing new: no second copy, still one button.
  expect(await send('settings.save', { patch: { theme: 'dark' } })).toMatchObject({ ok: true });
  await page.waitForTimeout(2_000);
  await expect(page.locator(BUTTON)).toHaveCount(1);
});
