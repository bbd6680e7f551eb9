// The heart of the product in a real browser: a button beside each person on a Gmail thread
// and a CRM record, one click makes a classified task that the popup shows, a forged click
// makes nothing, and hostile names stay text.
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const SENDER_BUTTON = 'span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]';

test('one click beside the Gmail sender creates a classified task shown in the popup', async ({ showAt, openExtensionPage, context }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const button = page.locator(SENDER_BUTTON).first();
  await expect(button).toBeVisible();
  // Each person once, the signed-in user never.
  await expect(page.locator('[data-tasklane-button]')).toHaveCount(5);
  const names = (await accessibleNodes(context, page)).filter((n) => n.role === 'button').map((n) => n.name);
  expect(names).toContain('Create follow-up task for Priya Raman');
  expect(names.join('\n')).not.toMatch(/Alex Rep|alex\.rep@/);

  await button.click();
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'status' || n.name.startsWith('Task created'))).toBe(true);

  const popup = await openExtensionPage('popup.html');
  const row = popup.locator('.task', { hasText: 'Q3 renewal: revised quote for 40 seats' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Priya Raman');
  await expect(row).toContainText('Northwind Traders');
  await expect(row.locator('.chip')).toHaveText(['Existing-customer care', 'Routine', 'Business (B2B)', 'Direct']);
  await expect(row.locator('a.task-source')).toHaveAttribute('href', GMAIL_THREAD);

  // A second click on the same person and thread returns the same task rather than a copy.
  await button.click();
  await page.waitForTimeout(500);
  await popup.reload();
  await expect(popup.locator('.task', { hasText: 'Q3 renewal' })).toHaveCount(1);
});

test('shift-click opens the quick-create panel; an edited title is what gets saved', async ({ showAt, openExtensionPage, context }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const dana = page.locator('span[email="dana.okafor@northwind-traders.com"] + [data-tasklane-button]').first();
  await dana.click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog' && n.name === 'New follow-up task')).toBe(true);
  const nodes = await accessibleNodes(context, page);
  expect(nodes.map((n) => n.name)).toContain('For Dana Okafor');
  // The title field has focus; the panel is driven from the keyboard like a rep would.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Send Dana the invoice copy');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(false);

  const popup = await openExtensionPage('popup.html');
  const row = popup.locator('.task', { hasText: 'Send Dana the invoice copy' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dana Okafor');
});

test('from the keyboard: Tab reaches the button, Enter creates the task, and the page sees no key', async ({ showAt, openExtensionPage }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await expect(page.locator(SENDER_BUTTON).first()).toBeVisible();
  // The page's own key handlers (Gmail's shortcuts) must not see keys meant for our button,
  // however early they listen.
  await page.evaluate(() => {
    const keys: string[] = ((window as unknown as { __pageKeys: string[] }).__pageKeys = []);
    for (const type of ['keydown', 'keypress', 'keyup']) {
      window.addEventListener(type, (e) => keys.push(`${type} ${(e as KeyboardEvent).key}`), true);
      document.addEventListener(type, (e) => keys.push(`${type} ${(e as KeyboardEvent).key}`));
    }
  });
  // From the page's side, focus inside a closed root shows as its host.
  const onSenderButton = () => page.evaluate(() => document.activeElement?.matches('span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]') ?? false);
  for (let i = 0; i < 30 && !(await onSenderButton()); i++) await page.keyboard.press('Tab');
  expect(await onSenderButton()).toBe(true);
  await page.evaluate(() => ((window as unknown as { __pageKeys: string[] }).__pageKeys.length = 0));
  await page.keyboard.press('Enter');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task', { hasText: 'Q3 renewal' })).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual([]);
});

test('forged clicks from the page create nothing', async ({ showAt, openExtensionPage }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await expect(page.locator(SENDER_BUTTON).first()).toBeVisible();
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('[data-tasklane-button]')) {
      (host as HTMLElement).click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      // The shadow root is closed: the page cannot reach the real button.
      if ((host as HTMLElement).shadowRoot) throw new Error('shadow root is reachable');
    }
  });
  await page.waitForTimeout(800);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('Nothing due today')).toBeVisible();
  await expect(popup.locator('.task')).toHaveCount(0);
});

test('window.postMessage spoofing from the page creates nothing', async ({ showAt, openExtensionPage }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  await expect(page.locator(SENDER_BUTTON).first()).toBeVisible();
  await page.evaluate(() => {
    const forged = { tasklane: 1, type: 'task.create', payload: { draft: { title: 'Forged by the page' } } };
    window.postMessage(forged, '*');
    window.postMessage({ tasklane: 1, event: 'command', command: 'create-task' }, '*');
    document.dispatchEvent(new CustomEvent('tasklane', { detail: forged }));
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: location.origin }));
  });
  await page.waitForTimeout(800);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByText('Nothing due today')).toBeVisible();
  await expect(popup.locator('.task')).toHaveCount(0);
});

test('hostile names and subjects are shown as text and run nothing', async ({ showAt, context, openExtensionPage }) => {
  const page = await showAt('https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkHostileNamesTestPage', 'hostile-names.html');
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(page.locator('[data-tasklane-button]').first()).toBeVisible();
  await page.locator('[data-tasklane-button]').first().click();
  await page.waitForTimeout(800);
  expect(alerts).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  const names = (await accessibleNodes(context, page)).filter((n) => n.role === 'button').map((n) => n.name);
  expect(names).toContain('Create follow-up task for <script>alert("pwned")</script>Mallory'); // markup stays characters

  // The task made from that page shows its subject and sender as text in the popup too.
  const popup = await openExtensionPage('popup.html');
  const row = popup.locator('.task');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('<b>URGENT</b><script>');
  await expect(row).toContainText('<script>alert("pwned")</script>Mallory');
  await expect(popup.locator('.task-body b, .task-body script, .task-body img, .task-body svg')).toHaveCount(0);

  // And in the options page's task table.
  const options = await openExtensionPage('options.html#tasks');
  const cell = options.locator('table', { hasText: 'URGENT' });
  await expect(cell).toContainText('<b>URGENT</b><script>');
  await expect(options.locator('table b, table script, table img')).toHaveCount(0);
  expect(alerts).toEqual([]);
});

test.describe('on a CRM record (demo build: the CRM host is granted)', () => {
  test.use({ extensionDir: DEMO_EXTENSION_DIR });

  test('the record person gets a button and one click makes a direct, existing-customer task', async ({ showAt, openExtensionPage, context }) => {
    // The background registers the CRM script for granted hosts just after install.
    const worker = context.serviceWorkers()[0]!;
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])))
      .toContain('https://*.lightning.force.com/*');
    const page = await showAt('https://northwind-crm.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view', 'salesforce-contact.html');
    const button = page.locator('[data-tasklane-button]').first();
    await expect(button).toBeVisible({ timeout: 15_000 });
    await button.click();
    const popup = await openExtensionPage('popup.html');
    // Due on the next business day: listed under the collapsed "Next 7 days".
    const row = popup.locator('.task', { hasText: 'Jordan' }).or(popup.locator('.task')).first();
    await expect(popup.locator('.task')).toHaveCount(1);
    await expect(row.locator('.chip')).toContainText(['Existing-customer care']);
    await expect(row.locator('.chip')).toContainText(['Direct']);
  });
});
