// Issue 15 through the click itself, in a real Roundcube (Debian's, over Dovecot) on a rep's own
// domain: a 163.com sender whose plain-text email ends in a signature with no "-- " and no
// sign-off ("陈静 / 总经理 / 杭州瑞丰贸易有限公司 / 电话：…") and a qq.com sender whose HTML email
// signs off 此致 敬礼 above her company are businesses: the task is B2B, direct, for a contact
// of that company.
import { fileURLToPath } from 'node:url';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { serveRoundcubeAtCustomSite, WEBMAIL_HOST } from '../roundcube/at-address';
import { startRoundcube } from '../roundcube/harness';
import { openMessage, signIn } from '../roundcube/page';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const MAIL = fileURLToPath(new URL('../fixtures/roundcube-mail-free-signature/', import.meta.url));

test('Roundcube: a free-mail sender with a company in the signature makes a B2B, direct task for that company', async ({ context, openExtensionPage }) => {
  const roundcube = await startRoundcube({ mailFolder: MAIL });
  try {
    const options = await openExtensionPage('options.html#sites');
    const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
    expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });
    const webmail = await serveRoundcubeAtCustomSite(context, roundcube);
    const page = await context.newPage();
    await signIn(page, webmail);

    const cases = [
      { file: '03-zh-plain-no-separator.eml', email: 'chenjing1988@163.com', company: '杭州瑞丰贸易有限公司' },
      { file: '04-zh-html-qq.eml', email: '1348826471@qq.com', company: '深圳市万华礼品科技有限公司' },
    ];
    for (const [i, { file, email, company }] of cases.entries()) {
      await openMessage(page, webmail, roundcube.message(file));
      await page.locator(`#message-header .rcmContactAddress[title="${email}"] ~ ${BUTTON}`).first().click();
      await expect.poll(async () => ((await send('task.list', { status: 'open' })).data?.tasks ?? []).length, { timeout: 20_000 }).toBe(i + 1);
      const task = ((await send('task.list', { status: 'open' })).data.tasks as any[]).find((t) => t.contact?.email === email);
      expect(task, `a task for ${email}`).toBeTruthy();
      expect(task.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
      expect(JSON.stringify(task.contact)).toContain(company);
    }
    expect(roundcube.errorLog()).toBe('');
  } finally {
    await roundcube.stop();
  }
});
