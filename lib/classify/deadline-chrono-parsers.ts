/**
 * chrono-node parsers for deadline phrases chrono does not read, English and Chinese:
 * a weekday with an ordinal day ("Saturday the 19th", "18号（周五）"), a bare ordinal day
 * ("closes on the 15th", "15号前"), the start of next month ("early next month", 下月初),
 * quarters named as deadlines ("before the end of Q1", "by Q2", 二季度前, 一季度末) — a bare
 * "Q2" or 第二季度 is a time word, not a date, and is left alone — and the first working day
 * after a holiday (节后, 年后, "after the holidays").
 *
 * Each result is tagged: TAG_RELATIVE when the phrase is itself relative to the sending day
 * (so it counts without a cue, like "next Tuesday"); TAG_DAY_OF_MONTH when only the day is
 * named (it needs a cue such as "by"/前, and rolls to next month when the day has passed).
 * chrono computes in local time; deadline.ts hands it a reference whose local fields are the
 * wall clock of the sending, so reading refDate's local fields is right.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { firstWorkdayAfterHoliday, firstWorkdayAfterNewYear, lastWorkdayBeforeHoliday } from './holidays';

export const TAG_RELATIVE = 'tasklane/relative';
export const TAG_DAY_OF_MONTH = 'tasklane/day-of-month';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const EN_WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MONTH_AFTER = String.raw`(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|this\s+month|next\s+month)[a-z]*)`;

function ymdOf(date: Date): Ymd {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function fromUtc(year: number, month: number, day: number): Ymd {
  const d = new Date(Date.UTC(year, month - 1, day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function weekdayOfYmd(v: Ymd): number {
  return new Date(Date.UTC(v.year, v.month - 1, v.day)).getUTCDay();
}

function isValid(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First Monday-to-Friday on or after the date. */
function workdayFrom(v: Ymd): Ymd {
  const wd = weekdayOfYmd(v);
  return wd === 6 ? fromUtc(v.year, v.month, v.day + 2) : wd === 0 ? fromUtc(v.year, v.month, v.day + 1) : v;
}

function result(context: ParsingContext, v: Ymd, tag: string, implyMonth = false) {
  const c = context.createParsingComponents().assign('day', v.day);
  if (implyMonth) c.imply('month', v.month).imply('year', v.year);
  else c.assign('month', v.month).assign('year', v.year);
  return c.addTag(tag);
}

/**
 * Day `day` whose weekday is `weekday`, from the reference on, within three months; the
 * writer named both, so where they agree is the date meant. If they never agree, the day wins.
 */
function dayWithWeekday(ref: Date, day: number, weekday: number | undefined): Ymd | null {
  const today = ymdOf(ref);
  let fallback: Ymd | null = null;
  for (let ahead = 0; ahead < 3; ahead++) {
    const first = fromUtc(today.year, today.month + ahead, 1);
    if (!isValid(first.year, first.month, day)) continue;
    const v = { year: first.year, month: first.month, day };
    if (ahead === 0 && day < today.day) continue;
    if (weekday === undefined || weekdayOfYmd(v) === weekday) return v;
    fallback ??= v;
  }
  return fallback;
}

/** "Saturday the 19th", "Mon 14th", "Tuesday, the 15th" (a month name after it is chrono's own). */
export const englishWeekdayOrdinalParser: Parser = {
  pattern: () =>
    new RegExp(String.raw`(?<![\p{L}])(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])${MONTH_AFTER}`, 'iu'),
  extract: (context, match) => {
    const v = dayWithWeekday(context.refDate, Number(match[2]), EN_WEEKDAYS[(match[1] ?? '').toLowerCase()]);
    return v ? result(context, v, TAG_RELATIVE).assign('weekday', weekdayOfYmd(v)) : null;
  },
};

/** "the 15th" with no month: this month's 15th; deadline.ts rolls it on when a cue says so. */
export const englishOrdinalDayParser: Parser = {
  pattern: () => new RegExp(String.raw`(?<![\p{L}\p{N}])the\s+(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])${MONTH_AFTER}`, 'iu'),
  extract: (context, match) => {
    const ref = ymdOf(context.refDate);
    const day = Number(match[1]);
    return isValid(ref.year, ref.month, day) ? result(context, { ...ref, day }, TAG_DAY_OF_MONTH, true) : null;
  },
};

/** "early next month", "the beginning of next month", 下月初, 下个月初, 月初: its first working day. */
function startOfNextMonth(ref: Date): Ymd {
  const r = ymdOf(ref);
  return workdayFrom(fromUtc(r.year, r.month + 1, 1));
}

export const englishStartOfMonthParser: Parser = {
  pattern: () => /(?<![\p{L}])(?:early|(?:the\s+)?(?:beginning|start)\s+of|(?:the\s+)?first\s+week\s+of)\s+(?:the\s+)?next\s+month(?![\p{L}])/iu,
  extract: (context) => result(context, startOfNextMonth(context.refDate), TAG_RELATIVE),
};

export const chineseStartOfMonthParser: Parser = {
  // 月初 alone after the first days of a month means next month's.
  pattern: () => /(下个?|本|这个?)?(?<!年)月初/u,
  extract: (context, match) => {
    const ref = ymdOf(context.refDate);
    if (match[1] && !match[1].startsWith('下') && ref.day > 5) return null; // 本月初, already past
    if (!match[1] && ref.day <= 5) return result(context, workdayFrom(ref), TAG_RELATIVE);
    return result(context, startOfNextMonth(context.refDate), TAG_RELATIVE);
  },
};

function lastDayOfQuarter(year: number, quarter: number): Ymd {
  return fromUtc(year, quarter * 3 + 1, 0);
}

/** The quarter's deadline: its end, or (before/by Qn) the end of the quarter before it, never before the reference. */
function quarterDeadline(ref: Date, quarter: number, mode: 'end' | 'before'): Ymd {
  const r = ymdOf(ref);
  for (const year of [r.year, r.year + 1]) {
    const v = mode === 'end' ? lastDayOfQuarter(year, quarter) : fromUtc(year, (quarter - 1) * 3 + 1, 0);
    if (v.year * 10_000 + v.month * 100 + v.day >= r.year * 10_000 + r.month * 100 + r.day) return v;
  }
  return lastDayOfQuarter(r.year + 1, quarter);
}

const EN_ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "before Q2", "by Q2", "ahead of Q3" (the quarter before ends); "(by) the end of Q1", "Q1 end", "end of this quarter". */
export const englishQuarterParser: Parser = {
  pattern: () =>
    /(?<![\p{L}])(?:(before|by|ahead\s+of|prior\s+to)\s+(?:the\s+(?:start|beginning)\s+of\s+)?|(?:(?:by|before)\s+)?(?:the\s+)?(end)\s+of\s+)(?:(?:the\s+)?(first|second|third|fourth)\s+quarter|q([1-4])|(this|the|the\s+current)\s+quarter)(?![\p{L}\p{N}])|(?<![\p{L}])q([1-4])[\s-]+(end)(?![\p{L}])/iu,
  extract: (context, match) => {
    const current = Math.floor(context.refDate.getMonth() / 3) + 1;
    const named = match[3] ? EN_ORDINAL_QUARTER[match[3].toLowerCase()] : Number(match[4] ?? match[6] ?? 0) || undefined;
    const quarter = named ?? (match[5] ? current : undefined);
    if (!quarter) return null;
    // "by the end of this quarter" and "before this quarter['s end]" both mean its last day.
    const mode = match[2] || match[7] || (match[5] && !named) ? 'end' : 'before';
    return result(context, quarterDeadline(context.refDate, quarter, mode), TAG_RELATIVE);
  },
};

/** 二季度前, 第二季度之前, Q2前 (before it: the quarter before ends); 一季度末, 本季度内, 下季度末. */
export const chineseQuarterParser: Parser = {
  pattern: () => /(?:(本|这个?|下个?)季度|第?([一二三四1-4])季度|[Qq]([1-4]))(末|底|结束|内)?(?=(之前|以前|前)?)/u,
  extract: (context, match) => {
    const current = Math.floor(context.refDate.getMonth() / 3) + 1;
    const end = match[4];
    const before = match[5];
    if (!end && !before) return null; // 第二季度 alone: a time word, not a deadline
    const digit = match[2] ?? match[3];
    let quarter = digit ? (ZH_DIGITS[digit] ?? Number(digit)) : current;
    if (match[1]?.startsWith('下')) quarter = (current % 4) + 1;
    if (match[1] && !match[1].startsWith('下') && !end) return null; // 本季度前: not a phrase
    if (match[1]?.startsWith('下') && !end) return result(context, quarterDeadline(context.refDate, current, 'end'), TAG_RELATIVE);
    return result(context, quarterDeadline(context.refDate, quarter, end ? 'end' : 'before'), TAG_RELATIVE);
  },
};

/** 15号前, 本月18号（周五）, 下月5号: a day of the month (a month name before it is chrono's own). */
export const chineseDayOfMonthParser: Parser = {
  pattern: () =>
    /(?<![\d\p{N}月年])(?:(本|这个?|下个?)月)?(\d{1,2}\s*(?:号|日)|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])号)(?!\s*(?:楼|线|仓|门|馆|机|厅|车间|院|位|口|码|柜|库|台|店|窗|床|箱|桶|件|元|块))(?:\s*[（(]\s*(?:周|星期|礼拜)([一二三四五六日天])\s*[）)]|(?:周|星期|礼拜)([一二三四五六日天]))?/u,
  extract: (context, match) => {
    const raw = (match[2] ?? '').replace(/\s*(?:号|日)$/u, '');
    const day = /^\d+$/u.test(raw) ? Number(raw) : chineseNumber(raw);
    if (!day || day > 31) return null;
    const wdChar = match[3] ?? match[4];
    const weekday = wdChar ? ZH_WEEKDAYS[wdChar] : undefined;
    const ref = ymdOf(context.refDate);
    if (match[1]?.startsWith('下')) {
      const next = fromUtc(ref.year, ref.month + 1, 1);
      return isValid(next.year, next.month, day) ? result(context, { ...next, day }, TAG_RELATIVE) : null;
    }
    if (weekday !== undefined) {
      const v = dayWithWeekday(context.refDate, day, weekday);
      return v ? result(context, v, TAG_RELATIVE).assign('weekday', weekday) : null;
    }
    if (!isValid(ref.year, ref.month, day)) return null;
    return result(context, { ...ref, day }, match[1] ? TAG_RELATIVE : TAG_DAY_OF_MONTH, !match[1]);
  },
};

function chineseNumber(text: string): number {
  if (!text.includes('十')) return ZH_DIGITS[text] ?? 0;
  const [tens, ones] = text.split('十');
  return (tens ? (ZH_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (ZH_DIGITS[ones] ?? 0) : 0);
}

// "节" and "年" alone, but not the tail of 国庆节/春节/劳动节/中秋节/端午节 or of 明年/去年 ("明年后半年").
const ZH_HOLIDAY = String.raw`(春节|过年|国庆节?|五一|劳动节|元旦|中秋节?|端午节?|节假日|假期|(?<![庆春动秋午])节|(?<![去明今前后每半])年)`;

/** 节后, 年后, 国庆后, 放假回来…: the first working day after that holiday's break. */
export const chineseAfterHolidayParser: Parser = {
  pattern: () => new RegExp(`${ZH_HOLIDAY}(?:后|过后|以后|之后|回来|结束后)|过完年|收假后|放假回来|开工后`, 'u'),
  extract: (context, match) => {
    const v = firstWorkdayAfterHoliday(ymdOf(context.refDate), match[1] ?? '');
    return v ? result(context, v, TAG_RELATIVE) : null;
  },
};

const ZH_REQUEST = /^[^，。！？,.!?；;]*?(?:请|麻烦|能不能|能否|可否|务必|一定|给|把|发|付|结清|确认|回复|答复|安排|寄|签|完成)/u;

/** 年前, 节前, 春节前, 放假前: the last working day before that holiday's break (a cue in itself). */
export const chineseBeforeHolidayParser: Parser = {
  // 中秋节前两周, 春节前一周, 国庆前3天: that long before the break.
  pattern: () => new RegExp(`${ZH_HOLIDAY}(?:前|之前|以前)(?:(\\d{1,2}|[一两二三四五六七八九十])\\s*个?(周|星期|礼拜|天|日))?|放假(?:前|之前)`, 'u'),
  extract: (context, match) => {
    // "国庆前我们这边人手不够" times a state, not a request: only a clause asking for something counts.
    const rest = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 30);
    if (!ZH_REQUEST.test(rest)) return null;
    const v = lastWorkdayBeforeHoliday(ymdOf(context.refDate), match[1] ?? '');
    if (!v || !match[2]) return v ? result(context, v, TAG_RELATIVE) : null;
    const n = /^\d+$/u.test(match[2]) ? Number(match[2]) : (ZH_COUNT[match[2]] ?? 0);
    const days = match[3] === '天' || match[3] === '日' ? n : n * 7;
    // Counted back from the holiday's first day, and never before the sending.
    const first = fromUtc(v.year, v.month, v.day + 1);
    const back = fromUtc(first.year, first.month, first.day - days);
    const ref = ymdOf(context.refDate);
    const early = back.year * 10_000 + back.month * 100 + back.day < ref.year * 10_000 + ref.month * 100 + ref.day;
    return result(context, early ? ref : workdayBack(back), TAG_RELATIVE);
  },
};

/** The last Monday-to-Friday on or before the date. */
function workdayBack(v: Ymd): Ymd {
  const wd = weekdayOfYmd(v);
  return wd === 6 ? fromUtc(v.year, v.month, v.day - 1) : wd === 0 ? fromUtc(v.year, v.month, v.day - 2) : v;
}

const ZH_COUNT: Record<string, number> = { 两: 2, 俩: 2, 十: 10, ...ZH_DIGITS };

/** 两周内, 3天内, 一个星期之内: within that many days or weeks of the sending (a cue in itself). */
export const chineseWithinParser: Parser = {
  pattern: () => /(\d{1,2}|[一两俩二三四五六七八九十])\s*(?:个)?(天|日|周|星期|礼拜)(?:之内|以内|内)/u,
  extract: (context, match) => {
    const n = /^\d+$/u.test(match[1] ?? '') ? Number(match[1]) : (ZH_COUNT[match[1] ?? ''] ?? 0);
    if (!n) return null;
    const days = match[2] === '天' || match[2] === '日' ? n : n * 7;
    const r = ymdOf(context.refDate);
    return result(context, fromUtc(r.year, r.month, r.day + days), TAG_RELATIVE);
  },
};

/** "Friday week" (British): the Friday of next week. */
export const englishWeekdayWeekParser: Parser = {
  pattern: () => /(?<![\p{L}])(sun|mon|tue|wed|thu|fri|sat)[a-z]*\s+week(?![\p{L}])/iu,
  extract: (context, match) => {
    const weekday = EN_WEEKDAYS[(match[1] ?? '').toLowerCase()] ?? 0;
    const r = ymdOf(context.refDate);
    const ahead = ((weekday - context.refDate.getDay() + 7) % 7 || 7) + 7;
    return result(context, fromUtc(r.year, r.month, r.day + ahead), TAG_RELATIVE);
  },
};

/** "before Christmas", "by Christmas": Christmas Eve, the last day before it. */
export const englishBeforeChristmasParser: Parser = {
  pattern: () => /(?<![\p{L}])(?:before|by|ahead\s+of)\s+(?:christmas|xmas)(?![\p{L}])/iu,
  extract: (context) => {
    const r = ymdOf(context.refDate);
    const year = r.month === 12 && r.day > 24 ? r.year + 1 : r.year;
    return result(context, { year, month: 12, day: 24 }, TAG_RELATIVE);
  },
};

/** "after the holidays", "after Christmas", "in the new year", written in December. */
export const englishAfterHolidaysParser: Parser = {
  pattern: () =>
    /(?<![\p{L}])(?:(?:after|following)\s+(?:the\s+)?(?:christmas|xmas|holidays|holiday\s+season|festive\s+(?:season|break|period)|new\s+year(?:'s)?)|(?:early\s+)?in\s+the\s+new\s+year)(?![\p{L}])/iu,
  extract: (context) => {
    const v = firstWorkdayAfterNewYear(ymdOf(context.refDate));
    return v ? result(context, v, TAG_RELATIVE) : null;
  },
};
