// The next date of a routine task once an occurrence is done: after its due date, or after
// today when it was done late, so the series never schedules into the past.
import { todayLocal } from '../dates/today';
import type { LocalDate } from '../dates/local-date';
import type { Task } from '../model';
import { nextOccurrence } from './rule';

export function nextOccurrenceOf(task: Task, now: number): LocalDate | null {
  if (!task.recurrence || !task.due) return null;
  const today = todayLocal(new Date(now));
  const after = task.due.date > today ? task.due.date : today;
  return nextOccurrence(task.recurrence.rrule, task.recurrence.start ?? task.due.date, after);
}
