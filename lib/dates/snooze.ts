// Where "snooze" moves a task: later today, tomorrow, next week (Monday), or a picked day. Pure,
// on calendar dates, so a snooze never lands on the wrong day across DST or a zone change.
import { addBusinessDays, addDays, nextWeekday, type LocalDate, type LocalTime } from './local-date';
import { wallClock } from './today';

export type SnoozeChoice = 'laterToday' | 'tomorrow' | 'nextWeek' | { date: LocalDate };

/** Hours "later today" moves a task ahead. */
export const LATER_TODAY_HOURS = 3;

export function snoozeDue(choice: SnoozeChoice, now: Date = new Date(), timeZone?: string): { date: LocalDate; time?: LocalTime } {
  const clock = wallClock(now, timeZone);
  if (typeof choice === 'object') return { date: choice.date };
  if (choice === 'tomorrow') return { date: addDays(clock.date, 1) };
  if (choice === 'nextWeek') return { date: nextWeekday(clock.date, 1) };
  // Later today: three hours on, rounded up to the quarter hour; past 23:45 it becomes tomorrow.
  const minutes = Math.ceil((clock.hour * 60 + clock.minute + LATER_TODAY_HOURS * 60) / 15) * 15;
  if (minutes >= 24 * 60) return { date: addDays(clock.date, 1), time: '09:00' };
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: clock.date, time: `${hh}:${mm}` };
}

/** Business days "Nudge again" moves a follow-up nobody answered (issue 16). */
export const NUDGE_BUSINESS_DAYS = 2;

/** "Nudge again in 2 days": two business days from today, at the task's own time if it had one. */
export function nudgeDue(due: { time?: LocalTime } | undefined, now: Date = new Date(), timeZone?: string): { date: LocalDate; time?: LocalTime } {
  const date = addBusinessDays(wallClock(now, timeZone).date, NUDGE_BUSINESS_DAYS);
  return due?.time ? { date, time: due.time } : { date };
}
