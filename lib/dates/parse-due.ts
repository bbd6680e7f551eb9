/**
 * Natural-language due dates, English and Simplified Chinese, through chrono-node.
 *
 * Two entry points with different tolerance:
 * - parseDue: what the user typed in the quick-create panel. Anything chrono understands counts,
 *   including a bare time ("5pm" → today or tomorrow at 17:00).
 * - findDueInText: a date mentioned in an email or a CRM record. Mail is full of things that
 *   look like dates and are not deadlines ("we sat down", "Sun Microsystems", "1/2 of the team",
 *   the date in a quoted reply), so it keeps only clear, future, day-level dates and prefers one
 *   introduced as a deadline ("by Friday", "月底前").
 *
 * Results are calendar dates in the user's zone: chrono works on the runtime's local fields, so
 * it is given a reference Date whose local fields equal the user's wall clock.
 */
import * as chrono from 'chrono-node';
import { compareDates, daysBetween, formatTime, fromParts, type LocalDate, type LocalTime } from './local-date';
import { wallClock } from './today';
import { chineseMonthEndParser, englishEndOfWeekParser, englishMonthEndParser } from './month-end-parsers';

export interface ParsedDue {
  date: LocalDate;
  /** Only when the text names a time of day; date-only results have none. */
  time?: LocalTime;
  /** The phrase that gave the date, e.g. "by Friday", "月底前". */
  matched: string;
}

export interface ParseDueOptions {
  now?: Date;
  locale?: 'en' | 'zh-CN';
  /** IANA zone of the user; default the runtime's zone. */
  timeZone?: string;
}

interface Candidate extends ParsedDue {
  index: number;
  /** Introduced as a deadline: "by/before/until/due …", "…前", "截止…". */
  deadline: boolean;
  /** chrono knew the day or weekday (not just a time, a month, or "next month"). */
  dayLevel: boolean;
  timeOnly: boolean;
}

/** Text scanned at most; a deadline worth suggesting sits near the top of a message. */
const MAX_PARSE_CHARS = 5_000;
/** Beyond this a "date" in mail is more likely a code or a year in a signature than a deadline. */
const MAX_DAYS_AHEAD = 730;
const CJK = /[\u3400-\u9fff]/u;
const EN_CUE_BEFORE = /(?:^|[^\p{L}])(?:by|before|until|till|due(?:\s+(?:on|by))?|deadline(?:\s+is)?|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$/iu;
const ZH_CUE_BEFORE = /(?:截止|截至|最晚|最迟|务必|请于|请在|须在|需在)(?:到|于|在)?\s*$/u;
const ZH_CUE_AFTER = /^\s*(?:之前|以前|前)/u;
const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/iu;
const BARE_NUMERIC_DATE = /^\d{1,2}[/.-]\d{1,2}$/u;
const NOW_WORDS = /^(?:right\s+)?now$/iu;

let englishParser: chrono.Chrono | undefined;
let chineseParser: chrono.Chrono | undefined;

/** The first date in text the user typed, or null. */
export function parseDue(text: string, options: ParseDueOptions = {}): ParsedDue | null {
  const first = collect(text, options)[0];
  return first ? strip(first) : null;
}

/** The most likely deadline mentioned in an email or record text, or null (see the file comment). */
export function findDueInText(text: string, options: ParseDueOptions = {}): ParsedDue | null {
  const today = wallClock(options.now ?? new Date(), options.timeZone).date;
  const plausible = collect(text, options).filter((c) => isPlausibleDeadline(c, today));
  const best = plausible.find((c) => c.deadline) ?? plausible[0];
  return best ? strip(best) : null;
}

function isPlausibleDeadline(c: Candidate, today: LocalDate): boolean {
  const phrase = c.matched.trim();
  if (c.timeOnly || !c.dayLevel) return false;
  if (NOW_WORDS.test(phrase)) return false;
  if (BARE_WEEKDAY_ABBREVIATION.test(phrase)) return false; // "sat", "Sun Microsystems"
  if (BARE_NUMERIC_DATE.test(phrase) && !c.deadline) return false; // "1/2 of the team"
  if (compareDates(c.date, today) < 0) return false; // a quoted or historical date
  return daysBetween(today, c.date) <= MAX_DAYS_AHEAD;
}

function collect(text: string, options: ParseDueOptions): Candidate[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const source = text.length > MAX_PARSE_CHARS ? text.slice(0, MAX_PARSE_CHARS) : text;
  const clock = wallClock(options.now ?? new Date(), options.timeZone);
  // A Date whose *runtime-local* fields are the user's wall clock (see the file comment).
  const reference = new Date(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const results: chrono.ParsedResult[] = [];
  const parsingOptions = { forwardDate: true };
  const hasChinese = CJK.test(source);
  // Mixed-language mail is common, so both parsers run; the user's locale only orders ties.
  if (hasChinese && options.locale === 'zh-CN') results.push(...chineseChrono().parse(source, reference, parsingOptions));
  results.push(...englishChrono().parse(source, reference, parsingOptions));
  if (hasChinese && options.locale !== 'zh-CN') results.push(...chineseChrono().parse(source, reference, parsingOptions));
  const candidates = results.map((r) => toCandidate(r, source)).filter((c): c is Candidate => c !== null);
  // Stable sort: text order first, the locale's parser first at the same index.
  return candidates.sort((a, b) => a.index - b.index);
}

function toCandidate(result: chrono.ParsedResult, source: string): Candidate | null {
  const s = result.start;
  const year = s.get('year');
  const month = s.get('month');
  const day = s.get('day');
  if (year == null || month == null || day == null) return null;
  const date = fromParts(year, month, day);
  const hour = s.get('hour');
  const minute = s.get('minute') ?? 0;
  const timed = s.isCertain('hour') && hour != null;
  const { matched, deadline } = withDeadlineCue(source, result.index, result.text);
  return {
    date,
    ...(timed ? { time: formatTime(hour, minute) } : {}),
    matched,
    index: result.index,
    deadline,
    dayLevel: s.isCertain('day') || s.isCertain('weekday'),
    timeOnly: !s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month') && s.isCertain('hour'),
  };
}

/** Widens "Friday" to "by Friday" and "月底" to "月底前", and says whether such a cue was there. */
function withDeadlineCue(source: string, index: number, text: string): { matched: string; deadline: boolean } {
  const before = source.slice(Math.max(0, index - 24), index);
  const after = source.slice(index + text.length, index + text.length + 4);
  let matched = text;
  let deadline = /(?:之前|以前|前)$/u.test(text);
  const cue = EN_CUE_BEFORE.exec(before) ?? ZH_CUE_BEFORE.exec(before);
  if (cue) {
    // The English pattern starts on the character before "by"; drop it.
    matched = before.slice(cue.index).replace(/^[^\p{L}\u3400-\u9fff]+/u, '') + matched;
    deadline = true;
  }
  const zhAfter = ZH_CUE_AFTER.exec(after);
  if (zhAfter && CJK.test(text)) {
    matched += zhAfter[0].trim();
    deadline = true;
  }
  // chrono sometimes keeps the comma after a weekday ("Monday,"); it is no part of the phrase.
  const tidy = matched.replace(/\s+/gu, ' ').trim().replace(/[\s,.;:!?，。；：！？、]+$/u, '');
  return { matched: tidy || text, deadline };
}

function strip(c: Candidate): ParsedDue {
  return { date: c.date, ...(c.time ? { time: c.time } : {}), matched: c.matched };
}

function englishChrono(): chrono.Chrono {
  if (!englishParser) {
    englishParser = chrono.en.casual.clone();
    englishParser.parsers.push(englishMonthEndParser, englishEndOfWeekParser);
  }
  return englishParser;
}

function chineseChrono(): chrono.Chrono {
  if (!chineseParser) {
    chineseParser = chrono.zh.hans.casual.clone();
    chineseParser.parsers.push(chineseMonthEndParser);
  }
  return chineseParser;
}
