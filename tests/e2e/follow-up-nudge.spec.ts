// A follow-up nobody answered (issue 16), in the real Chromium: its reminder is the nudge
// notification (Nudge again in 2 days / Close), not Complete / Snooze, and a nudge moves the due
// date two business days on and keeps the thread link. Demo build: its test hook moves the
// worker's clock.
import type { Worker } from '@playwright/test';
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
declare const __tasklaneTest: { advanceClock(ms: number): void; fireAlarm(name: string): Promise<string> };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

test('the reminder of a waiting follow-up offers a nudge; the nudge moves it two business days', async ({ context, extensionId, openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const worker: Worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  // Two minutes: due times are whole minutes, and a busy machine must not pass it before planning.
  const d = new Date(Date.now() + 120_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const due = { date: d.toLocaleDateString('en-CA'), time: `${p(d.getHours())}:${p(d.getMinutes())}` };
  const source = { site: 'gmail', externalId: 'thread-f:1789000000000000002', title: 'Quote for 40 seats', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' };
  const created = (await page.evaluate((payload) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload }), {
    draft: { title: 'Chase Dana on the quote', due, source },
    contact: { name: 'Dana Okafor', email: 'dana.okafor@northwind-traders.com' },
  })) as { ok: boolean; data: { task: { id: string; followUp: { state: string } } } };
  expect(created.data.task.followUp.state).toBe('waiting');
  const id = created.data.task.id;

  await worker.evaluate(async () => {
    __tasklaneTest.advanceClock(121_000);
    await __tasklaneTest.fireAlarm('tasklane:reminders');
  });
  await expect.poll(async () => Object.keys(await page.evaluate(() => chrome.notifications.getAll()))).toContain(`tasklane:nudge:${id}`);
  expect(Object.keys(await page.evaluate(() => chrome.notifications.getAll()))).not.toContain(`tasklane:task:${id}`);

  // What the notification's first button does (headless Chromium cannot click it).
  const nudged = (await page.evaluate((taskId) => chrome.runtime.sendMessage({ tasklane: 1, type: 'followUp.nudge', payload: { id: taskId } }), id)) as {
    ok: boolean;
    data: { task: { due: { date: string; time?: string }; source: unknown; followUp: { state: string; threadId: string } } };
  };
  expect(nudged.ok).toBe(true);
  const today = new Date(Date.now() + 121_000);
  const expected = new Date(today);
  for (let added = 0; added < 2; ) {
    expected.setDate(expected.getDate() + 1);
    if (expected.getDay() !== 0 && expected.getDay() !== 6) added++;
  }
  expect(nudged.data.task.due).toEqual({ date: expected.toLocaleDateString('en-CA'), time: due.time });
  expect(nudged.data.task.source).toEqual(source);
  expect(nudged.data.task.followUp).toMatchObject({ state: 'waiting', threadId: source.externalId });
});
