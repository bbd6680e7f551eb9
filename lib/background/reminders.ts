// Reminders through one alarm: after every change and every worker start the plan is rebuilt
// from the database (lib/reminders/schedule), due reminders are shown once, and the alarm is
// set for the next one. A second alarm at local midnight refreshes the badge and the plan.
import { browser } from 'wxt/browser';
import { getContacts, getSettings, type TasklaneDb } from '../db';
import { getMeta, setMeta } from '../db/meta';
import { listOpenRemindable } from '../db/reminder-reads';
import { nextLocalMidnight, planReminders, planWindow } from '../reminders/schedule';
import { refreshBadge } from './badge';
import { showArrivedSummary, showReminder } from './notifications';
import { stringsFor } from './strings';

export const REMINDER_ALARM = 'tasklane:reminders';
export const MIDNIGHT_ALARM = 'tasklane:midnight';
const FIRED_KEY = 'remindersFired';

export function createReminderService(getDb: () => Promise<TasklaneDb>, now: () => number) {
  // One rebuild at a time: two overlapping rebuilds could show a reminder twice.
  let running: Promise<void> = Promise.resolve();
  // A rebuild waiting for the running one to end: later refreshes join it (it reads the
  // database after they asked) instead of queueing one rebuild per change of a large seed.
  let waiting: Promise<void> | null = null;
  /**
   * Tasks that came in by import or sync, and when. Kept until a rebuild that began after they
   * were noted (and so read them) has planned them: a rebuild already under way when an import
   * commits may read its tasks before being told they arrived, and must not show them one by one.
   */
  const arrivals = new Map<string, number>();

  async function rebuild(): Promise<void> {
    const known = new Map(arrivals);
    const db = await getDb();
    const at = now();
    const settings = await getSettings(db);
    const window = planWindow(at);
    const tasks = await listOpenRemindable(db, window.from, window.to);
    const fired = (await getMeta<Record<string, number>>(db, FIRED_KEY)) ?? {};
    const plan = planReminders(tasks, at, settings.defaultReminderTime, fired, arrivals);

    const people = await getContacts(db, plan.fire.flatMap((f) => (f.task.contactId ? [f.task.contactId] : [])));
    if (plan.fire.length || plan.arrivedLate.length) {
      // In the language chosen now (Preferences → Language), loaded only when something is shown.
      const { t } = await stringsFor(settings.language);
      for (const { task } of plan.fire) {
        const contact = task.contactId ? people.get(task.contactId) : undefined;
        await showReminder(task, contact ? contact.name || contact.email || null : null, t);
      }
      if (plan.arrivedLate.length) await showArrivedSummary(plan.arrivedLate.map((late) => late.task), t);
    }
    // Remember what was shown (or dropped), for tasks still in the window only: the map stays
    // small, and a reminder leaves the window only once it is too old to show anyway.
    const pending = new Set(tasks.map((t) => t.id));
    const nextFired: Record<string, number> = {};
    for (const [id, time] of Object.entries(fired)) if (pending.has(id)) nextFired[id] = time;
    for (const { task, at: time } of [...plan.fire, ...plan.drop, ...plan.arrivedLate]) nextFired[task.id] = time;
    await setMeta(db, FIRED_KEY, nextFired);
    // Planned now; an id noted again during this rebuild waits for the next one.
    for (const [id, time] of known) if (arrivals.get(id) === time) arrivals.delete(id);

    if (plan.nextAt !== null) await browser.alarms.create(REMINDER_ALARM, { when: plan.nextAt });
    else await browser.alarms.clear(REMINDER_ALARM);
    await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(at) });
    await refreshBadge(db, at);
  }

  return {
    /**
     * Rebuilds the plan, the alarms and the badge; safe to call often. `arrived`: ids of tasks
     * just written by an import or a sync, whose reminders already past are summed up in one
     * notification instead of one each.
     */
    refresh(arrived: readonly string[] = []): Promise<void> {
      const at = now();
      for (const id of arrived) arrivals.set(id, at);
      if (waiting) return waiting;
      const start = () => {
        waiting = null;
        return rebuild();
      };
      waiting = running = running.then(start, start).catch((error) => console.error('[tasklane] reminders', error));
      return waiting;
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
