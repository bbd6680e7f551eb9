/**
 * The deadline an email sets for the follow-up, English and Simplified Chinese, through
 * chrono-node plus the week phrases of deadline-parsers.ts.
 *
 * Mail is full of dates that are not deadlines: specifications ("600x600 mm … January and March
 * 2027"), references and amounts, and sentences about the past ("14 days past its due date",
 * "on 3 November we shipped"). So a date counts only when it is introduced as a deadline ("by",
 * "before", "until", "due", "within", 截止, 请于, …前, …内) or is itself relative ("next Tuesday",
 * "tomorrow", "this week", 下周三, 月底). Relative phrases count from the day the email was sent;
 * a date before that day is about the past and is dropped.
 */
import * as chrono from 'chrono-node';
import { addDays, compareDates, daysBetween, formatTime, fromParts, toParts, type LocalDate, type LocalTime } from '../dates/local-date';
import { chineseMonthEndParser, englishEndOfWeekParser, englishMonthEndParser } from '../dates/month-end-parsers';
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
}

const MAX_PARSE_CHARS = 5_000;
/** Further ahead than this, a "date" in mail is a code, a warranty or a contract term. */
const MAX_DAYS_AHEAD = 400;
/** A year-less date this far before the sending is next year's ("by 10 January" sent in December). */
const ROLL_OVER_DAYS = 60;
const CJK = /[\u3400-\u9fff]/u;
const EN_CUE = /(?:^|[^\p{L}])(?:by|before|until|till|due(?:\s+(?:on|by|date\s+is))?|deadline(?:\s+is)?|no\s+later\s+than|not\s+later\s+than|latest|expires?\s+on|(?:scheduled|planned|booked)\s+for|expected\s+(?:on|by))\s+(?:the\s+)?(?:on\s+)?$/iu;
/** A clause told in the past ("got the samples today", 已经转过去了, 上周四说好周一前): its dates are not new deadlines. */
const PAST_CLAUSE =
  /(?<![\p{L}])(?:was|were|had|did|got|received|arrived|shipped|paid|bought|ordered|agreed|promised|yesterday|last\s+week)(?![\p{L}])|已经|已|了(?=[，。,！!？?\s]|$)|上周|昨天|前天|说好|答应/iu;
/** Past time words in a clause: a bare weekday there is the one before, not the one after. */
const PAST_TIME = /(?<![\p{L}])(?:yesterday|last\s+week|ago)(?![\p{L}])|上周|昨天|前天/iu;
/** Words right before a date that put it in the past: "since Tuesday's update", "last Friday". */
const PAST_BEFORE = /(?:^|[^\p{L}])(?:since|last|ago)\s+$/iu;
const ZH_CUE = /(?:截止|截至|最晚|最迟|务必|请于|请在|须在|需在|需于|须于|要在|务必在)(?:到|于|在)?\s*$/u;
const ZH_AFTER = /^\s*(?:之前|以前|前|内|之内|为止)/u;
const RELATIVE =
  /(?:^|[^\p{L}])(?:today|tonight|tomorrow|next|this|coming|end|eod|cob|eow|eom|within|in\s+(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen)\s|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)|今天|明天|后天|下周|本周|这周|周[一二三四五六日天]|星期|礼拜|月底|月末|年底|天内|日内|工作日/iu;
/** Words right after a date that put it in the past: "14 days past", "two weeks ago", "overdue". */
const PAST_AFTER = /^\s*(?:past|ago|overdue|late|earlier|before\s+(?:that|then)|behind)(?![\p{L}])|^\s*(?:前|以前|之前)?(?:已|已经|就已)/iu;

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
  if (typeof text !== 'string' || text.trim() === '') return null;
  const source = text.slice(0, MAX_PARSE_CHARS);
  const candidates = collect(source, options).filter((c) => keep(c, source, options.sent));
  // A deadline cue first, then a relative day; a bare "today" only when nothing else is named.
  const best = candidates.find((c) => c.cued) ?? candidates.find((c) => !TODAY_WORDS.test(c.matched)) ?? candidates[0];
  return best ? { date: best.date, ...(best.time ? { time: best.time } : {}), matched: best.matched } : null;
}

function keep(c: Candidate, source: string, sent: LocalDate): boolean {
  if (!c.cued && !c.relative) return false; // a bare date: a specification, a reference, history
  if (!c.cued && (c.pastClause || PAST_AFTER.test(source.slice(c.end, c.end + 16)) || PAST_BEFORE.test(source.slice(Math.max(0, c.index - 12), c.index)))) {
    return false;
  }
  if (compareDates(c.date, sent) < 0) return false; // about the past at the time of sending
  return daysBetween(sent, c.date) <= MAX_DAYS_AHEAD;
}

function collect(source: string, options: DeadlineOptions): Candidate[] {
  const { year, month, day } = toParts(options.sent);
  const reference = new Date(year, month - 1, day, options.sentTime?.hour ?? 9, options.sentTime?.minute ?? 0);
  const own = weekPhrases(source, options.sent).map((p) => toCandidate(source, p.index, p.text, p.date, undefined, true));
  const results = [...englishChrono().parse(source, reference)];
  if (CJK.test(source)) results.push(...chineseChrono().parse(source, reference));
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
  if (weekdayOnly && compareDates(date, sent) < 0 && !PAST_TIME.test(clause)) date = addDays(date, 7);
  if (!s.isCertain('year') && !weekdayOnly && daysBetween(date, sent) > ROLL_OVER_DAYS) date = fromParts(y + 1, m, d);
  const hour = s.get('hour');
  const time = s.isCertain('hour') && hour != null ? formatTime(hour, s.get('minute') ?? 0) : undefined;
  return toCandidate(source, r.index, r.text, date, time, false);
}

function toCandidate(source: string, index: number, text: string, date: LocalDate, time: LocalTime | undefined, relative: boolean): Candidate {
  const before = source.slice(Math.max(0, index - 24), index);
  const end = index + text.length;
  const after = source.slice(end, end + 4);
  let matched = text;
  let cued = /(?:之前|以前|前|内)$/u.test(text) || /^within\s/iu.test(text);
  const cue = EN_CUE.exec(before) ?? (CJK.test(text) ? ZH_CUE.exec(before) : null);
  if (cue) {
    matched = before.slice(cue.index).replace(/^[^\p{L}\u3400-\u9fff]+/u, '') + matched;
    cued = true;
  }
  const zhAfter = CJK.test(text) ? ZH_AFTER.exec(after) : null;
  if (zhAfter) {
    matched += zhAfter[0].trim();
    cued = true;
  }
  const tidy = matched.replace(/\s+/gu, ' ').trim().replace(/[\s,.;:!?，。；：！？、]+$/u, '');
  const pastClause = PAST_CLAUSE.test(clauseAt(source, index));
  return { date, ...(time ? { time } : {}), matched: tidy || text, index, end, cued, relative: relative || RELATIVE.test(text), pastClause };
}

/** The clause (between commas, sentence ends or line breaks) around `index`. */
function clauseAt(source: string, index: number): string {
  const stops = /[,.;!?\n，。；！？]/u;
  let start = index;
  while (start > 0 && !stops.test(source[start - 1] ?? '')) start--;
  let end = index;
  while (end < source.length && !stops.test(source[end] ?? '')) end++;
  return source.slice(start, end + 1);
}

function englishChrono(): chrono.Chrono {
  if (!english) {
    english = chrono.en.casual.clone();
    english.parsers.push(englishMonthEndParser, englishEndOfWeekParser);
  }
  return english;
}

function chineseChrono(): chrono.Chrono {
  if (!chinese) {
    chinese = chrono.zh.hans.casual.clone();
    chinese.parsers.push(chineseMonthEndParser);
  }
  return chinese;
}
