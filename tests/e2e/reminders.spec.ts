// Reminders, the badge and the alarms that survive a stopped worker. Uses the demo build for
// its test-only hook that moves the worker's clock forward (production builds have none).
import type { Page, Worker } from '@playwright/test';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';
import { localDate, seedTasks } from './seed';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
};
declare const __tasklaneTest: { advanceClock(ms: number): void; fireAlarm(name: string): Promise<string> };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

/** A local date and time `minutes` from now, as a task's due. */
function dueIn(minutes: number) {
  const d = new Date(Date.now() + minutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return { date: d.toLocaleDateString('en-CA'), time: `${p(d.getHours())}:${p(d.getMinutes())}` };
}

async function create(page: Page, title: string, due: { date: string; time?: string }) {
  const reply = (await page.evaluate((payload) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload }), { draft: { title, due } })) as { ok: boolean; data: { task: { id: string } } };
  expect(reply.ok).toBe(true);
  return reply.data.task.id;
}

const alarms = (page: Page) => page.evaluate(() => chrome.alarms.getAll());
const notifications = (page: Page) => page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

test('a task due in two minutes gets its alarm and one notification; alarms outlive a stopped worker', async ({ context, extensionId, openExtensionPage, stopServiceWorker }) => {
  const page = await openExtensionPage('options.html');
  const worker: Worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  // Two minutes, not one: due times are whole minutes, so "in a minute" can be seconds away and
  // already past by the time a busy machine plans the alarm.
  const soon = dueIn(2);
  const soonId = await create(page, 'Call Priya back about the quote', soon);
  const laterId = await create(page, 'Send the signed order form', dueIn(10));
  const soonAt = new Date(`${soon.date}T${soon.time}:00`).getTime();

  await expect.poll(async () => (await alarms(page)).find((a) => a.name === 'tasklane:reminders')?.scheduledTime).toBe(soonAt);
  expect((await alarms(page)).map((a) => a.name)).toContain('tasklane:midnight');

  // The test-only hook: a minute passes, the reminder alarm fires.
  await worker.evaluate(async () => {
    __tasklaneTest.advanceClock(121_000);
    await __tasklaneTest.fireAlarm('tasklane:reminders');
  });
  await expect.poll(() => notifications(page)).toContain(`tasklane:task:${soonId}`);
  expect(await notifications(page)).not.toContain(`tasklane:task:${laterId}`);
  // The alarm now points at the next reminder.
  const next = (await alarms(page)).find((a) => a.name === 'tasklane:reminders')!;
  expect(next.scheduledTime).toBeGreaterThan(soonAt);

  await page.evaluate(async () => {
    const api = chrome.notifications as unknown as { clear(id: string): Promise<boolean> };
    for (const id of Object.keys(await chrome.notifications.getAll())) await api.clear(id);
  });
  await stopServiceWorker();
  // The alarms belong to the browser, not to the worker: still there, still at the same time.
  const afterStop = await alarms(page);
  expect(afterStop.map((a) => a.name).sort()).toEqual(['tasklane:midnight', 'tasklane:reminders']);
  expect(afterStop.find((a) => a.name === 'tasklane:reminders')!.scheduledTime).toBe(next.scheduledTime);

  // A restart rebuilds the plan from the database; the reminder already shown is not shown again.
  await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'settings.get', payload: {} }));
  await page.waitForTimeout(500);
  expect(await notifications(page)).toEqual([]);
  expect((await alarms(page)).find((a) => a.name === 'tasklane:reminders')!.scheduledTime).toBe(next.scheduledTime);
});

test('the badge counts today and overdue, following creates and completes', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect.poll(() => badge(page)).toBe('');
  const today = new Date().toLocaleDateString('en-CA');
  const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA');
  const a = await create(page, 'Quote for Northwind', { date: today });
  await create(page, 'Chase INV-2291', { date: yesterday });
  await create(page, 'Next month: QBR prep', { date: new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-CA') });
  await expect.poll(() => badge(page)).toBe('2');
  await page.evaluate((id) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.update', payload: { id, patch: { status: 'done' } } }), a);
  await expect.poll(() => badge(page)).toBe('1');
});

test('a backlog of 2,001 old overdue tasks does not keep today’s later task from its alarm', async ({ context, extensionId, openExtensionPage }) => {
  // Today's task must still be today a few minutes from now: near midnight, wait for the new day.
  const now = new Date();
  const minutesLeftToday = 24 * 60 - (now.getHours() * 60 + now.getMinutes());
  if (minutesLeftToday < 10) {
    test.setTimeout(60_000 + minutesLeftToday * 60_000);
    await new Promise((resolve) => setTimeout(resolve, minutesLeftToday * 60_000 + 5_000));
  }

  const page = await openExtensionPage('popup.html');
  const worker: Worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  // Over a year overdue, spread across 300 dates: their reminders are long past. One CSV import
  // (2,001 single creates take ~40 s here, each followed by a plan rebuild and page reloads).
  const rows = Array.from({ length: 2_001 }, (_, i) => `Old follow-up ${i},${localDate(-400 - (i % 300))},09:00`);
  const imported = (await page.evaluate(
    (content) => chrome.runtime.sendMessage({ tasklane: 1, type: 'data.import', payload: { format: 'csv', content, commit: true } }),
    `title,due_date,due_time\n${rows.join('\n')}\n`,
  )) as { ok: boolean; data: { committed: boolean } };
  expect(imported).toMatchObject({ ok: true, data: { committed: true } });
  const later = dueIn(5);
  expect(later.date).toBe(localDate(0));
  const [todayId] = await seedTasks(page, [{ title: 'Call Priya about the renewal', time: later.time }]);
  expect(todayId).toBeTruthy();
  const laterAt = new Date(`${later.date}T${later.time}:00`).getTime();

  // The worker's own view of its alarms: the reminder alarm is set for today's task.
  const reminderAlarm = () =>
    worker.evaluate(async () => (await chrome.alarms.getAll()).find((a) => a.name === 'tasklane:reminders')?.scheduledTime ?? null);
  await expect.poll(reminderAlarm, { timeout: 30_000 }).toBe(laterAt);
  // None of the backlog's long-missed reminders was shown.
  expect(await notifications(page)).toEqual([]);
});
