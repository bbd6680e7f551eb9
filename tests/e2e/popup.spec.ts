// The popup a rep checks between two calls: seeded overdue and today tasks, complete with
// undo, snooze, keyboard use, live category renames, quick add with a date in words.
import { A_REPS_DAY, localDate, seedTasks } from './seed';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.beforeEach(async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await seedTasks(page, A_REPS_DAY);
  await page.close();
});

test('shows overdue and today with people, chips and counts, and the week ahead', async ({ openExtensionPage }, testInfo) => {
  const popup = await openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 640 });
  await expect(popup.locator('#overdue-heading')).toHaveText('Overdue (1)');
  await expect(popup.locator('#today-heading')).toHaveText('Today (3)');
  await expect(popup.locator('[aria-labelledby="overdue-heading"] .task')).toContainText(['Chase invoice INV-2291']);
  const renewal = popup.locator('.task', { hasText: 'Q3 renewal' });
  await expect(renewal).toContainText('Priya Raman · Northwind Traders');
  await expect(renewal).toContainText('10:30');
  await expect(renewal.locator('.chip')).toHaveText(['Existing-customer care', 'Routine', 'Business (B2B)', 'Direct']);
  await expect(popup.locator('.goal-counts li')).toContainText(['2 Payment collection']);
  await expect(popup.locator('#upcoming-heading')).toHaveText('Next 7 days (1)');
  await popup.screenshot({ path: testInfo.outputPath('popup-en.png'), fullPage: true });
});

test('complete in one click, then undo', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const demo = popup.locator('.task', { hasText: 'Demo for Harborview Dental' });
  await demo.getByRole('checkbox').click();
  await expect(demo).toHaveCount(0);
  await expect(popup.locator('#today-heading')).toHaveText('Today (2)');
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.locator('.task', { hasText: 'Demo for Harborview Dental' })).toHaveCount(1);
  await expect(popup.locator('#today-heading')).toHaveText('Today (3)');
});

test('snooze moves a task to tomorrow', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  const renewal = popup.locator('.task', { hasText: 'Q3 renewal' });
  await renewal.getByRole('button', { name: /^Snooze/ }).click();
  await popup.getByRole('menuitem', { name: 'Tomorrow' }).click();
  await expect(popup.locator('#today-heading')).toHaveText('Today (2)');
  await expect(popup.locator('#upcoming-heading')).toHaveText('Next 7 days (2)');
  // The week ahead is collapsed while today has tasks; its rows are made when it is opened.
  await expect(popup.locator('.upcoming .task')).toHaveCount(0);
  await popup.locator('#upcoming-heading').click();
  const moved = popup.locator('.upcoming .task', { hasText: 'Q3 renewal' });
  await expect(moved.locator('time')).toHaveAttribute('datetime', localDate(1));
});

test('works from the keyboard: arrows move, X completes, S snoozes, E edits', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task').first()).toBeVisible();
  await popup.locator('.quick-add input').focus();
  await popup.keyboard.press('Tab'); // Add button
  await popup.locator('.task').first().focus();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('.task').nth(1)).toBeFocused();
  await popup.keyboard.press('e');
  await popup.keyboard.press('ControlOrMeta+A');
  await popup.keyboard.type('Send Priya the 40-seat quote');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.task', { hasText: 'Send Priya the 40-seat quote' })).toHaveCount(1);

  const renamed = popup.locator('.task', { hasText: 'Send Priya the 40-seat quote' });
  await renamed.focus();
  await popup.keyboard.press('s');
  await expect(popup.getByRole('menu')).toBeVisible();
  await popup.keyboard.press('Escape');
  // Closing the menu gives focus back to the row, so the next key acts on it.
  await expect(renamed).toBeFocused();
  await popup.keyboard.press('x');
  await expect(popup.locator('.task', { hasText: 'Send Priya the 40-seat quote' })).toHaveCount(0);
});

test('quick add reads the due date from the words', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByLabel('New task').fill('Call Dana tomorrow at 3pm');
  await popup.getByRole('button', { name: 'Add' }).click();
  await expect(popup.locator('#upcoming-heading')).toHaveText('Next 7 days (2)');
  await popup.locator('#upcoming-heading').click();
  const row = popup.locator('.upcoming .task', { hasText: 'Call Dana' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.task-title')).toHaveText('Call Dana');
  await expect(row.locator('time')).toHaveAttribute('datetime', localDate(1));
  await expect(row.locator('time')).toContainText('15:00');
});

test('renaming a category in options shows in the open popup', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.chip', { hasText: 'Payment collection' }).first()).toBeVisible();
  const options = await openExtensionPage('options.html');
  await options.evaluate(async () => {
    const list = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'categories.list', payload: {} })) as { data: { categories: { dimension: string; id: string }[] } };
    const value = list.data.categories.find((c) => c.id === 'payment_collection')!;
    await chrome.runtime.sendMessage({ tasklane: 1, type: 'category.save', payload: { value: { ...value, labels: { en: 'Collections', 'zh-CN': '回款' } } } });
  });
  await expect(popup.locator('.chip', { hasText: 'Collections' }).first()).toBeVisible();
  await expect(popup.locator('.chip', { hasText: 'Payment collection' })).toHaveCount(0);
});

test.describe('in Simplified Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the popup speaks Chinese', async ({ openExtensionPage }, testInfo) => {
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 640 });
    await expect(popup.locator('h1')).toHaveText('今日任务');
    await expect(popup.locator('#today-heading')).toHaveText('今天 (3)');
    await expect(popup.locator('.chip', { hasText: '回款确认' }).first()).toBeVisible();
    await popup.screenshot({ path: testInfo.outputPath('popup-zh-CN.png'), fullPage: true });
  });
});

test('a long overdue list leaves room for today, and every row of it arrives', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await seedTasks(page, Array.from({ length: 60 }, (_, i) => ({ title: `Old follow-up ${i + 1}`, inDays: -3 - (i % 20), categories: { goal: 'payment_collection' } })));
  await page.close();
  const popup = await openExtensionPage('popup.html');
  // 61 overdue and 3 today: the 50 oldest overdue, and today's 3 all the same.
  await expect(popup.locator('#today-heading')).toHaveText('Today (3)');
  await expect(popup.locator('#overdue-heading')).toHaveText('Overdue (50)');
  // The first rows are painted first; the rest follow right after.
  await expect(popup.locator('[aria-labelledby="overdue-heading"] .task')).toHaveCount(50);
  await expect(popup.locator('[aria-labelledby="today-heading"] .task')).toHaveCount(3);
  await expect(popup.getByText('11 more in the options page')).toBeVisible();
  await expect(popup.locator('.goal-counts li')).toContainText(['62 Payment collection']);
});
