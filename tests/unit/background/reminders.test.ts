// The reminder service through the real store (fake-indexeddb) and WXT's fakeBrowser (alarms,
// notifications, badge): which tasks it reads, which alarm it sets, what it shows.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_ALARM, createReminderService, type ReminderService } from '@/lib/background/reminders';
import * as db from '@/lib/db';
import { addDays } from '@/lib/dates/local-date';
import type { TaskDraft } from '@/lib/model';
import { resetFakeBrowser } from '../../helpers/fake-browser';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { makeRouter } from '../../helpers/router';

// 10:00 local time on 2026-11-28: the expectations are in wall-clock terms.
const TODAY = '2026-11-28';
const local = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();
const NOW = local(TODAY, '10:00');
const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Task', notes: '', priority: 'normal', categories: {}, ...over });
const reminderAlarm = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime ?? null;
const shown = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions()) as [string, { title: string; message: string }][];

async function storeWithService() {
  freshIndexedDb();
  const database = await db.openTasklaneDb();
  const reminders = createReminderService(async () => database, () => NOW);
  return { database, reminders };
}

/** `count` open tasks due on dates long past (2021–2022), the backlog a rep never cleared. */
async function seedOldBacklog(database: db.TasklaneDb, count: number) {
  for (let i = 0; i < count; i++) {
    await db.createTask(database, draft({ title: `Old ${i}`, due: { date: addDays('2021-01-01', i % 600), time: '09:00' } }), undefined, NOW - 1e10);
  }
}

beforeEach(() => {
  resetFakeBrowser();
});

describe('the reminder plan reads the window that can fire', () => {
  it('2,001 overdue tasks from long ago do not push today’s 15:00 task out of the plan', async () => {
    const { database, reminders } = await storeWithService();
    await seedOldBacklog(database, 2_001);
    await db.createTask(database, draft({ title: 'Call Priya at three', due: { date: TODAY, time: '15:00' } }), undefined, NOW);
    await reminders.refresh();
    expect(await reminderAlarm()).toBe(local(TODAY, '15:00'));
    // The backlog's reminders are days old: dropped, never shown as a flood.
    expect(shown()).toEqual([]);
  }, 60_000);

  it('finds reminders set far ahead of (or after) a due date outside the window', async () => {
    const { database, reminders } = await storeWithService();
    await seedOldBacklog(database, 50);
    const DAY = 24 * 60;
    // Offsets are minutes, so across a DST change the wall-clock time moves by an hour: the
    // expected instants are worked out the same way.
    const minus = (date: string, time: string, minutes: number) => local(date, time) - minutes * 60_000;
    // Due in 30 days at 15:00, reminding 30 days early: this afternoon.
    await db.createTask(database, draft({ title: 'Renewal in a month', due: { date: addDays(TODAY, 30), time: '15:00' }, reminder: { offsetMinutes: 30 * DAY } }), undefined, NOW);
    await reminders.refresh();
    const renewal = minus(addDays(TODAY, 30), '15:00', 30 * DAY);
    expect(await reminderAlarm()).toBe(renewal);

    // Due 40 days ago at 12:00, reminding 40 days after: today around noon, before the renewal.
    await db.createTask(database, draft({ title: 'Check the trial ended', due: { date: addDays(TODAY, -40), time: '12:00' }, reminder: { offsetMinutes: -40 * DAY } }), undefined, NOW);
    await reminders.refresh();
    const trial = minus(addDays(TODAY, -40), '12:00', -40 * DAY);
    expect(trial).toBeGreaterThan(NOW);
    expect(trial).toBeLessThan(renewal);
    expect(await reminderAlarm()).toBe(trial);

    // Due in 30 days reminding 40 days early: that was 10 days ago, long missed — dropped, not shown.
    await db.createTask(database, draft({ title: 'Too early', due: { date: addDays(TODAY, 30), time: '15:00' }, reminder: { offsetMinutes: 40 * DAY } }), undefined, NOW);
    await reminders.refresh();
    expect(shown()).toEqual([]);
    expect(await reminderAlarm()).toBe(trial);
  }, 60_000);
});

describe('refreshing', () => {
  it('folds refreshes asked for while a rebuild runs into one more rebuild, not one each', async () => {
    freshIndexedDb();
    const database = await db.openTasklaneDb();
    let rebuilds = 0;
    const reminders = createReminderService(async () => (rebuilds++, database), () => NOW);
    const all = Array.from({ length: 100 }, () => reminders.refresh());
    await Promise.all(all);
    expect(rebuilds).toBe(1);
    await db.createTask(database, draft({ title: 'Later today', due: { date: TODAY, time: '16:00' } }), undefined, NOW);
    // A refresh after the last rebuild began still gets a rebuild that sees its change.
    await reminders.refresh();
    expect(rebuilds).toBe(2);
    expect(await reminderAlarm()).toBe(local(TODAY, '16:00'));
  });
});

describe('tasks that arrive with their reminder time already past', () => {
  async function wiredRouter() {
    let reminders: ReminderService | undefined;
    // Wired as entrypoints/background.ts wires it: changes refresh the plan, imports say which tasks arrived.
    const router = await makeRouter(() => NOW, {
      broadcast: (entity) => void ((entity === 'task' || entity === 'settings') && reminders!.refresh()),
      arrived: (ids) => void reminders!.refresh(ids),
    });
    reminders = createReminderService(router.getDb, () => NOW);
    return { ...router, reminders };
  }

  it('an import of 30 tasks whose reminders fell in the past day shows one summary, not 30 notifications', async () => {
    const { send, reminders } = await wiredRouter();
    await reminders.refresh();
    const rows = Array.from({ length: 30 }, (_, i) => `Imported ${i},${TODAY},0${i % 10}:${String(i).padStart(2, '0')}`);
    const reply = await send('optionsTab', 'data.import', { format: 'csv', content: `title,due_date,due_time\n${rows.join('\n')}\n`, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { committed: true } });
    await reminders.refresh();

    const notes = shown();
    expect(notes).toHaveLength(1);
    expect(notes[0]![1].message).toMatch(/^30 tasks /);
    // Shown once: another rebuild (the worker restarting) shows nothing more.
    await fakeBrowser.notifications.clear(notes[0]![0]);
    await reminders.refresh();
    expect(shown()).toEqual([]);
  });

  it('a task the rep creates with its reminder just past still gets its own notification', async () => {
    const { send, reminders } = await wiredRouter();
    const reply = await send('popup', 'task.create', { draft: { title: 'Call Dana back', due: { date: TODAY, time: '09:30' } } });
    expect(reply.ok).toBe(true);
    await reminders.refresh();
    const id = reply.ok ? reply.data.task.id : '';
    expect(shown().map(([key]) => key)).toEqual([`tasklane:task:${id}`]);
  });
});
