// When each task reminds, and what the single reminder alarm should do next. Pure: the
// background feeds it tasks and the clock; tests run it under several TZ settings.
//
// A task reminds at its due time, or at the rep's default time (09:00) on its due date when it
// has no time, minus the task's reminder offset. "Local" is the runtime's zone: the zone the
// rep is in now, so a date-only task reminds at 09:00 wherever they travel.
import { isValidLocalDate, isValidLocalTime, type LocalTime } from '../dates/local-date';
import type { Task } from '../model';

/** A reminder missed by more than this (the laptop was shut for days) is dropped, not shown. */
export const MISSED_WINDOW_MS = 24 * 60 * 60 * 1000;
/**
 * How far ahead the plan looks for the next reminder. The plan is rebuilt at every local
 * midnight and after every change, so a day would do; a week keeps an alarm set even if a
 * midnight rebuild is missed.
 */
export const LOOKAHEAD_MS = 7 * 24 * 60 * 60 * 1000;

/** The instants whose reminders the plan must know: from the oldest still shown to the lookahead. */
export function planWindow(now: number): { from: number; to: number } {
  return { from: now - MISSED_WINDOW_MS, to: now + LOOKAHEAD_MS };
}

export function reminderAt(task: Task, defaultTime: LocalTime): number | null {
  if (task.status !== 'open' || !task.due || !isValidLocalDate(task.due.date)) return null;
  const time = task.due.time && isValidLocalTime(task.due.time) ? task.due.time : defaultTime;
  const [y, m, d] = task.due.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  // new Date(y, m, d, h, min) reads the wall clock in the runtime's zone; in a DST gap it moves
  // forward to the first valid minute, which is what a rep expects.
  const at = new Date(y, m - 1, d, hh, mm).getTime();
  return at - (task.reminder?.offsetMinutes ?? 0) * 60_000;
}

export interface ReminderPlan {
  /** Due now and not yet shown for this exact time: show each once. */
  fire: { task: Task; at: number }[];
  /** Missed long ago: mark as shown without showing (no flood after a long sleep). */
  drop: { task: Task; at: number }[];
  /**
   * Due now, but the task arrived (an import, a sync) after its reminder time had passed: shown
   * together as one summary, not as a burst of notifications about things the rep never set here.
   */
  arrivedLate: { task: Task; at: number }[];
  /** The earliest future reminder, for the one alarm; null when none is pending. */
  nextAt: number | null;
}

/**
 * `fired` maps a task id to the reminder time already shown for it; `arrivedAt` maps the ids of
 * tasks that came in by import or sync to when they came in.
 */
export function planReminders(
  tasks: Task[],
  now: number,
  defaultTime: LocalTime,
  fired: Record<string, number>,
  arrivedAt: ReadonlyMap<string, number> = new Map(),
): ReminderPlan {
  const plan: ReminderPlan = { fire: [], drop: [], arrivedLate: [], nextAt: null };
  for (const task of tasks) {
    const at = reminderAt(task, defaultTime);
    if (at === null || fired[task.id] === at) continue;
    if (at > now) plan.nextAt = plan.nextAt === null ? at : Math.min(plan.nextAt, at);
    else if (now - at > MISSED_WINDOW_MS) plan.drop.push({ task, at });
    else if (at <= (arrivedAt.get(task.id) ?? -Infinity)) plan.arrivedLate.push({ task, at });
    else plan.fire.push({ task, at });
  }
  return plan;
}

/** The next local midnight after `now` (when "today" changes: badge and plan are rebuilt). */
export function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
