/** Short human labels and buckets for due dates, as the popup and the quick-create panel show them. */
import {
  compareDates,
  daysBetween,
  isValidLocalDate,
  isValidLocalTime,
  toParts,
  weekdayOf,
  type LocalDate,
  type LocalTime,
} from './local-date';
import { todayLocal } from './today';

export type DueLocale = 'en' | 'zh-CN';
export type DueBucket = 'overdue' | 'today' | 'upcoming' | 'none';
export type Due = LocalDate | { date: LocalDate; time?: LocalTime | null };

const RELATIVE_LABELS: Record<DueLocale, Record<number, string>> = {
  en: { [-1]: 'Yesterday', 0: 'Today', 1: 'Tomorrow' },
  'zh-CN': { [-1]: '昨天', 0: '今天', 1: '明天' },
};

// Spelled out rather than taken from Intl: the labels must be identical in every browser
// and every runtime zone, and Intl's short forms differ between engines ("Mon," vs "Mon").
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

/**
 * "Today", "Tomorrow", "Mon 3 Dec", "Mon 3 Dec 2027" (another year), with " 14:30" when timed;
 * zh-CN: "今天", "明天", "12月3日周一", "2027年12月3日周五". Returns '' for a missing or malformed date.
 */
export function formatDue(due: Due | null | undefined, locale: DueLocale = 'en', today: LocalDate = todayLocal()): string {
  if (due == null) return '';
  const date = typeof due === 'string' ? due : due.date;
  const time = typeof due === 'string' ? undefined : due.time;
  if (!isValidLocalDate(date)) return '';
  const loc: DueLocale = locale === 'zh-CN' ? 'zh-CN' : 'en';
  const offset = isValidLocalDate(today) ? daysBetween(today, date) : NaN;
  const label = RELATIVE_LABELS[loc][offset] ?? calendarLabel(date, loc, today);
  return isValidLocalTime(time) ? `${label} ${time}` : label;
}

/** Where a task sits relative to today; a missing or malformed due date is 'none'. */
export function dueBucket(due: LocalDate | null | undefined, today: LocalDate): DueBucket {
  if (!isValidLocalDate(due) || !isValidLocalDate(today)) return 'none';
  const order = compareDates(due, today);
  return order < 0 ? 'overdue' : order === 0 ? 'today' : 'upcoming';
}

function calendarLabel(date: LocalDate, locale: DueLocale, today: LocalDate): string {
  const { year, month, day } = toParts(date);
  const weekday = weekdayOf(date);
  const showYear = !isValidLocalDate(today) || toParts(today).year !== year;
  if (locale === 'zh-CN') {
    return `${showYear ? `${year}年` : ''}${month}月${day}日${ZH_WEEKDAYS[weekday]}`;
  }
  return `${EN_WEEKDAYS[weekday]} ${day} ${EN_MONTHS[month - 1]}${showYear ? ` ${year}` : ''}`;
}
