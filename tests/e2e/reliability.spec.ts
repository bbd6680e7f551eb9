// A rep's follow-ups are their pipeline: concurrent creates never duplicate or drop a task, a
// stopped worker loses nothing, a full disk says so in plain words and writes nothing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accessibleNodes } from './ax';
import { contentWorld } from './isolated-world';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';

async function countTasks(page: Page): Promise<number> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.listDue', payload: { today: '2099-12-31', limit: 500 } }))) as { data: { total: number } };
  return reply.data.total;
}

/** 20 task.create messages at once from one tab's content script; `person(i)` picks the email. */
const burst = (person: string) => `Promise.all(Array.from({ length: 20 }, (_, i) => chrome.runtime.sendMessage({
  tasklane: 1, type: 'task.create',
  payload: { draft: { title: 'Follow up: Q3 renewal', due: { date: '2026-12-04' }, dedupeKey: 'gmail:thread-f:1801122334455667788:' + ${person} },
             contact: { email: ${person} } } })))`;

test('5 tabs × 20 simultaneous creates for one thread and person make exactly one task', async ({ context, extensionId, showAt, openExtensionPage }) => {
  const tabs = await Promise.all(Array.from({ length: 5 }, () => showAt(THREAD, 'gmail-thread.html')));
  const worlds = await Promise.all(tabs.map((tab) => contentWorld(context, tab, extensionId)));
  const replies = (await Promise.all(worlds.map((w) => w.evaluate<{ ok: boolean; data: { created: boolean; task: { id: string } } }[]>(burst("'priya.raman@northwind-traders.com'"))))).flat();
  expect(replies).toHaveLength(100);
  expect(replies.every((r) => r.ok)).toBe(true);
  expect(replies.filter((r) => r.data.created)).toHaveLength(1);
  expect(new Set(replies.map((r) => r.data.task.id)).size).toBe(1);
  expect(await countTasks(await openExtensionPage('options.html'))).toBe(1);
});

test('5 tabs × 20 simultaneous creates for different people make exactly 100 tasks', async ({ context, extensionId, showAt, openExtensionPage }) => {
  const tabs = await Promise.all(Array.from({ length: 5 }, () => showAt(THREAD, 'gmail-thread.html')));
  const worlds = await Promise.all(tabs.map((tab) => contentWorld(context, tab, extensionId)));
  const replies = (await Promise.all(worlds.map((w, tab) => w.evaluate<{ ok: boolean }[]>(burst(`'rep' + i + '.tab${tab}@northwind-traders.com'`))))).flat();
  expect(replies.filter((r) => r.ok)).toHaveLength(100);
  expect(await countTasks(await openExtensionPage('options.html'))).toBe(100);
});

test('nothing is lost when the worker stops between creating in a page and completing in the popup', async ({ showAt, openExtensionPage, stopServiceWorker }) => {
  const page = await showAt(THREAD, 'gmail-thread.html');
  await page.locator('span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]').first().click();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task', { hasText: 'Q3 renewal' })).toHaveCount(1);
  await popup.close();

  await stopServiceWorker();
  const again = await openExtensionPage('popup.html');
  const row = again.locator('.task', { hasText: 'Q3 renewal' });
  await expect(row).toHaveCount(1);
  await row.getByRole('checkbox').click();
  await expect(row).toHaveCount(0);
  await again.close();

  await stopServiceWorker();
  const third = await openExtensionPage('popup.html');
  await expect(third.locator('.task', { hasText: 'Q3 renewal' })).toHaveCount(0);
  await expect(third.getByRole('alert')).toHaveCount(0);
});

test('a full disk gives a plain-words error in the popup and writes nothing', async ({ context, extensionId, openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('New task').fill('Saved before the disk filled up');
  await popup.getByRole('button', { name: 'Add' }).click();
  await expect(popup.locator('.task')).toHaveCount(1);

  // Inject the fault inside the worker: every IndexedDB write now fails as a full disk would.
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  await worker.evaluate(() => {
    for (const method of ['add', 'put'] as const) {
      IDBObjectStore.prototype[method] = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  await popup.getByLabel('New task').fill('Lost to a full disk?');
  await popup.getByRole('button', { name: 'Add' }).click();
  await expect(popup.getByRole('alert')).toContainText('no room left');
  await expect(popup.locator('.task')).toHaveCount(1);
  // The worker is still answering: no crash loop.
  await popup.reload();
  await expect(popup.locator('.task')).toHaveText([/Saved before the disk filled up/]);
});

test.describe('when the browser refuses IndexedDB', () => {
  test.use({ extensionDir: DEMO_EXTENSION_DIR });

  test('the popup and the in-page toast say tasks are not being saved, and it still works in memory', async ({ context, extensionId, openExtensionPage, showAt, stopServiceWorker }) => {
    const page = await showAt(THREAD, 'gmail-thread.html');
    const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
    await worker.evaluate(() => (globalThis as unknown as { __tasklaneTest: { refuseStorage(): Promise<void> } }).__tasklaneTest.refuseStorage());
    await stopServiceWorker();
    // A task made from a page says it lasts only this session (issue 13, defect 8).
    await page.locator('span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]').first().click();
    await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.name.includes('Saved for this session only'))).toBe(true);
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('alert')).toContainText('Tasks are not being saved.');
    await popup.getByLabel('New task').fill('Call Wei about the pilot');
    await popup.getByRole('button', { name: 'Add' }).click();
    await expect(popup.locator('.task', { hasText: 'Call Wei about the pilot' })).toHaveCount(1);
  });
});
