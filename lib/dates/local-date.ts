/**
 * Calendar dates as 'YYYY-MM-DD' strings.
 *
 * A date-only task is due on a *calendar day*, not at an instant: storing it as a Date at
 * local midnight would move it to another day when the user travels or the clocks change.
 * So every calculation here works on the year/month/day numbers through UTC, where no day
 * is ever 23 or 25 hours long.
 */

/** A calendar date, 'YYYY-MM-DD' (e.g. '2026-03-08'). Never a Date at midnight. */
export type LocalDate = string;
/** A wall-clock time, 'HH:MM' in 24-hour form (e.g. '09:30'). */
export type LocalTime = string;
/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30, 2026-2-3). */
export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True for 'HH:MM', 00:00–23:59. */
export function isValidLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && TIME_SHAPE.test(value);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Splits a LocalDate into numbers; throws on a malformed date so bugs surface early. */
export function toParts(date: LocalDate): DateParts {
  if (!isValidLocalDate(date)) throw new RangeError(`Not a calendar date: ${String(date)}`);
  const [y, m, d] = date.split('-');
  return { year: Number(y), month: Number(m), day: Number(d) };
}

export function fromParts(year: number, month: number, day: number): LocalDate {
  // Normalise overflow (month 13, day 0, day 32) through UTC before formatting.
  return fromUtc(utcDate(year, month, day));
}

/** The date n days later (n may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  const { year, month, day } = toParts(date);
  return fromParts(year, month, day + Math.trunc(n));
}

/** -1, 0 or 1, so it can be passed to Array#sort. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  // Valid dates have four-digit years, so string order is calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / MS_PER_DAY);
}

export function weekdayOf(date: LocalDate): Weekday {
  return toUtc(date).getUTCDay() as Weekday;
}

/** The first date strictly after `date` that falls on `weekday` (never `date` itself). */
export function nextWeekday(date: LocalDate, weekday: Weekday): LocalDate {
  const ahead = (weekday - weekdayOf(date) + 7) % 7 || 7;
  return addDays(date, ahead);
}

/** The first day of the week holding `date`; weeks start on Monday unless told otherwise. */
export function startOfWeek(date: LocalDate, weekStartsOn: Weekday = 1): LocalDate {
  const back = (weekdayOf(date) - weekStartsOn + 7) % 7;
  return addDays(date, -back);
}

export function isWeekend(date: LocalDate): boolean {
  const wd = weekdayOf(date);
  return wd === 0 || wd === 6;
}

/** The next Monday–Friday strictly after `date` (Friday → Monday). */
export function nextBusinessDay(date: LocalDate): LocalDate {
  let next = addDays(date, 1);
  while (isWeekend(next)) next = addDays(next, 1);
  return next;
}

/** The `count`th Monday–Friday after `date`; 0 is `date` itself, weekend or not. */
export function addBusinessDays(date: LocalDate, count: number): LocalDate {
  let day = date;
  for (let i = 0; i < count; i++) day = nextBusinessDay(day);
  return day;
}

export function formatTime(hour: number, minute: number): LocalTime {
  return `${pad2(hour)}:${pad2(minute)}`;
}

function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function toUtc(date: LocalDate): Date {
  const { year, month, day } = toParts(date);
  return utcDate(year, month, day);
}

function fromUtc(d: Date): LocalDate {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
