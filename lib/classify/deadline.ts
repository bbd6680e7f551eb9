/**
 * The deadline an email sets for the follow-up, English and Simplified Chinese, through
 * chrono-node plus the week phrases of deadline-parsers.ts.
 *
 * Mail is full of dates that are not deadlines: specifications ("600x600 mm … January and March
 * 2027"), references and amounts, and sentences about the past ("14 days past its due date",
 * "on 3 November we shipped"). So a date counts only when it is introduced as a deadline ("by",
 * "before", "until", "due", "within", 截止, 请于, …前, …内) or is itself relative ("next Tuesday",
 * "tomorrow", "this week", 下周三, 月底). Relative phrases count from the day the email was sent;
 * a date before that day is about the past and is dropped. A date the sender gives for their own
 * availability, a weekend day named without a cue, and a delivery wish are not the rep's deadline
 * (deadline-context.ts has the words).
 */
import * as chrono from 'chrono-node';
import { addDays, compareDates, daysBetween, formatTime, fromParts, toParts, weekdayOf, type LocalDate, type LocalTime } from '../dates/local-date';
import { chineseMonthEndParser, englishEndOfWeekParser, englishMonthEndParser } from '../dates/month-end-parsers';
import {
  ASK, AVAILABILITY, DELIVERY, EN_CUE, FORWARD, HISTORY, INNER_CUE, MORNING_AFTER, NEXT_STEP, PAST_AFTER, PAST_BEFORE, PAST_CLAUSE, PAST_TIME, TODAY_MORNING,
  WITHIN, ZH_AFTER, ZH_CUE, ZH_DAY_PART, clauseAt, sentenceAt, toldInPastBefore,
} from './deadline-context';
import {
  TAG_DAY_OF_MONTH, TAG_RELATIVE, chineseAfterHolidayParser, chineseBeforeHolidayParser, chineseDayOfMonthParser,
  chineseQuarterParser, chineseStartOfMonthParser, chineseWithinParser, englishAfterHolidaysParser,
  englishBeforeChristmasParser, englishOrdinalDayParser, englishQuarterParser, englishStartOfMonthParser,
  englishWeekdayOrdinalParser, englishWeekdayWeekParser,
} from './deadline-chrono-parsers';
import { isSendersOwn, preferAsked } from './deadline-owner';
import { TODAY_WORDS, weekPhrases } from './deadline-parsers';

export interface Deadline {
  date: LocalDate;
  time?: LocalTime;
  /** The phrase, with its cue: "by Friday", "12月15日前". */
  matched: string;
}

interface Candidate extends Deadline {
  index: number;
  end: number;
  cued: boolean;
  relative: boolean;
  /** The clause around the date is told in the past. */
  pastClause: boolean;
  /** A weekday alone ("on Saturday"), no day of the month. */
  weekdayOnly: boolean;
  /** From chrono (not a week phrase of deadline-parsers.ts). */
  fromChrono: boolean;
}

const MAX_PARSE_CHARS = 5_000;
/** The sender's own plan: "we are replacing…", "so we can try…", 我们打算/准备/计划 — not their
 *  meeting or decision ("we're meeting on Monday"), which is when the rep hears back. */
const OWN_PLAN = /(?<![\p{L}])(?:we|i)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:are|am|'re|'m)\s+(?:\w+\s+)?(?!(?:meeting|deciding|discussing|reviewing|presenting|showing|signing|choosing|finali[sz]ing|comparing)(?![\p{L}]))\w+ing(?![\p{L}])|(?<![\p{L}])so\s+(?:that\s+)?(?:we|i)\s+can(?![\p{L}])|我们(?:打算|准备|计划|会在|将在)/iu;
/** Further ahead than this, a "date" in mail is a code, a warranty or a contract term. */
const MAX_DAYS_AHEAD = 400;
/** A year-less date this far before the sending is next year's ("by 10 January" sent in December). */
const ROLL_OVER_DAYS = 60;
const CJK = /[\u3400-\u9fff]/u;
const CLOCK = /\d{1,2}[:：]\d{2}/u;
const RELATIVE =
  /(?:^|[^\p{L}])(?:today|tonight|tomorrow|next|this|coming|end|eod|cob|eow|eom|within|in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen)\s|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)|今天|明天|后天|下周|本周|这周|周[一二三四五六日天]|星期|礼拜|月底|月末|年底|天内|日内|工作日/iu;

const RECURRING_BEFORE = /(?:每|\bevery\s+)$/iu;
const COUNT_AFTER = /^[次回遍趟]/u;

let english: chrono.Chrono | undefined;
let chinese: chrono.Chrono | undefined;

export interface DeadlineOptions {
  /** The day the email was sent (the reference of relative phrases). */
  sent: LocalDate;
  /** The wall-clock time of sending, when known. */
  sentTime?: { hour: number; minute: number };
}

/** The deadline the text sets, or null. The date may lie before today (the caller decides). */
export function findDeadline(text: string, options: DeadlineOptions): Deadline | null {
  const found = findCuedDeadline(text, options);
  return found ? found.deadline : null;
}

/** The deadline and whether it is said as one ("by", "before", 前) rather than only a time ("in the new year"). */
export function findCuedDeadline(text: string, options: DeadlineOptions): { deadline: Deadline; cued: boolean } | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const source = text.slice(0, MAX_PARSE_CHARS);
  // Whose date it is: not the sender's own promise (deadline-owner.ts). Two deadlines, one the
  // sender's own ("the payment will be released by the end of the month", 我们会在月底前付款) and
  // one asked of the rep ("please send a statement by Friday"): the follow-up is the ask. Without
  // an ask among them, every date stays in the running; the rep's step still wins over a third
  // party's closing date in the same sentence (投标截止12月22日，请贵司12月15日前提供).
  const kept = collect(source, options).filter((c) => keep(c, source, options.sent) && !isSendersOwn(c, source));
  // The rep's agreed next step in a note outranks both.
  const next = kept.filter((c) => NEXT_STEP.test(sentenceAt(source, c.index)));
  const asked = kept.filter((c) => ASK.test(sentenceAt(source, c.index)));
  // In one sentence the clause that asks wins over one about the sender's own deliberation
  // (领导这周在考虑，麻烦周四下班前…).
  const askedHere = asked.filter((c) => ASK.test(clauseAt(source, c.index)));
  // An ask with no date of its own beside the sender's own plan told as a statement ("We are
  // replacing our software in the new year. Could you set up a demo?", "…so we can try it on next
  // week's count"): the plan's time is theirs, not the rep's deadline.
  const dateless = asked.length === 0 && ASK.test(source) ? kept.filter((c) => c.cued || !OWN_PLAN.test(sentenceAt(source, c.index))) : kept;
  const candidates = next.length ? next : preferAsked(askedHere.length ? askedHere : asked.length ? asked : dateless, source);
  // A deadline cue first, then a relative day; a bare "today" only when nothing else is named.
  const best = candidates.find((c) => c.cued) ?? candidates.find((c) => !TODAY_WORDS.test(c.matched)) ?? candidates[0];
  return best ? { deadline: { date: best.date, ...(best.time ? { time: best.time } : {}), matched: best.matched }, cued: best.cued } : null;
}

function keep(c: Candidate, source: string, sent: LocalDate): boolean {
  if (!c.cued && !c.relative) return false; // a bare date: a specification, a reference, history
  const clause = clauseAt(source, c.index);
  if (!c.cued && ((c.pastClause && !NEXT_STEP.test(clause)) || PAST_AFTER.test(source.slice(c.end, c.end + 16)) || PAST_BEFORE.test(source.slice(Math.max(0, c.index - 12), c.index)))) {
    return false;
  }
  // "paid this morning", 一笔今天上午: an hour of the sending day already gone.
  if (!c.cued && (TODAY_MORNING.test(c.matched) || (TODAY_WORDS.test(c.matched) && MORNING_AFTER.test(source.slice(c.end, c.end + 10))))) return false;
  // The sender's availability ("I'm around Monday to Wednesday", 周六周日都在家) and a weekend
  // day named alone ("bring it in on Saturday") are the customer's time, not the rep's deadline.
  // A window is no deadline either ("Ben is free Tuesday or Wednesday afternoon next week",
  // 下周二或者周三下午都有空): the rep answers it by the default offset.
  if (!c.cued && AVAILABILITY.test(clause)) return false;
  // A frequency or a recurring day ("每周三次" is three times a week, 每周三 / "every Tuesday" any
  // week's): how often, not by when.
  if (!c.cued && (RECURRING_BEFORE.test(source.slice(Math.max(0, c.index - 6), c.index)) || COUNT_AFTER.test(source.slice(c.end, c.end + 2)))) return false;
  if (!c.cued && c.weekdayOnly && (weekdayOf(c.date) === 0 || weekdayOf(c.date) === 6)) return false;
  if (DELIVERY.test(clause)) return false; // a delivery wish, cued or not
  // A duration told as history ("you fixed it within a week last time", 上次三天内就修好了) is
  // not asked of the rep, unless the same clause asks for it again.
  if (WITHIN.test(c.matched) && (c.pastClause || HISTORY.test(clause)) && !FORWARD.test(clause)) return false;
  if (compareDates(c.date, sent) < 0) return false; // about the past at the time of sending
  // The message's own timestamp shown with its text ("Mon 11/30/2026 10:05 AM", 2026/12/2 周三
  // 10:15): the day it was sent beside a clock time, with no cue, is the sending, not a deadline.
  if (!c.cued && c.date === sent && !TODAY_WORDS.test(c.matched) && CLOCK.test(source.slice(Math.max(0, c.index - 16), c.end + 16))) return false;
  return daysBetween(sent, c.date) <= MAX_DAYS_AHEAD;
}

function collect(source: string, options: DeadlineOptions): Candidate[] {
  const { year, month, day } = toParts(options.sent);
  const reference = new Date(year, month - 1, day, options.sentTime?.hour ?? 9, options.sentTime?.minute ?? 0);
  const own = weekPhrases(source, options.sent).map((p) => toCandidate(source, p.index, p.text, p.date, undefined, true, false, false));
  const results = [...englishChrono().parse(source, reference)];
  if (CJK.test(source)) results.push(...chineseChrono().parse(source.replace(ZH_DAY_PART, (w) => ' '.repeat(w.length)), reference));
  const parsed = results
    .map((r) => fromChrono(r, source, options.sent))
    .filter((c): c is Candidate => c !== null)
    // The week phrases above read "next week" as a deadline; chrono's reading of the same words is not.
    .filter((c) => !own.some((o) => c.index < o.end && o.index < c.end));
  return [...own, ...parsed].sort((a, b) => a.index - b.index);
}

function fromChrono(r: chrono.ParsedResult, source: string, sent: LocalDate): Candidate | null {
  const s = r.start;
  const y = s.get('year');
  const m = s.get('month');
  const d = s.get('day');
  if (y == null || m == null || d == null) return null;
  const weekdayOnly = s.isCertain('weekday') && !s.isCertain('day');
  if (!s.isCertain('day') && !s.isCertain('weekday')) return null; // "March 2027", "next month"
  let date = fromParts(y, m, d);
  const clause = clauseAt(source, r.index);
  // chrono reads a bare weekday as this week's, even when it has passed: "by Friday" sent on a
  // Saturday means the next one — unless the clause is about last week.
  // "Call back Monday" written on a Monday is next week's Monday too (today is "today"), unless
  // it is the message's own timestamp ("周三 10:15").
  const sameDay = date === sent && !CJK.test(r.text) && !CLOCK.test(source.slice(Math.max(0, r.index - 16), r.index + r.text.length + 16));
  if (weekdayOnly && (compareDates(date, sent) < 0 || sameDay) && !PAST_TIME.test(clause)) date = addDays(date, 7);
  const dayOfMonth = r.tags().has(TAG_DAY_OF_MONTH);
  if (!s.isCertain('year') && !weekdayOnly && !dayOfMonth && daysBetween(date, sent) > ROLL_OVER_DAYS) date = fromParts(y + 1, m, d);
  const hour = s.get('hour');
  const time = s.isCertain('hour') && hour != null ? formatTime(hour, s.get('minute') ?? 0) : undefined;
  // The page's own words (a time of day blanked for the Chinese parser is put back).
  const c = toCandidate(source, r.index, source.slice(r.index, r.index + r.text.length), date, time, r.tags().has(TAG_RELATIVE), weekdayOnly);
  // "by the 5th" sent on the 20th is next month's 5th; "came on the 3rd" stays in the past.
  if (dayOfMonth && c.cued && compareDates(date, sent) < 0) {
    const next = new Date(Date.UTC(y, m, d));
    if (next.getUTCDate() === d) c.date = fromParts(next.getUTCFullYear(), next.getUTCMonth() + 1, d);
  }
  return c;
}

function toCandidate(
  source: string,
  index: number,
  text: string,
  date: LocalDate,
  time: LocalTime | undefined,
  relative: boolean,
  weekdayOnly: boolean,
  fromChrono = true,
): Candidate {
  const before = source.slice(Math.max(0, index - 24), index);
  const end = index + text.length;
  const after = source.slice(end, end + 8);
  let matched = text;
  let cued = INNER_CUE.test(text);
  // A date written with digits ("2026-12-11", "12/11") in a Chinese sentence takes the Chinese
  // cues around it: 请于2026-12-11之前.
  const inChinese = CJK.test(text) || CJK.test(before.slice(-4)) || CJK.test(after);
  const cue = EN_CUE.exec(before) ?? (inChinese ? ZH_CUE.exec(before) : null);
  if (cue) {
    matched = before.slice(cue.index).replace(/^[^\p{L}\u3400-\u9fff]+/u, '') + matched;
    cued = true;
  }
  const zhAfter = inChinese ? ZH_AFTER.exec(after) : null;
  if (zhAfter) {
    matched += zhAfter[0].trim();
    cued = true;
  }
  const tidy = matched.replace(/\s+/gu, ' ').trim().replace(/[\s,.;:!?，。；：！？、]+$/u, '');
  const pastClause = PAST_CLAUSE.test(clauseAt(source, index)) || toldInPastBefore(source, index);
  return {
    date, ...(time ? { time } : {}), matched: tidy || text, index, end, cued,
    relative: relative || RELATIVE.test(text), pastClause, weekdayOnly, fromChrono,
  };
}

function englishChrono(): chrono.Chrono {
  if (!english) {
    english = chrono.en.casual.clone();
    english.parsers.push(
      englishMonthEndParser, englishEndOfWeekParser, englishWeekdayOrdinalParser, englishOrdinalDayParser,
      englishStartOfMonthParser, englishQuarterParser, englishAfterHolidaysParser, englishWeekdayWeekParser,
      englishBeforeChristmasParser,
    );
  }
  return english;
}

function chineseChrono(): chrono.Chrono {
  if (!chinese) {
    chinese = chrono.zh.hans.casual.clone();
    chinese.parsers.push(
      chineseMonthEndParser, chineseDayOfMonthParser, chineseStartOfMonthParser, chineseQuarterParser, chineseAfterHolidayParser,
      chineseBeforeHolidayParser, chineseWithinParser,
    );
  }
  return chinese;
}
