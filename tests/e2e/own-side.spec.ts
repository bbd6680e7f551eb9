// The rep is never offered on a custom site no adapter knows (lib/detect/own-side.ts, loaded with
// the record kit): a custom app's top bar "Connecté en tant que <b>Name</b> (address)" and a reply
// form's From picker name the rep, whose buttons never go on — mail.js offers nobody until the
// kit has arrived — and the picker's identities are learnt into My addresses; so is the address
// a mailing's footer says it was sent to (lib/detect/mailing-footer.ts).
import { readFileSync } from 'node:fs';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { WEBMAIL_HOST } from '../roundcube/at-address';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url), 'utf8');

test('custom site: the signed-in bar and a From picker name the rep, who gets no button; the picker teaches My addresses', async ({ context, openExtensionPage }) => {
  const options = await openExtensionPage('options.html#sites');
  const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
  expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });
  const pages: Record<string, string> = { '/orders': fixture('generic-app-signed-in-fr'), '/reply': fixture('generic-reply-from-identities-fr'), '/news': fixture('generic-webmail-newsletter-footer-de') };
  await context.route(`https://${WEBMAIL_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages[new URL(route.request().url()).pathname] ?? '' }));
  const page = await context.newPage();

  await page.goto(`https://${WEBMAIL_HOST}/orders`);
  await expect(page.locator(BUTTON)).toHaveCount(1, { timeout: 20_000 });
  await page.waitForTimeout(1_500);
  await expect(page.locator(BUTTON)).toHaveCount(1);
  // A button goes on just after its person's element.
  const beside = () => page.locator(BUTTON).evaluate((el) => el.previousElementSibling?.textContent ?? '');
  expect(await beside()).toContain('Claire Dubois');

  await page.goto(`https://${WEBMAIL_HOST}/reply`);
  await expect(page.locator(BUTTON)).toHaveCount(1, { timeout: 20_000 });
  await page.waitForTimeout(1_500);
  expect(await beside()).toContain('Hugo Lefèvre');
  await expect.poll(async () => (await send('settings.get', {})).data?.settings?.myAddresses ?? [], { timeout: 20_000 }).toEqual(expect.arrayContaining(['camille.roux@atelier-roux.example', 'ventes@atelier-roux.example']));

  // A mailing's footer names its reader ("Diese E-Mail wurde an <addr> gesendet"): no button, learnt.
  await page.goto(`https://${WEBMAIL_HOST}/news`);
  await expect(page.locator(BUTTON)).toHaveCount(1, { timeout: 20_000 });
  await page.waitForTimeout(1_500);
  await expect(page.locator(BUTTON)).toHaveCount(1);
  expect(await beside()).toContain('Clara Weiß');
  await expect.poll(async () => (await send('settings.get', {})).data?.settings?.myAddresses ?? [], { timeout: 20_000 }).toContain('jonas.feldmann@feldmann-vertrieb.example');
});
