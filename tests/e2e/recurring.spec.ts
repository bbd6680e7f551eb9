// A routine task in the popup (issue 13, defect 1): complete, Undo in the toast, complete
// again — exactly one next occurrence, seen in the popup's week ahead and by the store.
import type { Page } from '@playwright/test';
import { localDate, seedTasks } from './seed';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const TITLE = 'Weekly pipeline review';

/** The series as the options page's table lists it: [status, due date] of every task with this title. */
async function series(page: Page): Promise<[string, string | undefined][]> {
  const reply = (await page.evaluate(
    (payload) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload }),
    { status: 'all', text: TITLE, limit: 50 },
  )) as { ok: boolean; data?: { tasks: { status: string; due?: { date: string } }[] }; error?: { message: string } };
  if (!reply.ok) throw new Error(reply.error?.message);
  return reply.data!.tasks.map((t) => [t.status, t.due?.date] as [string, string | undefined]).sort();
}

test('complete → Undo → complete a weekly task leaves exactly one open next occurrence', async ({ openExtensionPage, stopServiceWorker }) => {
  const options = await openExtensionPage('options.html');
  await seedTasks(options, [{ title: TITLE, inDays: 0, rrule: 'FREQ=WEEKLY' }, { title: 'Call Dana about the renewal', inDays: 0 }]);

  const popup = await openExtensionPage('popup.html');
  const today = popup.locator('[aria-labelledby="today-heading"] .task', { hasText: TITLE });
  await expect(popup.locator('#today-heading')).toHaveText('Today (2)');
  await today.getByRole('checkbox').click();
  await expect(today).toHaveCount(0);
  await expect(popup.locator('#upcoming-heading')).toHaveText('Next 7 days (1)');
  expect(await series(options)).toEqual([['done', localDate(0)], ['open', localDate(7)]]);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(today).toHaveCount(1);
  await expect(popup.locator('#today-heading')).toHaveText('Today (2)');
  // The occurrence the completion made went with the Undo.
  await expect(popup.locator('#upcoming-heading')).toHaveCount(0);
  expect(await series(options)).toEqual([['open', localDate(0)]]);

  // A stopped worker in between changes nothing: the state is in the store.
  await stopServiceWorker();
  await today.getByRole('checkbox').click();
  await expect(today).toHaveCount(0);
  await expect(popup.locator('#today-heading')).toHaveText('Today (1)');
  await expect(popup.locator('#upcoming-heading')).toHaveText('Next 7 days (1)');
  await popup.locator('#upcoming-heading').click();
  await expect(popup.locator('.upcoming .task', { hasText: TITLE })).toHaveCount(1);
  await expect(popup.locator('.upcoming .task', { hasText: TITLE }).locator('time')).toHaveAttribute('datetime', localDate(7));
  expect(await series(options)).toEqual([['done', localDate(0)], ['open', localDate(7)]]);
});
