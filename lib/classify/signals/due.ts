/** Due date: a deadline named in the subject, then in the newest message; else the next business day. */
import { findDueInText } from '../../dates/parse-due';
import { nextBusinessDay } from '../../dates/local-date';
import { todayLocal } from '../../dates/today';
import type { Reason } from '../types';
import type { ScanText } from '../scan-text';

export interface DueDecision {
  due: { date: string; time?: string };
  reason: Reason;
}

export function decideDue(text: ScanText, now: Date, locale: 'en' | 'zh-CN', timeZone?: string): DueDecision {
  const options = { now, locale, ...(timeZone ? { timeZone } : {}) };
  const found = findDueInText(text.rawSubject, options) ?? findDueInText(text.rawLatest, options);
  if (found) {
    const due = found.time ? { date: found.date, time: found.time } : { date: found.date };
    return { due, reason: { dimension: 'due', value: found.date, code: 'date-in-text', detail: found.matched } };
  }
  // A follow-up is rarely for today, and one due on a Saturday just sits overdue until Monday.
  const date = nextBusinessDay(todayLocal(now, timeZone));
  return { due: { date }, reason: { dimension: 'due', value: date, code: 'default-offset', detail: 'next business day' } };
}
