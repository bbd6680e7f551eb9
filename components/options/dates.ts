import { formatDue } from '@/lib/dates/format';
import type { UiLocale } from '@/lib/i18n';

/**
 * A date as the calendar names it ("Mon 23 Nov", "11月23日周一"), never "Today" or "Tomorrow":
 * for period bounds and week labels, where a relative word reads wrongly.
 */
export function calendarDate(date: string, locale: UiLocale): string {
  // formatDue only says "Today"/"Tomorrow" within a day of `today`; pick a "today" in the same
  // year (so no year is shown) but half a year away.
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return formatDue(date, locale, month <= 6 ? `${year}-12-31` : `${year}-01-01`);
}
