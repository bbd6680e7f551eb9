// Issue 14 through the click itself, in a real Roundcube (Debian's, over Dovecot, English UI) on
// a rep's own domain: a signature's national number is stored in the writer's country, not the
// browser's — an Australian one from the sender's .com.au address and "NSW 2000", a Chinese one
// from the Chinese text around it.
import { fileURLToPath } from 'node:url';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { serveRoundcubeAtCustomSite, WEBMAIL_HOST } from '../roundcube/at-address';
import { startRoundcube } from '../roundcube/harness';
import { openMessage, signIn } from '../roundcube/page';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const MAIL = fileURLToPath(new URL('../fixtures/roundcube-mail-phones/', import.meta.url));

test('Roundcube: a click stores a signature\'s national number in the writer\'s country', async ({ context, openExtensionPage }) => {
  const roundcube = await startRoundcube({ mailFolder: MAIL });
  try {
    const options = await openExtensionPage('options.html#sites');
    const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
    expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });
    const webmail = await serveRoundcubeAtCustomSite(context, roundcube);
    const page = await context.newPage();
    await signIn(page, webmail);

    const cases = [
      { file: '01-au-national.eml', email: 'liam.walsh@harbourfreight.com.au', phone: '+61298765432' },
      { file: '02-zh-national.eml', email: 'zhouli@hongtai-trade.example', phone: '+8675588886666' },
    ];
    for (const [i, { file, email, phone }] of cases.entries()) {
      await openMessage(page, webmail, roundcube.message(file));
      await page.locator(`#message-header .rcmContactAddress[title="${email}"] ~ ${BUTTON}`).first().click();
      await expect.poll(async () => ((await send('task.list', { status: 'open' })).data?.tasks ?? []).length, { timeout: 20_000 }).toBe(i + 1);
      const task = ((await send('task.list', { status: 'open' })).data.tasks as any[]).find((t) => t.contact?.email === email);
      expect(task, `a task for ${email}`).toBeTruthy();
      // The task's view of its person leaves the phone out: the stored contact has it.
      expect((await send('contact.lookup', { email })).data?.contact?.phone).toBe(phone);
    }
    expect(roundcube.errorLog()).toBe('');
  } finally {
    await roundcube.stop();
  }
});
