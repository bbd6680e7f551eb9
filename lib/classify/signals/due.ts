/**
 * Due date: a deadline set in the subject, then in the newest message (never the quoted
 * history, never the signature), counted from the day the email was sent. A deadline already
 * past becomes today, with that reason; no deadline → the rep's default offset in business days.
 */
import { addBusinessDays, compareDates, isValidLocalDate, type LocalDate } from '../../dates/local-date';
import { todayLocal, wallClock } from '../../dates/today';
import { isAutoReply } from '../auto-reply';
import { findCuedDeadline, type Deadline } from '../deadline';
import type { Reason } from '../types';
import type { ScanText } from '../scan-text';

export interface DueDecision {
  due: { date: string; time?: string };
  reason: Reason;
}

/** The shipped default of Settings.defaultDueOffsetDays: a follow-up is rarely for today. */
export const DEFAULT_DUE_OFFSET_DAYS = 1;

export interface DueContext {
  today: LocalDate;
  /** When the email was sent, as given by the page; default: today. */
  sentAt?: unknown;
  timeZone?: string | undefined;
  locale: 'en' | 'zh-CN';
  offsetDays?: number | undefined;
}

export function decideDue(text: ScanText, ctx: DueContext): DueDecision {
  const sent = sentMoment(ctx.sentAt, ctx.timeZone, ctx.today);
  const options = { sent: sent.date, ...(sent.time ? { sentTime: sent.time } : {}) };
  // An out-of-office reply's return date is not the rep's deadline.
  // The subject's deadline first — unless it only says when the topic happens ("Joint webinars
  // in the new year") and the message asks for something by a date of its own ("by Wednesday").
  const inSubject = isAutoReply(text) ? null : findCuedDeadline(text.rawSubject, options);
  const inBody = isAutoReply(text) || inSubject?.cued ? null : findCuedDeadline(text.rawLatest, options);
  const found = (inSubject && !(inBody?.cued && !inSubject.cued) ? inSubject : inBody)?.deadline;
  if (found) return fromDeadline(found, ctx.today, ctx.locale);
  return defaultDue(ctx.today, ctx.locale, ctx.offsetDays ?? DEFAULT_DUE_OFFSET_DAYS);
}

function fromDeadline(found: Deadline, today: LocalDate, locale: 'en' | 'zh-CN'): DueDecision {
  if (compareDates(found.date, today) < 0) {
    const detail = locale === 'zh-CN' ? `${found.matched}（${found.date}，已过）` : `${found.matched} (${found.date}, passed)`;
    return { due: { date: today }, reason: { dimension: 'due', value: today, code: 'deadline-passed', detail } };
  }
  const due = found.time ? { date: found.date, time: found.time } : { date: found.date };
  return { due, reason: { dimension: 'due', value: found.date, code: 'date-in-text', detail: found.matched } };
}

/**
 * The sending day in the user's zone. A bare "YYYY-MM-DD" is taken as it is; a date-time is
 * placed in the zone. Anything unreadable, or later than today (a wrong clock), counts as today.
 */
function sentMoment(
  sentAt: unknown,
  timeZone: string | undefined,
  today: LocalDate,
): { date: LocalDate; time?: { hour: number; minute: number } } {
  if (typeof sentAt === 'string' && sentAt.length <= 40) {
    if (isValidLocalDate(sentAt)) return { date: compareDates(sentAt, today) > 0 ? today : sentAt };
    const instant = new Date(sentAt);
    if (!Number.isNaN(instant.getTime())) {
      try {
        const clock = wallClock(instant, timeZone);
        if (compareDates(clock.date, today) <= 0) return { date: clock.date, time: { hour: clock.hour, minute: clock.minute } };
      } catch {
        // An unknown zone: fall through to today.
      }
    }
  }
  return { date: today };
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

/** Today in the user's zone, or the caller's own "today" when it is a valid date. */
export function resolveToday(today: unknown, now: Date, timeZone: string | undefined): LocalDate {
  if (isValidLocalDate(today)) return today;
  const derived = todayLocal(now, timeZone);
  return isValidLocalDate(derived) ? derived : new Date().toISOString().slice(0, 10);
}
