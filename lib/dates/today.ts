/**
 * "Today" and "now" as the user's wall clock shows them.
 *
 * The extension's service worker may run in a zone other than the one the user picked in
 * settings, so every function takes the zone explicitly and only falls back to the
 * runtime's zone when none is given.
 */
import { fromParts, formatTime, toParts, type LocalDate, type LocalTime } from './local-date';

export interface WallClock {
  date: LocalDate;
  time: LocalTime;
  year: number;
  month: number; // 1–12
  day: number;
  hour: number; // 0–23
  minute: number;
}

// Building an Intl.DateTimeFormat is costly (a badge refresh may call this often); keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date at `now` in `timeZone` (an IANA name; default the runtime's zone). */
export function todayLocal(now: Date = new Date(), timeZone?: string): LocalDate {
  return wallClock(now, timeZone).date;
}

/** The date and time a wall clock in `timeZone` shows at the instant `now`. */
export function wallClock(now: Date = new Date(), timeZone?: string): WallClock {
  if (Number.isNaN(now.getTime())) throw new RangeError('wallClock: invalid Date');
  const fmt = formatterFor(timeZone);
  if (!fmt) return runtimeWallClock(now);
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(now)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const year = parts.year ?? now.getFullYear();
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  // Some engines print midnight as hour 24 even with h23; treat it as 0.
  const hour = (parts.hour ?? 0) % 24;
  const minute = parts.minute ?? 0;
  return { date: fromParts(year, month, day), time: formatTime(hour, minute), year, month, day, hour, minute };
}

/**
 * The first instant of `date` in the runtime's zone: the inverse of todayLocal(new Date(ms))
 * without a zone, so [startOfLocalDay(d), startOfLocalDay(d + 1)) is exactly the instants whose
 * date is d. Where midnight is skipped by a clock change, the day starts when the clock resumes.
 */
export function startOfLocalDay(date: LocalDate): number {
  const { year, month, day } = toParts(date);
  const start = new Date(0);
  // setFullYear, not the constructor: that one reads years 0–99 as 1900–1999.
  start.setFullYear(year, month - 1, day);
  start.setHours(0, 0, 0, 0);
  return start.getTime();
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

function runtimeWallClock(now: Date): WallClock {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const day = now.getDate();
  const hour = now.getHours();
  const minute = now.getMinutes();
  return { date: fromParts(year, month, day), time: formatTime(hour, minute), year, month, day, hour, minute };
}

/**
 * Null means "use the runtime's zone": no zone given, or an unknown one (a zone name synced
 * from another browser may not exist here, and a date in the wrong zone beats a crash).
 */
function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat | null {
  if (!timeZone) return null;
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
  formatters.set(timeZone, fmt);
  return fmt;
}
