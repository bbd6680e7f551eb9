// Issue 18 end to end, in Chromium with the demo build: Pipedrive connected in Options → CRM
// (the worker pointed at the local mock of Pipedrive's API, which checks each request against
// the documented shapes); a task made on a Pipedrive person page reaches it with the person's id;
// completing it in the popup completes it there; a completion made in Pipedrive comes back on
// "Sync now". The worker is stopped between steps.
import type { Page, Worker } from '@playwright/test';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { startMockCrm, TOKENS, type MockCrm } from '../helpers/mock-crm/server';
import { accessibleNodes } from './ax';
import { expect, test } from './fixtures';

const PERSON_PAGE = 'https://acme-sales.pipedrive.com/person/1842';
let crm: MockCrm;

test.use({ extensionDir: DEMO_EXTENSION_DIR });
test.beforeEach(async () => {
  crm = await startMockCrm();
});
test.afterEach(() => crm.close());

const activities = () => [...crm.state.pipedrive.records.values()];

async function pointWorkerAtMock(worker: Worker) {
  await worker.evaluate((url) => (globalThis as unknown as { __tasklaneTest: { crmBase(b: object): Promise<void> } }).__tasklaneTest.crmBase({ pipedrive: url }), crm.url);
}

async function connectPipedrive(options: Page) {
  await options.goto(options.url().replace(/#.*$/, '') + '#crm');
  const card = options.getByTestId('crm-pipedrive');
  await card.getByLabel('Company domain').fill('acme-sales');
  await card.getByLabel('Personal API token').fill(TOKENS.pipedrive);
  await card.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(card).toContainText('Connected to acme-sales.pipedrive.com');
}

test('a task from a Pipedrive person page reaches Pipedrive with the person; completion goes out and comes back', async ({ context, extensionId, showAt, openExtensionPage, stopServiceWorker }) => {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  await pointWorkerAtMock(worker);
  const options = await openExtensionPage('options.html#crm');
  await connectPipedrive(options);
  expect(crm.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /api/v1/users/me');

  // One click beside the person on their Pipedrive page (Pipedrive is on by default there).
  const page = await showAt(PERSON_PAGE, 'pipedrive-person.html');
  const button = page.locator('[data-tasklane-button]').first();
  await expect(button).toBeVisible({ timeout: 15_000 });
  await button.click();
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.name.startsWith('Task created'))).toBe(true);
  await expect.poll(() => activities().length, { timeout: 20_000 }).toBe(1);
  const activity = activities()[0]!;
  expect(activity.fields).toMatchObject({ type: 'task', done: false, participants: [{ person_id: 1842, primary: true }] });
  expect(crm.state.pipedrive.violations).toEqual([]);

  // The worker stops (as Chrome stops it when idle); the popup wakes it. It links to the
  // activity, and completing the task there completes it in Pipedrive.
  await stopServiceWorker();
  const popup = await openExtensionPage('popup.html');
  const row = popup.locator('.task').first();
  await expect(row.locator('a.task-remote')).toHaveAttribute('href', 'https://acme-sales.pipedrive.com/person/1842', { timeout: 10_000 });
  await expect(row.locator('a.task-remote')).toHaveText('Open in Pipedrive');
  await row.locator('input[type=checkbox]').click();
  await expect.poll(() => activity.fields.done, { timeout: 20_000 }).toBe(true);
  expect(activities()).toHaveLength(1);

  // A second task from the panel; then completed in Pipedrive, it comes back on "Sync now".
  await page.bringToFront();
  await button.click({ modifiers: ['Shift'] });
  await expect.poll(async () => (await accessibleNodes(context, page)).some((n) => n.role === 'dialog')).toBe(true);
  // Offered, and on by default on Pipedrive's own page (the second activity below proves it was on).
  expect((await accessibleNodes(context, page)).some((n) => n.role === 'checkbox' && n.name === 'Also create in Pipedrive')).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Send Tom the renewal quote');
  await page.keyboard.press('Enter');
  await expect.poll(() => activities().length, { timeout: 20_000 }).toBe(2);
  const second = activities().find((a) => a.fields.subject === 'Send Tom the renewal quote')!;
  second.fields = { ...second.fields, done: true };
  await options.bringToFront();
  await options.getByTestId('crm-pipedrive').getByRole('button', { name: 'Sync now' }).click();
  await popup.bringToFront();
  await popup.reload();
  await expect(popup.locator('.task', { hasText: 'Send Tom the renewal quote' })).toHaveCount(0, { timeout: 15_000 });
  expect(crm.state.pipedrive.violations).toEqual([]);
  expect(activities()).toHaveLength(2);
});

test('a Pipedrive that refuses the token: the options page says to connect again, and nothing is lost', async ({ context, extensionId, showAt, openExtensionPage }) => {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  await pointWorkerAtMock(worker);
  const options = await openExtensionPage('options.html#crm');
  await connectPipedrive(options);
  crm.state.pipedrive.tokens.clear();
  const page = await showAt(PERSON_PAGE, 'pipedrive-person.html');
  await page.locator('[data-tasklane-button]').first().click();
  await expect(options.getByTestId('crm-reconnect')).toHaveText(/Pipedrive no longer accepts Tasklane’s sign-in.*kept/, { timeout: 20_000 });
  expect(activities()).toHaveLength(0);
  // Connecting again with a token Pipedrive accepts sends the waiting task.
  crm.state.pipedrive.tokens.add(TOKENS.pipedrive);
  const card = options.getByTestId('crm-pipedrive');
  await card.getByLabel('Company domain').fill('acme-sales');
  await card.getByLabel('Personal API token').fill(TOKENS.pipedrive);
  await card.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect.poll(() => activities().length, { timeout: 20_000 }).toBe(1);
  await expect(options.getByTestId('crm-reconnect')).toHaveCount(0);
});
