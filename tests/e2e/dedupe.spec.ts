// Dedupe in a real browser: each email in a Gmail list is its own follow-up, read from the row
// the rep clicked (not the conversation open beside it); a completed task blocks nothing; and a
// quick-create panel submission is saved even when the person already has an open task there.
import type { BrowserContext, Page } from '@playwright/test';
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SPLIT_VIEW = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWdhBbtqPvNlRkZsKcFwTmHd';
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const PRIYA = 'priya.raman@northwind-traders.com';

interface Listed {
  id: string;
  title: string;
  status: string;
}

/** Every stored task's title and status, asked from an extension page as the popup would. */
async function tasksFrom(page: Page): Promise<Listed[]> {
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { status: 'all', limit: 200 } }),
  )) as { ok: boolean; data: { tasks: Listed[] } };
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.data.tasks.map(({ id, title, status }) => ({ id, title, status }));
}

/** Waits for the in-page toast whose text starts with `text` (read from the accessibility tree). */
async function toast(context: BrowserContext, page: Page, text: string) {
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.name.startsWith(text))).toBe(true);
}

test('split view: a sender of two emails gets a button per row, each task titled from its own row, not the open conversation', async ({ context, showAt, openExtensionPage }) => {
  const page = await showAt(SPLIT_VIEW, 'gmail-inbox-reading-pane.html');
  const rows = page.locator(`tr.zA span[email="${PRIYA}"] + [data-tasklane-button]`);
  await expect(rows).toHaveCount(2);

  await rows.nth(0).click();
  await toast(context, page, 'Task created');
  await rows.nth(1).click();
  await expect.poll(async () => (await tasksFrom(await openExtensionPage('options.html'))).length).toBe(2);

  const titles = (await tasksFrom(await openExtensionPage('options.html'))).map((t) => t.title).sort();
  expect(titles).toEqual(['Follow up: Agenda for the quarterly business review', 'Follow up: Signed order form for 40 seats']);
});

test('a completed task does not block a new one; a panel submission beside an open one saves what the rep typed', async ({ context, showAt, openExtensionPage }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const priya = page.locator(`span.gD[email="${PRIYA}"] + [data-tasklane-button]`).first();
  const extension = await openExtensionPage('options.html');

  await priya.click();
  await toast(context, page, 'Task created');
  const [first] = await tasksFrom(extension);
  await extension.evaluate((id) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.update', payload: { id, patch: { status: 'done' } } }), first!.id);

  // Same thread and person, the first task done: one click makes a new open task.
  await priya.click();
  await expect.poll(async () => (await tasksFrom(extension)).filter((t) => t.status === 'open').length).toBe(1);

  // A second click now finds that open task and says so.
  await priya.click();
  await toast(context, page, 'Already an open task, not added again');

  // The panel, with an open task for this email already there: what the rep types is saved.
  await priya.click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === 'New follow-up task')).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Send Priya the 40-seat quote with the prepay discount');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(false);
  await toast(context, page, 'Task created: Send Priya the 40-seat quote');

  const stored = await tasksFrom(extension);
  expect(stored.map((t) => [t.title, t.status]).sort()).toEqual([
    ['Follow up: Q3 renewal: revised quote for 40 seats', 'done'],
    ['Follow up: Q3 renewal: revised quote for 40 seats', 'open'],
    ['Send Priya the 40-seat quote with the prepay discount', 'open'],
  ]);
});
