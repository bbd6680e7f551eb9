// Follow-ups that close themselves (issue 16), in the real Chromium with the built extension:
// a task made from a Gmail thread waits for a reply and shows in the popup's "Waiting for
// reply"; a content script's followUp.replySeen closes it (the open popup shows it under
// "Replied today" with Reopen); Reopen makes it wait again.
import { localDate } from './seed';
import { expect, test } from './fixtures';
import { contentWorld } from './isolated-world';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const DANA = { name: 'Dana Okafor', email: 'dana.okafor@northwind-traders.com', company: 'Northwind Traders' };

test('waiting → replied (closed, with Reopen) → waiting again', async ({ openExtensionPage, showAt, context, extensionId }, testInfo) => {
  const options = await openExtensionPage('options.html');
  const created = (await options.evaluate(
    (payload) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload }),
    {
      draft: {
        title: 'Send Dana the revised quote',
        due: { date: localDate(2) },
        source: { site: 'gmail', externalId: 'thread-f:1789000000000000001', title: 'Re: Q1 quote for 40 seats', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' },
      },
      contact: DANA,
    },
  )) as { ok: boolean; data: { task: { id: string; createdAt: number; followUp?: { state: string } } } };
  expect(created).toMatchObject({ ok: true, data: { task: { followUp: { state: 'waiting', closeOnReply: true } } } });
  const task = created.data.task;

  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.locator('#waiting-heading')).toHaveText('Waiting for reply (1)');
  const waitingRow = popup.locator(`.follow-up[data-task-id="${task.id}"]`);
  await expect(waitingRow).toHaveAttribute('data-state', 'waiting');
  await expect(waitingRow).toContainText('Dana Okafor');
  await expect(waitingRow).toContainText('Re: Q1 quote for 40 seats');
  await expect(waitingRow).toContainText('Sent today');
  await popup.screenshot({ path: testInfo.outputPath('popup-waiting.png'), fullPage: true });

  // The reply, as part B's content script reports it from a Gmail page.
  const gmail = await showAt('https://mail.google.com/mail/u/0/#inbox', 'gmail-inbox.html');
  const world = await contentWorld(context, gmail, extensionId);
  const replySeen = { taskId: task.id, from: DANA.email, at: task.createdAt + 60_000, site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' };
  const older = await world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ tasklane: 1, type: 'followUp.replySeen', payload: { ...replySeen, at: task.createdAt - 60_000 } })})`);
  expect(older).toMatchObject({ ok: true, data: { outcome: 'ignored' } });
  const closed = await world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ tasklane: 1, type: 'followUp.replySeen', payload: replySeen })})`);
  expect(closed).toMatchObject({ ok: true, data: { outcome: 'completed', task: { status: 'done', followUp: { state: 'replied' } } } });
  // A content script may not ask for the popup's list.
  expect(await world.evaluate(`chrome.runtime.sendMessage({ tasklane: 1, type: 'followUp.list', payload: {} })`)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // The popup was open all along: the change broadcast moves the row.
  await expect(popup.locator('#replied-heading')).toHaveText('Replied today (1)');
  const repliedRow = popup.locator(`.follow-up[data-task-id="${task.id}"]`);
  await expect(repliedRow).toHaveAttribute('data-state', 'replied');
  await expect(repliedRow).toContainText('Dana Okafor');
  await expect(popup.locator('#waiting-heading')).toHaveCount(0);
  await popup.screenshot({ path: testInfo.outputPath('popup-replied.png'), fullPage: true });
  const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(size.width).toBeLessThanOrEqual(800);
  expect(size.height).toBeLessThanOrEqual(600);

  await repliedRow.getByRole('button', { name: 'Reopen' }).click();
  await expect(popup.locator('#replied-heading')).toHaveCount(0);
  await expect(popup.locator('#waiting-heading')).toHaveText('Waiting for reply (1)');
  await expect(popup.locator(`.follow-up[data-task-id="${task.id}"]`)).toHaveAttribute('data-state', 'waiting');
  const stored = (await options.evaluate((id) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.get', payload: { id } }), task.id)) as { data: { task: { status: string; followUp: { state: string; reply?: unknown } } } };
  expect(stored.data.task.status).toBe('open');
  expect(stored.data.task.followUp.state).toBe('waiting');
  expect(stored.data.task.followUp.reply).toBeUndefined();
});
