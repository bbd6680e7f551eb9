// The language chosen in Options → Preferences reaches every string the extension puts into a
// page (issue 17, item 3), in a browser whose own language is English: the person buttons' names,
// the toast after a click (and its close button), and the follow-up script's compose control and
// its "Follow-up set" toast — then English again once the rep goes back to the browser's language.
import type { BrowserContext, Page } from '@playwright/test';
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const COMPOSE = 'https://mail.google.com/mail/u/0/?compose=new#inbox';

/** The names of our person buttons, as a screen reader hears them (the page has others too). */
async function personButtonNames(context: BrowserContext, page: Page): Promise<string[]> {
  return (await accessibleNodes(context, page)).filter((n) => n.role === 'button' && /创建跟进任务|^Create follow-up task for /.test(n.name)).map((n) => n.name);
}

const names = async (context: BrowserContext, page: Page) => (await accessibleNodes(context, page)).map((n) => n.name);

/** The compose control's name and value, once the compose window was focused. */
async function composeControl(context: BrowserContext, page: Page) {
  const node = (await accessibleNodes(context, page)).find((n) => n.role === 'combobox' && /Follow up if no reply|未回复时跟进/.test(n.name));
  return node ? `${node.name}: ${node.value}` : null;
}

test('简体中文 reaches the buttons, the toasts and the follow-up control; the browser’s English comes back', async ({ openExtensionPage, showAt, context }) => {
  test.setTimeout(120_000);
  const options = await openExtensionPage('options.html#preferences');
  await options.getByRole('radio', { name: '简体中文' }).check();
  await expect(options.locator('h2').first()).not.toHaveText('Preferences');

  // The buttons: named in Chinese (those made before the worker answered are renamed), none in English.
  const thread = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const buttons = thread.locator('[data-tasklane-button]');
  await expect(buttons.first()).toBeAttached();
  await expect.poll(async () => {
    const found = await personButtonNames(context, thread);
    return found.length > 0 && found.every((name) => /^为 .+ 创建跟进任务$/.test(name));
  }).toBe(true);
  expect((await personButtonNames(context, thread)).length).toBe(await buttons.count());

  // The toast after a click, its close button too.
  await buttons.first().click();
  await expect.poll(async () => (await names(context, thread)).some((name) => name.startsWith('已创建任务：'))).toBe(true);
  expect(await names(context, thread)).toEqual(expect.arrayContaining(['撤销', '关闭']));
  expect(await names(context, thread)).not.toContain('Close');

  // The follow-up script: the control beside Send, and what it says once the mail is sent.
  const compose = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  await compose.locator('div[role="textbox"]').click();
  await expect.poll(() => composeControl(context, compose)).toBe('未回复时跟进: 不跟进');
  await compose.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await compose.keyboard.press('ArrowDown');
  await expect.poll(() => composeControl(context, compose)).toBe('未回复时跟进: 3 个工作日后');
  await compose.locator('div.aoO').click();
  await expect.poll(async () => (await names(context, compose)).some((name) => /^已设跟进：.+，若 .+ 前未回复$/.test(name))).toBe(true);
  expect(await names(context, compose)).toContain('关闭');

  // Back to the browser's language: a page opened (or reloaded) now speaks English everywhere.
  await options.getByRole('radio', { name: /Same as the browser|跟随浏览器/ }).check();
  await expect(options.locator('h2').first()).toHaveText('Preferences');
  await thread.reload();
  await expect.poll(async () => {
    const found = await personButtonNames(context, thread);
    return found.length > 0 && found.every((name) => name.startsWith('Create follow-up task for '));
  }).toBe(true);
  await buttons.nth(2).click();
  await expect.poll(async () => (await names(context, thread)).some((name) => name.startsWith('Task created: '))).toBe(true);
  expect(await names(context, thread)).toContain('Close');
  expect(await names(context, thread)).not.toContain('关闭');

  const again = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  await again.locator('div[role="textbox"]').click();
  await expect.poll(() => composeControl(context, again)).toBe('Follow up if no reply: in 3 business days');
});
