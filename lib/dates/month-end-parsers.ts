/**
 * chrono-node parsers for deadline phrases chrono does not know, in English and Chinese:
 * "month-end", "EOM", "end of week"/"EOW", 月底/月末 (本月底, 下个月底, 3月底, 月底前), 年底.
 *
 * chrono computes in the runtime's local time; parse-due.ts hands it a reference Date whose
 * local fields are the user's wall clock, so reading context.refDate's local fields is right.
 */
import type { Parser } from 'chrono-node';

type Ymd = { year: number; month: number; day: number };

const ZH_MONTH_NUMBERS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

function lastDayOfMonth(year: number, month: number): Ymd {
  // Day 0 of the following month; Date.UTC keeps this free of any zone.
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day };
}

/** "month end", "month-end", "EOM", with an optional "this"/"next" before it. */
export const englishMonthEndParser: Parser = {
  pattern: () => /(?<![\p{L}\p{N}])(?:(this|next)\s+)?(?:month[\s-]end|eom|end-of-month)(?![\p{L}\p{N}])/iu,
  extract: (context, match) => {
    const ref = context.refDate;
    const ahead = match[1]?.toLowerCase() === 'next' ? 1 : 0;
    const first = new Date(Date.UTC(ref.getFullYear(), ref.getMonth() + ahead, 1));
    return lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  },
};

/**
 * "end of (the|this) week", "EOW": the coming Friday, the end of the working week
 * (on a Saturday or Sunday that is next week's Friday; on a Friday it is today).
 */
export const englishEndOfWeekParser: Parser = {
  pattern: () => /(?<![\p{L}\p{N}])(?:end\s+of\s+(?:the\s+|this\s+)?(?:work\s*)?week|eow)(?![\p{L}\p{N}])/iu,
  extract: (context) => {
    const ref = context.refDate;
    const ahead = (5 - ref.getDay() + 7) % 7;
    const friday = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + ahead));
    return { year: friday.getUTCFullYear(), month: friday.getUTCMonth() + 1, day: friday.getUTCDate() };
  },
};

/**
 * 月底 / 月末 with an optional qualifier: 本月底, 这个月底, 下月底, 下个月底, 3月底, 三月底;
 * and 年底 / 年末 (December 31). A trailing 前/之前 belongs to the phrase ("月底前").
 * A named month already past this year means next year's ("3月底" said in May).
 */
export const chineseMonthEndParser: Parser = {
  pattern: () =>
    /(本|这个?|下个?|(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*)?(月|年)(底|末)(之前|以前|前)?/u,
  extract: (context, match) => {
    const ref = context.refDate;
    const year = ref.getFullYear();
    const refMonth = ref.getMonth() + 1;
    if (match[3] === '年') {
      // Only a bare or "本/这" qualified year-end; "下年底" / "3年底" are not phrases people use.
      if (match[1] && !/^(本|这个?)$/u.test(match[1])) return null;
      return { year, month: 12, day: 31 };
    }
    const qualifier = match[1] ?? '';
    if (qualifier.startsWith('下')) {
      const first = new Date(Date.UTC(year, refMonth, 1));
      return lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
    }
    const named = match[2];
    if (named) {
      const month = /^\d+$/u.test(named) ? Number(named) : ZH_MONTH_NUMBERS[named];
      if (!month || month < 1 || month > 12) return null;
      return lastDayOfMonth(month < refMonth ? year + 1 : year, month);
    }
    return lastDayOfMonth(year, refMonth);
  },
};
