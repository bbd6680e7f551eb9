// Two emails from one person in a real Roundcube (Debian's, over Dovecot, on a rep's own domain)
// are two follow-ups, each titled with its own email's subject and classified from its own text —
// from the message pages and from the list, where each row is its own email. Before issue 15 the
// second click returned the first email's task (one address, `/?_task=mail`, for every email).
import { fileURLToPath } from 'node:url';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { serveRoundcubeAtCustomSite, WEBMAIL_HOST } from '../roundcube/at-address';
import { startRoundcube } from '../roundcube/harness';
import { listRow, openMailbox, openMessage, signIn } from '../roundcube/page';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = 'tasklane-ui[data-tasklane-button]';
const ELENA = 'elena.petrov@kestrel-freight.com';
const MAIL = fileURLToPath(new URL('../fixtures/roundcube-mail-same-sender/', import.meta.url));

test('Roundcube: two emails of one person make two tasks, each titled with its own subject; their message pages find those tasks again', async ({ context, openExtensionPage }) => {
  const roundcube = await startRoundcube({ mailFolder: MAIL });
  try {
    const options = await openExtensionPage('options.html#sites');
    const send = (type: string, payload: unknown) => options.evaluate(([t, p]) => chrome.runtime.sendMessage({ tasklane: 1, type: t, payload: p }), [type, payload] as const) as Promise<{ ok: boolean; data?: any }>;
    expect(await send('sites.addCustom', { host: WEBMAIL_HOST })).toMatchObject({ ok: true });
    const openTasks = async () => ((await send('task.list', { status: 'open' })).data?.tasks ?? []) as any[];

    const webmail = await serveRoundcubeAtCustomSite(context, roundcube);
    const page = await context.newPage();
    await signIn(page, webmail);

    const quote = roundcube.message('01-quote-request.eml');
    const delivery = roundcube.message('02-delivery-dates.eml');
    const expectTwoTasks = async () => {
      const tasks = await openTasks();
      expect(tasks).toHaveLength(2);
      for (const message of [quote, delivery]) {
        const task = tasks.find((t) => t.source?.title === message.subject);
        expect(task, `a task for "${message.subject}"`).toBeTruthy();
        expect(task.title).toContain(message.subject);
        expect(task.contact?.email).toBe(ELENA);
        expect(task.source).toMatchObject({ site: 'roundcube', externalId: `INBOX/${message.uid}` });
      }
    };

    // The list: each row is its own email, and its button makes that email's task.
    await openMailbox(page, webmail);
    for (const [i, message] of [quote, delivery].entries()) {
      await listRow(page, message).locator(BUTTON).first().click();
      await expect.poll(async () => (await openTasks()).length, { timeout: 20_000 }).toBe(i + 1);
    }
    await expectTwoTasks();

    // Each message on a page of its own (one address but for `_uid`): its sender's button finds
    // that email's open task again, never the other one's, and makes no third.
    for (const message of [quote, delivery]) {
      await openMessage(page, webmail, message);
      await page.locator(`#message-header .rcmContactAddress[title="${ELENA}"] ~ ${BUTTON}`).first().click();
    }
    await page.waitForTimeout(2_000);
    await expectTwoTasks();
    expect(roundcube.errorLog()).toBe('');
  } finally {
    await roundcube.stop();
  }
});
