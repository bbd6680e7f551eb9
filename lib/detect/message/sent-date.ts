// When an email was sent, as its page shows it: "Fri, 4 Dec 2026 10:26", "Dec 4, 2026, 10:26 AM",
// "2026-12-04 10:26", "12/4/2026", "2026年12月4日 (星期五) 上午10:26", "Today 10:26", "昨天 09:12".
// The classifier counts relative deadlines ("by Friday", "下周三") from this day, not from the
// day the rep clicks. A date without a year ("Dec 4" in a list row) is not read: guessing the
// year would be wrong across New Year, and a wrong sent date moves every relative deadline.

import { addDays, daysInMonth, fromParts, isValidLocalDate, weekdayOf, type LocalDate } from '../../dates/local-date';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?';

/** Each way of writing a full date, with how to read year, month and day from its groups. */
const FORMATS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [number, number, number]]> = [
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [new RegExp(`${DAY}\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i'), (m) => [+m[3]!, monthOf(m[2]!), +m[1]!]],
  [new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'i'), (m) => [+m[3]!, monthOf(m[1]!), +m[2]!]],
  // 04.12.2024: day first wherever dots are written (de, ru, …).
  [/(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
];
/** 12/4/2026: month first on an American page, day first elsewhere (en-GB, fr, es…); a first
 *  number above 12 can only be a day, a second one above 12 too. */
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/** Days the page names instead of a date, relative to the day it is read. */
const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  // (No \b after a Chinese word: there is no word boundary between ideographs and a space.)
  [/^(?:(?:today|heute|aujourd'hui|hoy)\b|今天|今日)/i, 0],
  [/^(?:(?:yesterday|gestern|hier|ayer)\b|昨天|昨日)/i, -1],
];

/** "Thu 21:12", "周四 21:12": mail of the last week, which Roundcube and others date by weekday. */
const WEEKDAY_TIME = /^(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+\d{1,2}:\d{2}|^(?:周|星期)([日天一二三四五六])\s*(?:上午|下午|晚上)?\s*\d{1,2}:\d{2}/i;
const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAYS_ZH = '日一二三四五六';

/** The latest day on or before `today` that falls on the weekday the text names. */
function lastWeekday(text: string, today: LocalDate): LocalDate | null {
  const m = WEEKDAY_TIME.exec(text);
  if (!m) return null;
  const wanted = m[1] ? WEEKDAYS_EN.indexOf(m[1].toLowerCase()) : WEEKDAYS_ZH.indexOf(m[2] === '天' ? '日' : m[2]!);
  const back = (weekdayOf(today) - wanted + 7) % 7;
  return addDays(today, -back);
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The first full date written in `text` (YYYY-MM-DD), or a "Today" / "昨天" / "Thu 21:12"
 *  relative to `today`. */
export function parseSentDate(text: string | null | undefined, today?: LocalDate, monthFirst = true): LocalDate | null {
  const value = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!value) return null;
  // A second number above 12 can only be a day: "11/30/2026" is month first on any page (an
  // en-GB UI showing a US-format date, as OWA does with the mailbox's own regional setting).
  const slashed: [RegExp, (m: RegExpExecArray) => [number, number, number]] = [SLASHED, (m) => ((monthFirst || +m[2]! > 12) && +m[1]! <= 12 ? [+m[3]!, +m[1]!, +m[2]!] : [+m[3]!, +m[2]!, +m[1]!])];
  for (const [pattern, read] of [...FORMATS, slashed]) {
    const m = pattern.exec(value);
    if (!m) continue;
    const [year, month, day] = read(m);
    // Feb 30 is no date: never let it roll over into March.
    if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    return fromParts(year, month, day);
  }
  if (today && isValidLocalDate(today)) {
    for (const [pattern, days] of RELATIVE) if (pattern.test(value)) return addDays(today, days);
    return lastWeekday(value, today);
  }
  return null;
}
