// What the rep types into the quick-create panel is for the panel alone. A page with keyboard
// shortcuts (Gmail's: `x` selects, `e` archives, `#` deletes) must neither act on those keys nor
// be able to log them — in capture or bubble phase, on window or document, from a script that
// runs as early as a page's script can (inline in <head>; tests/fixtures/gmail-shortcuts.html).
// The same holds for the toast's buttons (lib/content/key-shield.ts guards both).
import type { BrowserContext, Page } from '@playwright/test';
import { accessibleNodes, clickAccessible } from './ax';
import { expect, test } from './fixtures';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const PRIYA_BUTTON = 'span[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]';

type PageRecord = { __pageSaw: string[]; __pageDid: string[] };
const pageSaw = (page: Page) => page.evaluate(() => (window as unknown as PageRecord).__pageSaw);
const pageDid = (page: Page) => page.evaluate(() => (window as unknown as PageRecord).__pageDid);
const forgetWhatPageSaw = (page: Page) =>
  page.evaluate(() => {
    const record = window as unknown as PageRecord;
    record.__pageSaw.length = 0;
    record.__pageDid.length = 0;
  });

/** Shift-clicks Priya's button and waits for the panel to have focus (its title field). */
async function openPanel(page: Page, context: BrowserContext) {
  await page.locator(PRIYA_BUTTON).first().click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === 'New follow-up task')).toBe(true);
  // From the page's side, focus inside a closed root shows as its host.
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-tasklane-panel]') ?? false)).toBe(true);
  await forgetWhatPageSaw(page);
}

test('keys, text, IME composition, copy and paste in the panel never reach the page', async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt(INBOX, 'gmail-shortcuts.html');
  const button = page.locator(PRIYA_BUTTON).first();
  await expect(button).toBeVisible();

  // The page's shortcuts are live: `x` on the page selects the current row (and `x` again clears it).
  await page.keyboard.press('x');
  await page.keyboard.press('x');
  expect(await pageDid(page)).toEqual(['select :2p', 'select :2p']);
  expect(await pageSaw(page)).toContain('window capture keydown x on body');

  await openPanel(page, context);

  // The title has focus: replace it, with Gmail's shortcut keys among the text.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Call Priya e#x about the quote');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  // The notes, clicked into as a rep would, get typed text and a Chinese IME composition
  // (pinyin "huikuan" composed, then 回款 chosen).
  await clickAccessible(context, page, 'textbox', 'Notes');
  await page.keyboard.type('Ask about x and e: ');
  const cdp = await context.newCDPSession(page);
  for (const pinyin of ['h', 'hui', 'huik', 'huikuan']) {
    await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
  }
  await cdp.send('Input.insertText', { text: '回款' });
  await cdp.detach();
  // And what the title copied, pasted.
  await page.keyboard.type(' / ');
  await page.keyboard.press('ControlOrMeta+V');

  const nodes = await accessibleNodes(context, page);
  expect(nodes.find((n) => n.role === 'textbox' && n.name === 'Title')?.value).toBe('Call Priya e#x about the quote');
  expect(nodes.find((n) => n.role === 'textbox' && n.name === 'Notes')?.value).toBe('Ask about x and e: 回款 / Call Priya e#x about the quote');

  expect(await pageSaw(page)).toEqual([]);
  expect(await pageDid(page)).toEqual([]);
  await expect(page.locator('tr.zA')).toHaveCount(3);
  await expect(page.locator('[role="checkbox"][aria-checked="true"]')).toHaveCount(0);

  // Create still works, and saves what was typed.
  await clickAccessible(context, page, 'button', 'Create task');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(false);
  expect(await pageSaw(page)).toEqual([]);
  const options = await openExtensionPage('options.html#tasks');
  await expect(options.locator('tr', { hasText: 'Call Priya e#x about the quote' })).toHaveCount(1);
  const reply = (await options.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { limit: 10 } }))) as { data: { tasks: { title: string; notes: string }[] } };
  expect(reply.data.tasks.map(({ title, notes }) => ({ title, notes }))).toEqual([{ title: 'Call Priya e#x about the quote', notes: 'Ask about x and e: 回款 / Call Priya e#x about the quote' }]);
});

test('Escape closes the panel without the page seeing the key', async ({ showAt, context }) => {
  const page = await showAt(INBOX, 'gmail-shortcuts.html');
  await openPanel(page, context);
  await page.keyboard.type('e');
  await page.keyboard.down('Escape');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(false);
  expect(await pageSaw(page)).toEqual([]);
  expect(await pageDid(page)).toEqual([]);
  // Focus went back to the button; the Escape key coming up lands there, outside the panel.
  await page.keyboard.up('Escape');
  expect(await page.evaluate(() => document.activeElement?.matches('[data-tasklane-button]'))).toBe(true);
});

test("the panel's own key handling still works: Enter in the due-in-words field reads the date and does not submit", async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt(INBOX, 'gmail-shortcuts.html');
  await openPanel(page, context);
  await clickAccessible(context, page, 'textbox', 'e.g. next Tuesday, in 3 days, 下周二');
  await page.keyboard.type('in 3 days');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  // The panel handled Enter itself (and prevented the form's submission): still open, nothing created.
  expect((await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(true);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task')).toHaveCount(0);
  expect(await pageSaw(page)).toEqual([]);
});

test("Enter on the toast's Undo undoes, and the page's shortcuts do not see it", async ({ showAt, context }) => {
  const page = await showAt(INBOX, 'gmail-shortcuts.html');
  const button = page.locator(PRIYA_BUTTON).first();
  await button.click();
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'button' && n.name === 'Undo')).toBe(true);
  // Tab from our button to the toast (the last thing on the page); from outside, focus shows as its host.
  const onToast = () => page.evaluate(() => document.activeElement?.matches('[data-tasklane-toast]') ?? false);
  for (let i = 0; i < 10 && !(await onToast()); i++) await page.keyboard.press('Tab');
  expect(await onToast()).toBe(true);
  await forgetWhatPageSaw(page);
  await page.keyboard.down('Enter');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.name === 'Task removed.')).toBe(true);
  expect(await pageSaw(page)).toEqual([]);
  expect(await pageDid(page)).toEqual([]);
  await page.keyboard.up('Enter');
});

test('the person button from the keyboard: ArrowDown opens the panel, Escape closes it, Enter creates — the page sees none of it', async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt(INBOX, 'gmail-shortcuts.html');
  await expect(page.locator(PRIYA_BUTTON).first()).toBeVisible();
  const onButton = () => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, PRIYA_BUTTON);
  for (let i = 0; i < 10 && !(await onButton()); i++) await page.keyboard.press('Tab');
  expect(await onButton()).toBe(true);
  await forgetWhatPageSaw(page);

  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-tasklane-panel]') ?? false)).toBe(true);
  await page.keyboard.down('Escape');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(false);
  expect(await onButton()).toBe(true);
  expect(await pageSaw(page)).toEqual([]);
  await page.keyboard.up('Escape'); // on the button now, a key it does not act on: the page's

  await forgetWhatPageSaw(page);
  await page.keyboard.press('Enter');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task', { hasText: 'Priya Raman' })).toHaveCount(1);
  expect(await pageSaw(page)).toEqual([]);
  expect(await pageDid(page)).toEqual([]);
});
