// Calendar periods of targets and insights. Plain calendar-date arithmetic (lib/dates): a week
// is Monday to Sunday whatever the clocks do, so a DST change never shifts a boundary.
import { addDays, daysInMonth, fromParts, startOfWeek, toParts, type LocalDate } from '../dates/local-date';
import type { TargetPeriod } from '../model';

/** The rep's calendar date at an instant (todayLocal in their zone). */
export type DayOf = (timestamp: number) => LocalDate;

export interface Period {
  start: LocalDate;
  /** Inclusive. */
  end: LocalDate;
}

/** The week (Monday–Sunday), month or calendar quarter holding `today`. */
export function periodBounds(period: TargetPeriod, today: LocalDate): Period {
  if (period === 'week') {
    const start = startOfWeek(today, 1);
    return { start, end: addDays(start, 6) };
  }
  const { year, month } = toParts(today);
  const first = period === 'month' ? month : month - ((month - 1) % 3);
  const last = period === 'month' ? month : first + 2;
  return { start: fromParts(year, first, 1), end: fromParts(year, last, daysInMonth(year, last)) };
}

/** The Mondays of the `count` weeks ending with the week of `today`, oldest first. */
export function lastWeekStarts(today: LocalDate, count: number): LocalDate[] {
  const current = startOfWeek(today, 1);
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}

export function inPeriod(date: LocalDate, period: Period): boolean {
  return date >= period.start && date <= period.end;
}
