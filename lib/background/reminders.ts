// Reminders through one alarm: after every change and every worker start the plan is rebuilt
// from the database (lib/reminders/schedule), due reminders are shown once, and the alarm is
// set for the next one. A second alarm at local midnight refreshes the badge and the plan.
import { browser } from 'wxt/browser';
import { addDays } from '../dates/local-date';
import { todayLocal } from '../dates/today';
import { getContacts, getSettings, listOpenDueUpTo, type TasklaneDb } from '../db';
import { getMeta, setMeta } from '../db/meta';
import { nextLocalMidnight, planReminders } from '../reminders/schedule';
import { refreshBadge } from './badge';
import { showReminder } from './notifications';

export const REMINDER_ALARM = 'tasklane:reminders';
export const MIDNIGHT_ALARM = 'tasklane:midnight';
const FIRED_KEY = 'remindersFired';
/** Reminders are planned for tasks due up to this many days ahead; midnight replans daily. */
const HORIZON_DAYS = 8;

export function createReminderService(getDb: () => Promise<TasklaneDb>, now: () => number) {
  // One rebuild at a time: two overlapping rebuilds could show a reminder twice.
  let running: Promise<void> = Promise.resolve();

  async function rebuild(): Promise<void> {
    const db = await getDb();
    const at = now();
    const settings = await getSettings(db);
    const tasks = await listOpenDueUpTo(db, addDays(todayLocal(new Date(at)), HORIZON_DAYS), 2_000);
    const fired = (await getMeta<Record<string, number>>(db, FIRED_KEY)) ?? {};
    const plan = planReminders(tasks, at, settings.defaultReminderTime, fired);

    const people = await getContacts(db, plan.fire.flatMap((f) => (f.task.contactId ? [f.task.contactId] : [])));
    for (const { task } of plan.fire) {
      const contact = task.contactId ? people.get(task.contactId) : undefined;
      await showReminder(task, contact ? contact.name || contact.email || null : null);
    }
    // Remember what was shown (or dropped), for tasks still pending only: the map stays small.
    const open = new Set(tasks.map((t) => t.id));
    const nextFired: Record<string, number> = {};
    for (const [id, time] of Object.entries(fired)) if (open.has(id)) nextFired[id] = time;
    for (const { task, at: time } of [...plan.fire, ...plan.drop]) nextFired[task.id] = time;
    await setMeta(db, FIRED_KEY, nextFired);

    if (plan.nextAt !== null) await browser.alarms.create(REMINDER_ALARM, { when: plan.nextAt });
    else await browser.alarms.clear(REMINDER_ALARM);
    await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(at) });
    await refreshBadge(db, at);
  }

  return {
    /** Rebuilds the plan, the alarms and the badge; safe to call often. */
    refresh(): Promise<void> {
      running = running.then(rebuild, rebuild).catch((error) => console.error('[tasklane] reminders', error));
      return running;
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
