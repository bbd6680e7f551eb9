// Progress toward a target in its current period. Pure: the caller passes the tasks of the
// target's category value that may count (targetWindow says which to read) and how to turn a
// timestamp into the rep's calendar date.
import { addDays, toParts, type LocalDate } from '../dates/local-date';
import type { Target, TargetWindow, Task } from '../model';
import { inPeriod, periodBounds } from './periods';

/** The rep's calendar date at an instant (todayLocal in their zone). */
export type DayOf = (timestamp: number) => LocalDate;

export interface Progress {
  done: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
}

/** Every time zone's offset from UTC lies within ±14 h. */
const ANY_ZONE_MS = 14 * 3_600_000;

/**
 * The instants that can fall on a day of the target's current period in any time zone: the
 * period's dates as UTC days, widened by 14 h each side. The tasks read from this window are a
 * superset of those that count; targetProgress decides with the rep's own calendar dates.
 */
export function targetWindow(target: Target, today: LocalDate): TargetWindow {
  const { start, end } = periodBounds(target.period, today);
  const utcMidnight = (date: LocalDate) => {
    const { year, month, day } = toParts(date);
    return Date.UTC(year, month - 1, day);
  };
  return {
    dimension: target.dimension,
    value: target.value,
    metric: target.metric,
    from: utcMidnight(start) - ANY_ZONE_MS,
    to: utcMidnight(addDays(end, 1)) + ANY_ZONE_MS,
  };
}

/**
 * 'completed' counts the value's tasks completed within the period (whenever they were due);
 * 'created' counts those created within it. A reopened task has no completedAt and stops counting.
 */
export function targetProgress(target: Target, tasks: readonly Task[], today: LocalDate, dayOf: DayOf): Progress {
  const period = periodBounds(target.period, today);
  const counts = (task: Task): boolean => {
    if (task.categories[target.dimension] !== target.value) return false;
    if (target.metric === 'created') return inPeriod(dayOf(task.createdAt), period);
    return task.status === 'done' && task.completedAt !== undefined && inPeriod(dayOf(task.completedAt), period);
  };
  return { done: tasks.filter(counts).length, periodStart: period.start, periodEnd: period.end };
}
