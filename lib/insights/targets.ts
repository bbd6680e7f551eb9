// Progress toward a target in its current period. Pure: the caller passes the tasks of the
// target's category value and how to turn a timestamp into the rep's calendar date.
import type { LocalDate } from '../dates/local-date';
import type { Target, Task } from '../model';
import { inPeriod, periodBounds } from './periods';

/** The rep's calendar date at an instant (todayLocal in their zone). */
export type DayOf = (timestamp: number) => LocalDate;

export interface Progress {
  done: number;
  periodStart: LocalDate;
  periodEnd: LocalDate;
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
