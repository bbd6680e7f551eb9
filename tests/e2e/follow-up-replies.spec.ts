// Follow-ups that close themselves, in a real Chromium with the built extension: a task made from
// a Gmail thread (waiting for the person's reply) is completed when a later view of the thread, or
// the inbox row of that thread, shows a newer message from them — and stays open for the rep's
// own message or an automatic reply. The same on an Outlook reading pane and a Chinese Gmail.
import { expect, test } from './fixtures';
import { shownLater, showLater, storedTasks, type StoredTask } from './follow-up-pages';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7';
const PRIYA = 'priya.raman@northwind-traders.com';

const only = async (popup: Parameters<typeof storedTasks>[0]): Promise<StoredTask> => {
  const tasks = await storedTasks(popup);
  expect(tasks).toHaveLength(1);
  return tasks[0]!;
};

test.describe('replies seen in Gmail', () => {
  test.beforeEach(async ({ showAt, openExtensionPage }) => {
    const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
    await page.locator(`span.gD[email="${PRIYA}"] + [data-tasklane-button]`).first().click();
    const popup = await openExtensionPage('popup.html');
    await expect.poll(async () => (await storedTasks(popup)).length).toBe(1);
    const task = await only(popup);
    expect(task.followUp).toMatchObject({ state: 'waiting', closeOnReply: true, people: [PRIYA], threadId: '18fe4a7c2b9d0e11' });
    await popup.close();
    await page.close();
  });

  test('a newer message from the person in the thread completes the follow-up; the popup shows it replied', async ({ context, pages, openExtensionPage }) => {
    await showLater(context, pages, GMAIL_THREAD, 'gmail-thread-later.html', {
      LANG: 'en-US', ME: 'me', FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: 'Thanks Alex — the quote works, we will sign this week.', ...shownLater('en'),
    });
    const popup = await openExtensionPage('popup.html');
    await expect.poll(async () => (await only(popup)).status, { timeout: 10_000 }).toBe('done');
    const task = await only(popup);
    expect(task.followUp).toMatchObject({ state: 'replied', reply: { from: PRIYA, site: 'gmail' } });
    await popup.reload();
    await expect(popup.getByText('Replied today')).toBeVisible();
    await expect(popup.locator('body')).toContainText('Q3 renewal');
  });

  test('the rep\'s own newer message or an automatic reply leaves it open', async ({ context, pages, openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await showLater(context, pages, GMAIL_THREAD, 'gmail-thread-later.html', {
      LANG: 'en-US', ME: 'me', FROM_EMAIL: 'alex.rep@acme-sales.com', FROM_NAME: 'Alex Rep', BODY: 'Just checking in on the quote.', ...shownLater('en'),
    });
    await showLater(context, pages, GMAIL_THREAD, 'gmail-thread-later.html', {
      LANG: 'en-US', ME: 'me', FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: 'I am out of the office until Monday with limited access to email.', ...shownLater('en'),
    });
    await popup.waitForTimeout(2_000);
    expect(await only(popup)).toMatchObject({ status: 'open', followUp: { state: 'waiting' } });
    // The same pages do see a real answer: the check above was not blind.
    await showLater(context, pages, GMAIL_THREAD, 'gmail-thread-later.html', {
      LANG: 'en-US', ME: 'me', FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: 'Looks good, thanks.', ...shownLater('en'),
    });
    await expect.poll(async () => (await only(popup)).status, { timeout: 10_000 }).toBe('done');
  });

  test('the inbox row of the thread showing the reply completes it; an older date does not', async ({ context, pages, openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await showLater(context, pages, GMAIL_INBOX, 'gmail-inbox-later.html', {
      FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: 'Thanks, that works.', LATER_TITLE: 'Tue, Jun 18, 2024, 9:12 AM', LATER_TEXT: 'Jun 18, 2024',
    });
    await popup.waitForTimeout(2_000);
    expect((await only(popup)).status).toBe('open');
    await showLater(context, pages, GMAIL_INBOX, 'gmail-inbox-later.html', { FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: 'Thanks, that works.', ...shownLater('en') });
    await expect.poll(async () => (await only(popup)).status, { timeout: 10_000 }).toBe('done');
  });

  test('a Chinese Gmail shows the reply with its own date words', async ({ context, pages, openExtensionPage }) => {
    await showLater(context, pages, GMAIL_THREAD, 'gmail-thread-later.html', {
      LANG: 'zh-CN', ME: '我', FROM_EMAIL: PRIYA, FROM_NAME: 'Priya Raman', BODY: '谢谢，报价没问题。', ...shownLater('zh'),
    });
    const popup = await openExtensionPage('popup.html');
    await expect.poll(async () => (await only(popup)).status, { timeout: 10_000 }).toBe('done');
  });
});

test('a newer message in an Outlook reading pane completes the follow-up made there', async ({ showAt, context, pages, openExtensionPage }) => {
  const marco = 'marco.bianchi@fabrikam-industrial.it';
  const page = await showAt(OUTLOOK, 'outlook-reading-pane.html');
  await page.locator('span.OZZZK + [data-tasklane-button]').first().click();
  const popup = await openExtensionPage('popup.html');
  await expect.poll(async () => (await storedTasks(popup)).length).toBe(1);
  expect((await only(popup)).followUp).toMatchObject({ state: 'waiting', people: [marco] });
  await page.close();
  await showLater(context, pages, OUTLOOK, 'outlook-reading-pane-later.html', {
    FROM_EMAIL: marco, FROM_NAME: 'Marco Bianchi', BODY: 'Signed copy attached.', ...shownLater('en'),
  });
  await expect.poll(async () => (await only(popup)).status, { timeout: 10_000 }).toBe('done');
});
