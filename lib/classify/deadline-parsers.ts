/**
 * Week- and day-level deadline phrases that chrono lacks or reads as a point in time rather
 * than a deadline: "this week" (its Friday), "next week" (its Monday, the earliest the follow-up
 * can be), "end of day"/"EOD"/"COB" (the same day), 本周内/这周 (Friday), 下周 without a weekday
 * (Monday), 今天内/今日 (the same day). Worked out on calendar dates, so no zone is involved.
 */
import { addBusinessDays, addDays, weekdayOf, type LocalDate } from '../dates/local-date';

export interface PhraseDate {
  index: number;
  text: string;
  date: LocalDate;
}

// EOD/COB followed by a day ("COB Thursday") is that day's end: chrono reads the day, and the
// cue in deadline.ts takes "by COB" with it.
const EN =
  /(?<![\p{L}\p{N}])(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(next|following)\s+week|(this|next)\s+week|(?:before|by)\s+the\s+weekend|within\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:business|working)\s+days?|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|close\s+of\s+business)(?!\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|\d)))(?![\p{L}\p{N}])/giu;
/** 三个工作日内: Chinese numerals as well as digits. */
const ZH_NUMBERS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ZH = /(本周|这周|这个星期|本星期|下周|下个?星期|今天|今日)(?![一二三四五六日天末1-7])(?:之内|内)?|(\d{1,2}|[一两二三四五六七八九十])\s*个工作日(?:之内|内)/gu;
/** "Today" is a weak deadline: mail says "got the samples today" as often as "fix it today". */
export const TODAY_WORDS = /^(?:today|今天|今日)/iu;

/** Days from `date` to this week's Friday (0 on Friday; at the weekend nothing of the week is left). */
function toFriday(date: LocalDate): number {
  const day = weekdayOf(date);
  return day === 6 || day === 0 ? 0 : 5 - day;
}

/** Days from `date` to next week's Monday. */
function toNextMonday(date: LocalDate): number {
  const day = weekdayOf(date);
  return day === 0 ? 1 : 8 - day;
}

export function weekPhrases(text: string, reference: LocalDate): PhraseDate[] {
  const out: PhraseDate[] = [];
  for (const m of text.matchAll(EN)) {
    if (m[3]) {
      out.push({ index: m.index, text: m[0], date: addBusinessDays(reference, NUMBER_WORDS[m[3].toLowerCase()] ?? Number(m[3])) });
      continue;
    }
    // "before the weekend" is this week's Friday, like "this week".
    const which = m[2]?.toLowerCase() ?? (/weekend$/iu.test(m[0]) ? 'this' : undefined);
    const days = m[1] ? toNextMonday(reference) + 4 : which === 'this' ? toFriday(reference) : which === 'next' ? toNextMonday(reference) : 0;
    out.push({ index: m.index, text: m[0], date: addDays(reference, days) });
  }
  for (const m of text.matchAll(ZH)) {
    if (m[2]) {
      out.push({ index: m.index, text: m[0], date: addBusinessDays(reference, ZH_NUMBERS[m[2]] ?? Number(m[2])) });
      continue;
    }
    const word = m[1] ?? '';
    const days = word.startsWith('下') ? toNextMonday(reference) : word.startsWith('今') ? 0 : toFriday(reference);
    out.push({ index: m.index, text: m[0], date: addDays(reference, days) });
  }
  return out;
}
