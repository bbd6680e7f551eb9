// Dates and times between Tasklane and iCalendar. A task's due is a local calendar date with an
// optional wall-clock time in the rep's zone; on the server a timed DUE is written in UTC (a
// time with its zone, which every client reads the same way) and a date-only one as
// VALUE=DATE. Incoming times in any zone are read back as the rep's local wall-clock time.
import ICAL from 'ical.js';
import type { Due } from '../model';

const pad = (n: number) => String(n).padStart(2, '0');

/** The DUE value for a task's due. */
export function dueToIcal(due: Due): ICAL.Time {
  if (!due.time) return ICAL.Time.fromDateString(due.date);
  const [year, month, day] = due.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = due.time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromJSDate(new Date(year, month - 1, day, hour, minute), true);
}

/** A DUE (or DTSTART) value as the rep's local date and time; undefined when unreadable. */
export function icalToDue(time: ICAL.Time): Due | undefined {
  if (time.isDate) return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}` };
  // Floating times (no zone) mean "this wall-clock time wherever you are": take them as written.
  // Zoned ones (UTC, or a TZID the calendar defines) become the instant in the rep's zone.
  const floating = !time.zone || time.zone === ICAL.Timezone.localTimezone;
  if (floating) {
    return { date: `${time.year}-${pad(time.month)}-${pad(time.day)}`, time: `${pad(time.hour)}:${pad(time.minute)}` };
  }
  const instant = time.toJSDate();
  if (Number.isNaN(instant.getTime())) return undefined;
  return {
    date: `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`,
    time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}`,
  };
}

/** A UTC DATE-TIME (LAST-MODIFIED, COMPLETED) as epoch milliseconds. */
export function icalToMs(time: ICAL.Time | undefined | null): number | undefined {
  if (!time || typeof time.toJSDate !== 'function') return undefined;
  const ms = time.toJSDate().getTime();
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

export const msToIcal = (ms: number) => ICAL.Time.fromJSDate(new Date(ms), true);

/**
 * Registers the VTIMEZONEs a calendar carries, so DUE;TZID=… converts correctly. ical.js keeps
 * them in a global registry; a zone already known is left as it is.
 */
export function registerTimezones(calendar: ICAL.Component): void {
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid)) {
      ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
    }
  }
}
