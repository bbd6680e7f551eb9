// Options → All tasks: a bulk action on every task the filters select, across pages, after a
// confirmation that names the count.
import { expect, test } from './fixtures';
import { seedTasks } from './seed';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test('complete every task the filters select, across pages, after confirming the count', async ({ openExtensionPage }) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage('options.html#tasks');
  await seedTasks(options, [
    ...Array.from({ length: 120 }, (_, i) => ({ title: `Chase invoice ${i + 1}`, inDays: i % 10, categories: { goal: 'payment_collection' } })),
    ...Array.from({ length: 7 }, (_, i) => ({ title: `Demo ${i + 1}`, inDays: 1, categories: { goal: 'new_customer' } })),
  ]);
  await options.reload();
  await options.locator('#tasks select:has(option[value="payment_collection"])').first().selectOption('payment_collection');
  await expect(options.locator('.pager .hint[role="status"]')).toContainText('120');

  await options.getByRole('checkbox', { name: 'Select all tasks on this page' }).check();
  await expect(options.locator('.bulk-bar')).toContainText('50 selected');
  await options.getByRole('button', { name: 'Select all 120 tasks the filters select' }).click();
  await expect(options.locator('.bulk-bar')).toContainText('All 120 tasks the filters select are selected');
  await options.locator('.bulk-bar').getByRole('button', { name: /Complete/ }).click();
  const dialog = options.getByRole('dialog');
  await expect(dialog).toContainText('Complete 120 tasks?');
  await dialog.getByRole('button', { name: 'Complete' }).click();
  await expect(dialog).toHaveCount(0);

  const counts = await options.evaluate(async () => {
    const list = async (payload: object) => ((await chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { ...payload, limit: 1 } })) as { data: { total: number } }).data.total;
    return { done: await list({ status: 'done' }), open: await list({ status: 'open' }), openDemos: await list({ status: 'open', goal: 'new_customer' }) };
  });
  expect(counts).toEqual({ done: 120, open: 7, openDemos: 7 });
});

test('one task: "1 task", never "1 tasks"', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html#tasks');
  await seedTasks(options, [{ title: 'Only one', inDays: 0 }]);
  await options.reload();
  await options.getByRole('checkbox', { name: 'Select all tasks on this page' }).check();
  await options.locator('.bulk-bar').getByRole('button', { name: 'Delete' }).click();
  await expect(options.getByRole('dialog')).toContainText('Delete 1 task?');
});
