// Progress toward a target in its current period: the target's value's tasks completed within
// the period by the rep's calendar (whenever they were due), or created within it. Progress is
// a count over a window of instants, so the store can answer it from index keys alone
// (lib/db/targets.ts) instead of reading the value's tasks; this file says which window.
import { addDays, type LocalDate } from '../dates/local-date';
import type { Target, TargetWindow } from '../model';
import { periodBounds, type Period } from './periods';

/** The first instant of a date on the rep's calendar (startOfLocalDay in the worker). */
export type StartOfDay = (date: LocalDate) => number;

export interface Progress {
  done: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
}

/**
 * The target's current period, and the instants it covers on the rep's calendar: from the
 * first instant of its first day up to the first instant of the day after its last. A task
 * counts when its completedAt ('completed'; only done tasks have one, a reopened task loses it)
 * or its createdAt ('created') falls in that window.
 */
export function targetWindow(target: Target, today: LocalDate, startOfDay: StartOfDay): { period: Period; window: TargetWindow } {
  const period = periodBounds(target.period, today);
  return {
    period,
    window: {
      dimension: target.dimension,
      value: target.value,
      metric: target.metric,
      from: startOfDay(period.start),
      to: startOfDay(addDays(period.end, 1)),
    },
  };
}
