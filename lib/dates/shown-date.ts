// Reads a date the way mail sites show one — "10:32 AM", "Dec 3", "3月5日", "昨天", "2 hours ago",
// "Thu 12/3/2026 10:32 AM", a title's "Thu, Dec 3, 2026, 10:32 AM" or "2026年12月3日 下午3:05" —
// as the span of instants it can mean, in the runtime's zone: a content script runs in the rep's
// browser, whose zone is the one the site renders its dates in. A time gives a one-minute span,
// a day alone the whole day, "2 hours ago" the hour before that. Callers compare spans, never
// guess: a span that may start before a moment is not "after" it.

/** [from, to) in epoch ms. */
export interface ShownSpan {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A date this far past now is a misreading (or a broken clock), never a reply. */
const FUTURE_SLACK = DAY;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ZH_WEEKDAYS = '日天一二三四五六';

const YMD = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
/** US order, as Gmail and Outlook in English write it: 12/3/2026, 12/3/26; a first number past
 *  12 can only be a day (Outlook in UK English: 19/06/2024). */
const MDY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;
/** European order with dots: 03.12.2026. */
const DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4})\\b)?`, 'i');
const ZH_MONTH_DAY = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const EN_WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
const ZH_WEEKDAY = /(?:周|星期|礼拜)([日天一二三四五六])/;
const TIME = /(上午|下午|中午|晚上|凌晨|早上)?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?\s*(m\b\.?)?/i;
const YESTERDAY = /\byesterday\b|昨天|昨日/i;
const TODAY = /\btoday\b|今天|今日/i;
const JUST_NOW = /\bjust now\b|\bnow\b|刚刚|刚才/i;
const AGO = /\b(\d+|an?|one)\s*(min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?)\s+ago\b/i;
const ZH_AGO = /(\d+)\s*(分钟|小时|个小时|天|周|星期)前/;

const UNIT: Record<string, number> = { min: MINUTE, hou: HOUR, hrs: HOUR, hr: HOUR, day: DAY, wee: 7 * DAY, wks: 7 * DAY, wk: 7 * DAY, 分钟: MINUTE, 小时: HOUR, 个小时: HOUR, 天: DAY, 周: 7 * DAY, 星期: 7 * DAY };

interface Day {
  year: number;
  month: number; // 1–12
  day: number;
}

const localDay = (at: Date): Day => ({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() });
const startOf = (d: Day) => new Date(d.year, d.month - 1, d.day).getTime();
const shift = (d: Day, days: number): Day => localDay(new Date(d.year, d.month - 1, d.day + days, 12));
const real = (d: Day) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= new Date(d.year, d.month, 0).getDate();

/** A month and day without a year: the latest such day not after today. */
function latest(month: number, day: number, today: Day): Day {
  const thisYear = { year: today.year, month, day };
  return month > today.month || (month === today.month && day > today.day) ? { ...thisYear, year: today.year - 1 } : thisYear;
}

function relative(text: string, now: number): ShownSpan | null {
  const ago = AGO.exec(text) ?? ZH_AGO.exec(text);
  if (ago) {
    const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : 1;
    const unitKey = Object.keys(UNIT).find((key) => ago[2]!.toLowerCase().startsWith(key));
    const unit = unitKey ? UNIT[unitKey]! : MINUTE;
    // "2 hours ago" is shown from two hours until three: the message is in the hour before.
    return { from: now - (n + 1) * unit, to: now - n * unit + 1 };
  }
  if (JUST_NOW.test(text) && !TIME.test(text)) return { from: now - 2 * MINUTE, to: now + 1 };
  return null;
}

/** The calendar day the text names, or null when it names none (a bare time means today). */
function dayOf(text: string, today: Day): Day | null | 'none' {
  let m = YMD.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = MDY.exec(text);
  if (m) {
    const year = Number(m[3]);
    const [first, second] = [Number(m[1]), Number(m[2])];
    const dayFirst = first > 12;
    return { year: year < 100 ? 2000 + year : year, month: dayFirst ? second : first, day: dayFirst ? first : second };
  }
  m = DMY.exec(text);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = MONTH_DAY.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    return m[3] ? { year: Number(m[3]), month, day: Number(m[2]) } : latest(month, Number(m[2]), today);
  }
  m = DAY_MONTH.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return m[3] ? { year: Number(m[3]), month, day: Number(m[1]) } : latest(month, Number(m[1]), today);
  }
  m = ZH_MONTH_DAY.exec(text);
  if (m) return latest(Number(m[1]), Number(m[2]), today);
  if (YESTERDAY.test(text)) return shift(today, -1);
  if (TODAY.test(text)) return today;
  // A weekday alone (Outlook's "Thu 10:32 AM" for this week): the last such day before today.
  const weekday = weekdayOf(text);
  if (weekday !== null) {
    const back = (new Date(startOf(today)).getDay() - weekday + 7) % 7 || 7;
    return shift(today, -back);
  }
  return 'none';
}

function weekdayOf(text: string): number | null {
  const en = EN_WEEKDAY.exec(text);
  if (en) return EN_WEEKDAYS.indexOf(en[1]!.toLowerCase());
  const zh = ZH_WEEKDAY.exec(text);
  if (!zh) return null;
  // 日 and 天 are both Sunday; 一 … 六 are Monday … Saturday.
  const index = ZH_WEEKDAYS.indexOf(zh[1]!);
  return index <= 1 ? 0 : index - 1;
}

/** Hours and minutes of a time in the text, 24-hour, or null. */
function timeOf(text: string): { hour: number; minute: number } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return null;
  const pm = m[4] && m[5] ? m[4].toLowerCase() === 'p' : null;
  if (pm !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (m[1] && hour < 12 && /下午|晚上/.test(m[1])) hour += 12;
  else if (m[1] === '中午' && hour < 11) hour += 12;
  else if (m[1] && /上午|凌晨|早上/.test(m[1]) && hour === 12) hour = 0;
  return { hour, minute };
}

/** The span `text` can mean, read at `now` in the runtime's zone; null when it shows no date. */
export function readShownDate(text: string | null | undefined, now: Date = new Date()): ShownSpan | null {
  const clean = (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!clean) return null;
  const at = now.getTime();
  const today = localDay(now);
  const day = dayOf(clean, today);
  const time = timeOf(clean);
  let span: ShownSpan | null;
  if (day === 'none') {
    if (time) {
      const t = new Date(today.year, today.month - 1, today.day, time.hour, time.minute).getTime();
      span = { from: t, to: t + MINUTE };
    } else span = relative(clean, at);
  } else if (!day || !real(day)) span = null;
  else if (time) {
    const t = new Date(day.year, day.month - 1, day.day, time.hour, time.minute).getTime();
    span = { from: t, to: t + MINUTE };
  } else span = { from: startOf(day), to: startOf(shift(day, 1)) };
  return span && span.from <= at + FUTURE_SLACK ? span : null;
}

/** True only when every instant the text can mean is after `since`: "Dec 3" is not after a
 *  moment on Dec 3. */
export function shownAfter(text: string | null | undefined, since: number, now: Date = new Date()): { at: number } | null {
  const span = readShownDate(text, now);
  return span && span.from > since ? { at: span.from } : null;
}
