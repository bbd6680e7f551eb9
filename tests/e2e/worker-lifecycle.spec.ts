// The service worker is stopped (CDP) between every step of a rep's day: create from a page,
// complete in the popup, import a backup in options, a reminder alarm firing. Nothing is lost
// and no error is shown.
import type { Worker } from '@playwright/test';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
declare const __tasklaneTest: { advanceClock(ms: number): void; fireAlarm(name: string): Promise<string> };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';

test('a stopped worker between every step loses nothing and shows no error', async ({ context, extensionId, showAt, openExtensionPage, stopServiceWorker }) => {
  // 1. Create from the content script.
  const mail = await showAt(THREAD, 'gmail-thread.html');
  await mail.locator('span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]').first().click();
  await mail.locator('span[email="dana.okafor@northwind-traders.com"] + [data-tasklane-button]').first().click();
  const options = await openExtensionPage('options.html#data');
  const list = async () => ((await options.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { limit: 200 } }))) as { data: { tasks: { title: string; status: string }[] } }).data.tasks;
  await expect.poll(async () => (await list()).length).toBe(2);
  await stopServiceWorker();

  // 2. Complete in the popup.
  const popup = await openExtensionPage('popup.html');
  await popup.locator('.task').first().getByRole('checkbox').click();
  await expect.poll(async () => (await list()).filter((t) => t.status === 'done').length).toBe(1);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await stopServiceWorker();

  // 3. Import a backup in options (a CSV adding one task); the worker stops before the commit.
  const csv = 'title,status,due_date\r\nSend the 40-seat order form,open,2026-12-10\r\n';
  await options.locator('input[type="file"]').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(options.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await stopServiceWorker();
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(async () => (await list()).map((t) => t.title)).toContain('Send the 40-seat order form');
  await expect(options.locator('.import .error')).toHaveCount(0);
  await stopServiceWorker();

  // 4. A reminder alarm fires in a freshly started worker.
  const due = new Date(Date.now() + 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  await options.evaluate((d) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload: { draft: { title: 'Call Priya at the top of the hour', due: d } } }),
    { date: due.toLocaleDateString('en-CA'), time: `${p(due.getHours())}:${p(due.getMinutes())}` });
  const worker: Worker = context.serviceWorkers().find((w) => w.url().includes(extensionId) && !w.url().includes('closed'))!;
  await worker.evaluate(async () => {
    __tasklaneTest.advanceClock(61_000);
    await __tasklaneTest.fireAlarm('tasklane:reminders');
  });
  await expect.poll(async () => Object.keys(await options.evaluate(() => chrome.notifications.getAll())).length).toBe(1);

  // Everything is still there.
  expect((await list()).map((t) => t.title).sort()).toEqual([
    'Call Priya at the top of the hour',
    'Follow up: Q3 renewal: revised quote for 40 seats',
    'Follow up: Q3 renewal: revised quote for 40 seats',
    'Send the 40-seat order form',
  ]);
});
