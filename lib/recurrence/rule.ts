// Routine tasks recur through RFC 5545 rules (rrule). Occurrences are calendar dates: the rule
// runs in UTC on the date's Y-M-D, so no DST change or zone ever moves an occurrence a day.
import { RRule, rrulestr } from 'rrule';
import type { LocalDate } from '../dates/local-date';

export { ruleFor, type RecurrencePreset, type WeekdayCode } from './presets';

const toUtc = (date: LocalDate) => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date) => d.toISOString().slice(0, 10);

/** The first occurrence strictly after `after`, for a series that started on `start`; null when the rule has ended or is unreadable. */
export function nextOccurrence(rule: string, start: LocalDate, after: LocalDate): LocalDate | null {
  try {
    const options = RRule.parseString(rule.replace(/^RRULE:/i, ''));
    const parsed = new RRule({ ...options, dtstart: toUtc(start) });
    const next = parsed.after(toUtc(after), false);
    return next ? fromUtc(next) : null;
  } catch {
    return null;
  }
}

/** True when rrule can read the rule (used to validate what a page or a file sends). */
export function isReadableRule(rule: string): boolean {
  try {
    rrulestr(`RRULE:${rule.replace(/^RRULE:/i, '')}`);
    return true;
  } catch {
    return false;
  }
}
