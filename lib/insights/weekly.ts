// The Insights section's numbers: per week and goal type, how many tasks were due, completed,
// completed on time and are overdue. Pure, so the arithmetic is unit-tested without a database.
import { addDays, daysBetween, type LocalDate } from '../dates/local-date';
import type { Task } from '../model';
import type { GoalWeek, MilestoneInsight, WeekInsight } from '../messages/requests/manage';
import { lastWeekStarts, type DayOf } from './periods';

/** The bucket of tasks without a goal. */
export const NO_GOAL = 'none';

const emptyWeek = (): GoalWeek => ({ due: 0, completed: 0, completedOnTime: 0, overdue: 0, completionRate: null });

export interface WeeklyOptions {
  today: LocalDate;
  weeks: number;
  /** Goal ids that get a bucket even in weeks without tasks (the active goal values). */
  goals: readonly string[];
  dayOf: DayOf;
}

/**
 * Buckets the tasks by the week of their due date. A task counts as overdue when it is still
 * open and its due date is before today; as on time when completed on or before its due date.
 */
export function weeklyInsights(tasks: readonly Task[], options: WeeklyOptions): WeekInsight[] {
  const starts = lastWeekStarts(options.today, options.weeks);
  const keys = new Set([...options.goals, NO_GOAL]);
  for (const task of tasks) keys.add(task.categories.goal ?? NO_GOAL);
  const weeks = starts.map((start) => ({
    start,
    byGoal: Object.fromEntries([...keys].map((key) => [key, emptyWeek()])) as Record<string, GoalWeek>,
  }));
  const first = starts[0]!;
  const last = addDays(starts[starts.length - 1]!, 6);

  for (const task of tasks) {
    const due = task.due?.date;
    if (!due || due < first || due > last) continue;
    // Weeks are 7 calendar days apart, so the index is the whole weeks since the first Monday.
    const week = weeks[Math.floor(daysBetween(first, due) / 7)]!;
    const bucket = week.byGoal[task.categories.goal ?? NO_GOAL]!;
    bucket.due++;
    if (task.status === 'done') {
      bucket.completed++;
      if (task.completedAt !== undefined && options.dayOf(task.completedAt) <= due) bucket.completedOnTime++;
    } else if (due < options.today) {
      bucket.overdue++;
    }
  }
  for (const week of weeks) {
    for (const bucket of Object.values(week.byGoal)) {
      bucket.completionRate = bucket.due === 0 ? null : bucket.completed / bucket.due;
    }
  }
  return weeks;
}

/** Cap on milestone rows: the section shows progress, not an archive. */
export const MAX_MILESTONES = 100;

/**
 * Milestone tasks (cycle 'phased'): every open one, and those completed on or after `since`;
 * open ones first by due date, then the recently done.
 */
export function milestoneInsights(tasks: readonly Task[], since: LocalDate, dayOf: DayOf): MilestoneInsight[] {
  const shown = tasks.filter(
    (t) =>
      t.categories.cycle === 'phased' &&
      (t.status === 'open' || (t.completedAt !== undefined && dayOf(t.completedAt) >= since)),
  );
  const dueKey = (t: Task) => t.due?.date ?? '\uffff';
  shown.sort((a, b) =>
    a.status !== b.status ? (a.status === 'open' ? -1 : 1) : dueKey(a).localeCompare(dueKey(b)) || a.createdAt - b.createdAt,
  );
  return shown.slice(0, MAX_MILESTONES).map(({ id, title, due, status, categories }) => ({
    id,
    title,
    ...(due ? { due } : {}),
    status,
    categories,
  }));
}
