// "Follow up if no reply" from a Gmail compose window, in a real Chromium with the built
// extension: the control beside Send is reached and set from the keyboard, Send makes a waiting
// follow-up for the first recipient due that many business days ahead, a discarded draft makes
// nothing, and the choice is remembered for the next window.
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';
import { storedTasks } from './follow-up-pages';

const COMPOSE = 'https://mail.google.com/mail/u/0/?compose=new#inbox';
const CONTROL = 'Follow up if no reply';

/** The control's value as a screen reader hears it. */
async function controlValue(context: Parameters<typeof accessibleNodes>[0], page: Parameters<typeof accessibleNodes>[1]) {
  const node = (await accessibleNodes(context, page)).find((n) => n.role === 'combobox' && n.name === CONTROL);
  return node ? node.value : null;
}

/** The Monday–Friday `count` business days after today, as the task stores it. */
function businessDaysAhead(count: number): string {
  const d = new Date();
  for (let left = count; left > 0; ) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d.toLocaleDateString('en-CA');
}

test('compose "follow up if no reply in 3 days" + Send makes a waiting task for the recipient', async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  // Focusing the compose window brings the control beside Send.
  await page.locator('div[role="textbox"]').click();
  await expect.poll(() => controlValue(context, page)).toBe('No');
  // From the keyboard: Tab from the body reaches it; arrows choose.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => controlValue(context, page)).toBe('in 3 business days');

  await page.locator('div.aoO').click();
  const popup = await openExtensionPage('popup.html');
  await expect.poll(async () => (await storedTasks(popup)).length, { timeout: 10_000 }).toBe(1);
  const [task] = await storedTasks(popup);
  expect(task!.contact?.email).toBe('h.schneider@brightwater-logistics.de');
  expect(task!.due?.date).toBe(businessDaysAhead(3));
  expect(task!.followUp).toEqual({
    closeOnReply: true,
    state: 'waiting',
    people: ['h.schneider@brightwater-logistics.de', 'j.visser@brightwater-logistics.nl', 'priya.raman@northwind-traders.com'],
    subjectKey: 'demo next tuesday + eu rollout pricing',
  });
  expect(task!.notes).toContain('j.visser@brightwater-logistics.nl');
  expect(await page.evaluate(() => (window as unknown as { sentOrDiscarded: string[] }).sentOrDiscarded)).toEqual(['sent']);

  // The next compose window starts from the rep's last choice.
  const next = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  await next.locator('div[role="textbox"]').click();
  await expect.poll(() => controlValue(context, next)).toBe('in 3 business days');
  // Ctrl+Enter sends as the button does.
  await next.locator('div[role="textbox"]').click();
  await next.keyboard.press('Control+Enter');
  await expect.poll(async () => (await storedTasks(popup)).length, { timeout: 10_000 }).toBe(2);
});

test('a discarded draft, or a compose with no follow-up chosen, creates nothing', async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  await page.locator('div[role="textbox"]').click();
  await expect.poll(() => controlValue(context, page)).toBe('No');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => controlValue(context, page)).toBe('in 1 business day');
  await page.locator('div.og').click();
  await expect(page.locator('div[role="dialog"]')).toHaveCount(0);

  const plain = await showAt(COMPOSE, 'follow-up/gmail-compose-send.html');
  await plain.locator('div[role="textbox"]').click();
  await expect.poll(() => controlValue(context, plain)).toBe('in 1 business day');
  await plain.keyboard.press('Tab');
  await plain.keyboard.press('ArrowUp');
  await expect.poll(() => controlValue(context, plain)).toBe('No');
  await plain.keyboard.press('Control+Enter');
  await expect(plain.locator('div[role="dialog"]')).toHaveCount(0);

  const popup = await openExtensionPage('popup.html');
  await popup.waitForTimeout(1_500);
  expect(await storedTasks(popup)).toEqual([]);
});
