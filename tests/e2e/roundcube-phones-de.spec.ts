// Brief I (issue 14, fourth held-out set) through the click itself, in a real Roundcube whose UI is
// German (de_DE) in a German browser: the page's and the browser's language say Germany, yet a
// signature's national number is stored in the writer's country, read from their own block — a
// UK number by the 0044 number beside it, a US one by "Austin, TX", a Vienna one by "1060 Wien".
import { fileURLToPath } from 'node:url';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { serveRoundcubeAtCustomSite, WEBMAIL_HOST } from '../roundcube/at-address';
import { startRoundcube } from '../roundcube/harness';
import { openMessage, signIn } from '../roundcube/page';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR, lang: 'de-DE' });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const MAIL = fileURLToPath(new URL('../fixtures/roundcube-mail-phones-de/', import.meta.url));

test('Roundcube in German: a click stores a signature\'s national number in the writer\'s country, not Germany', async ({ context, openExtensionPage }) => {
  const roundcube = await startRoundcube({ mailFolder: MAIL, language: 'de_DE' });
  try {
    const options = await openExtensionPage('options.html#sites');
    const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
    expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });
    const webmail = await serveRoundcubeAtCustomSite(context, roundcube);
    const page = await context.newPage();
    await signIn(page, webmail);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^de/);

    const cases = [
      { file: '01-uk-0044.eml', email: 'james.whitfield@whitfield-displays.com', phone: '+442079460958' },
      { file: '02-us-austin.eml', email: 'megan.carter@lonestar-fixtures.com', phone: '+15125550134' },
      { file: '03-at-wien.eml', email: 'k.huber@alpenglas.com', phone: '+4315123456' },
    ];
    for (const [i, { file, email, phone }] of cases.entries()) {
      await openMessage(page, webmail, roundcube.message(file));
      await page.locator(`#message-header .rcmContactAddress[title="${email}"] ~ ${BUTTON}`).first().click();
      await expect.poll(async () => ((await send('task.list', { status: 'open' })).data?.tasks ?? []).length, { timeout: 20_000 }).toBe(i + 1);
      expect((await send('contact.lookup', { email })).data?.contact?.phone, email).toBe(phone);
    }
    expect(roundcube.errorLog()).toBe('');
  } finally {
    await roundcube.stop();
  }
});
