/** Due date: a deadline named in the subject, then in the newest message; else the rep's default offset. */
import { findDueInText } from '../../dates/parse-due';
import { addBusinessDays } from '../../dates/local-date';
import { todayLocal } from '../../dates/today';
import type { Reason } from '../types';
import type { ScanText } from '../scan-text';

export interface DueDecision {
  due: { date: string; time?: string };
  reason: Reason;
}

/** The shipped default of Settings.defaultDueOffsetDays: a follow-up is rarely for today. */
export const DEFAULT_DUE_OFFSET_DAYS = 1;

export function decideDue(
  text: ScanText,
  now: Date,
  locale: 'en' | 'zh-CN',
  timeZone?: string,
  offsetDays = DEFAULT_DUE_OFFSET_DAYS,
): DueDecision {
  const options = { now, locale, ...(timeZone ? { timeZone } : {}) };
  const found = findDueInText(text.rawSubject, options) ?? findDueInText(text.rawLatest, options);
  if (found) {
    const due = found.time ? { date: found.date, time: found.time } : { date: found.date };
    return { due, reason: { dimension: 'due', value: found.date, code: 'date-in-text', detail: found.matched } };
  }
  return defaultDue(todayLocal(now, timeZone), locale, offsetDays);
}

/**
 * No date in the email: the rep's setting, counted in business days, because one due on a
 * Saturday just sits overdue until Monday. The reason names the setting, so a rep who wonders
 * why knows where to change it.
 */
export function defaultDue(today: string, locale: 'en' | 'zh-CN', offsetDays: number): DueDecision {
  const days = Number.isInteger(offsetDays) && offsetDays >= 0 && offsetDays <= 60 ? offsetDays : DEFAULT_DUE_OFFSET_DAYS;
  const date = addBusinessDays(today, days);
  return { due: { date }, reason: { dimension: 'due', value: date, code: 'default-offset', detail: describeOffset(days, locale) } };
}

function describeOffset(days: number, locale: 'en' | 'zh-CN'): string {
  if (locale === 'zh-CN') {
    const when = days === 0 ? '今天' : days === 1 ? '下一个工作日' : `${days} 个工作日后`;
    return `${when}（默认期限设置）`;
  }
  const when = days === 0 ? 'today' : days === 1 ? 'next business day' : `${days} business days ahead`;
  return `${when} (default due date setting)`;
}
