// The popup's repeat editor for existing tasks: make a task repeat, change its rule, stop it —
// through task.update, so the series behaves as one made repeating from the start.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedTasks } from './seed';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function recurrenceOf(page: Page, id: string): Promise<string | null> {
  const reply = (await page.evaluate((taskId) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.get', payload: { id: taskId } }), id)) as { data: { task: { recurrence?: { rrule: string } } } };
  return reply.data.task.recurrence?.rrule ?? null;
}

test('repeat, change and stop repeating an existing task from the popup', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const [id] = await seedTasks(options, [{ title: 'Weekly pipeline review', inDays: 0 }]);
  const popup = await openExtensionPage('popup.html');
  const row = popup.locator('.task', { hasText: 'Weekly pipeline review' });
  const editor = row.getByRole('group', { name: 'Change how “Weekly pipeline review” repeats' });

  await row.getByRole('button', { name: 'Change how “Weekly pipeline review” repeats' }).click();
  await expect(editor.getByLabel('Repeat')).toHaveValue('none');
  await editor.getByLabel('Repeat').selectOption('weekdays');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await expect.poll(() => recurrenceOf(popup, id!)).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');

  // Change: the editor opens on the current rule.
  await row.getByRole('button', { name: 'Change how “Weekly pipeline review” repeats' }).click();
  await expect(editor.getByLabel('Repeat')).toHaveValue('weekdays');
  await editor.getByLabel('Repeat').selectOption('everyNDays');
  await editor.getByRole('spinbutton').fill('3');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => recurrenceOf(popup, id!)).toBe('FREQ=DAILY;INTERVAL=3');

  // Undo puts the previous rule back.
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => recurrenceOf(popup, id!)).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');

  // A routine task now: completing it makes its next occurrence, once.
  await row.getByRole('checkbox').click();
  const titles = async () => {
    const reply = (await popup.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { status: 'all', text: 'Weekly pipeline review' } }))) as { data: { tasks: { id: string; status: string }[] } };
    return reply.data.tasks.map((t) => t.status).sort();
  };
  await expect.poll(titles).toEqual(['done', 'open']);

  // Stop repeating the new occurrence.
  const list = (await popup.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { status: 'open', text: 'Weekly pipeline review' } }))) as { data: { tasks: { id: string }[] } };
  const next = list.data.tasks[0]!.id;
  expect(await recurrenceOf(popup, next)).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
  await popup.reload();
  const nextRow = popup.locator(`.task[data-task-id="${next}"]`);
  // The next weekday is in the week ahead: open it unless it opened itself (nothing due today).
  await expect(popup.locator('details.upcoming')).toBeVisible();
  if ((await popup.locator('details.upcoming').getAttribute('open')) === null) await popup.locator('.upcoming summary').click();
  await nextRow.getByRole('button', { name: 'Change how “Weekly pipeline review” repeats' }).click();
  await nextRow.getByRole('button', { name: 'Stop repeating' }).click();
  await expect.poll(() => recurrenceOf(popup, next)).toBeNull();
});
