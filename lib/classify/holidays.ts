/**
 * The public holidays that "after the holiday" (节后, 年后, "after the holidays") points past,
 * for reading a follow-up date. Approximate by design: the break is modelled on the usual
 * official schedule (Spring Festival from its eve to the sixth day, National Day 1–7 October,
 * Labour Day 1–5 May, New Year's Day, the Mid-Autumn and Dragon Boat festivals' own day), and the day back is the next Monday-to-Friday after it.
 * Make-up working weekends are ignored; the rep can move the date, and the reason shows the phrase.
 */

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Chinese New Year's Day (正月初一) by Gregorian year. */
const SPRING_FESTIVAL: Readonly<Record<number, [number, number]>> = {
  2025: [1, 29], 2026: [2, 17], 2027: [2, 6], 2028: [1, 26], 2029: [2, 13], 2030: [2, 3], 2031: [1, 23], 2032: [2, 11],
};

/** The Mid-Autumn Festival (八月十五) and the Dragon Boat Festival (五月初五), by Gregorian year. */
const MID_AUTUMN: Readonly<Record<number, [number, number]>> = {
  2025: [10, 6], 2026: [9, 25], 2027: [9, 15], 2028: [10, 3], 2029: [9, 22], 2030: [9, 12], 2031: [10, 1], 2032: [9, 19],
};
const DRAGON_BOAT: Readonly<Record<number, [number, number]>> = {
  2025: [5, 31], 2026: [6, 19], 2027: [6, 9], 2028: [5, 28], 2029: [6, 16], 2030: [6, 5], 2031: [6, 24], 2032: [6, 12],
};

interface Break {
  name: 'spring' | 'national' | 'labour' | 'newyear' | 'midautumn' | 'dragonboat';
  first: Ymd;
  last: Ymd;
}

/** "节" alone looks this far ahead for the holiday meant; further off, it is about a past one. */
const GENERIC_LOOKAHEAD_DAYS = 30;
/** A holiday named (国庆前, 中秋前, 元旦前) is meant even a season ahead. */
const NAMED_LOOKAHEAD_DAYS = 100;
/** 年后 / 春节后 may be said two months before the Spring Festival. */
const SPRING_LOOKAHEAD_DAYS = 75;

function utc(v: Ymd): number {
  return Date.UTC(v.year, v.month - 1, v.day);
}

function shift(v: Ymd, days: number): Ymd {
  const d = new Date(utc(v) + days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function nextWorkday(v: Ymd): Ymd {
  let d = shift(v, 1);
  for (let wd = new Date(utc(d)).getUTCDay(); wd === 0 || wd === 6; wd = new Date(utc(d)).getUTCDay()) d = shift(d, 1);
  return d;
}

function breaksAround(year: number): Break[] {
  const out: Break[] = [];
  for (const y of [year, year + 1]) {
    const cny = SPRING_FESTIVAL[y];
    if (cny) {
      const day = { year: y, month: cny[0], day: cny[1] };
      out.push({ name: 'spring', first: shift(day, -1), last: shift(day, 6) });
    }
    // One-day festivals: their break starts on the day (the weekend around it is not modelled).
    for (const [name, table] of [['midautumn', MID_AUTUMN], ['dragonboat', DRAGON_BOAT]] as const) {
      const d = table[y];
      if (d) out.push({ name, first: { year: y, month: d[0], day: d[1] }, last: { year: y, month: d[0], day: d[1] } });
    }
    out.push({ name: 'newyear', first: { year: y, month: 1, day: 1 }, last: { year: y, month: 1, day: 1 } });
    out.push({ name: 'labour', first: { year: y, month: 5, day: 1 }, last: { year: y, month: 5, day: 5 } });
    out.push({ name: 'national', first: { year: y, month: 10, day: 1 }, last: { year: y, month: 10, day: 7 } });
  }
  return out.sort((a, b) => utc(a.first) - utc(b.first));
}

const NAMED: Record<string, Break['name']> = {
  春节: 'spring', 过年: 'spring', 年: 'spring', 国庆: 'national', 国庆节: 'national', 五一: 'labour', 劳动节: 'labour', 元旦: 'newyear',
  中秋: 'midautumn', 中秋节: 'midautumn', 端午: 'dragonboat', 端午节: 'dragonboat',
};

/**
 * The first working day after the holiday `word` names (春节, 国庆, 五一, 元旦, 年 = the Spring
 * Festival; 节/假期/'' = the nearest one), counted from `ref`; null when none is near enough.
 */
export function firstWorkdayAfterHoliday(ref: Ymd, word: string): Ymd | null {
  const found = holidayMeant(ref, word, false);
  return found ? nextWorkday(found.last) : null;
}

/** The last working day before the break of the holiday `word` names (年前, 节前, 春节前). */
export function lastWorkdayBeforeHoliday(ref: Ymd, word: string): Ymd | null {
  const found = holidayMeant(ref, word, true);
  if (!found) return null;
  let d = shift(found.first, -1);
  for (let wd = new Date(utc(d)).getUTCDay(); wd === 0 || wd === 6; wd = new Date(utc(d)).getUTCDay()) d = shift(d, -1);
  return utc(d) >= utc(ref) ? d : ref;
}

/** The next break of the named holiday (or the nearest one), if it is near enough to be meant. */
function holidayMeant(ref: Ymd, word: string, beforeIt: boolean): Break | undefined {
  const named = NAMED[word];
  const lookahead = named === 'spring' ? SPRING_LOOKAHEAD_DAYS : named ? NAMED_LOOKAHEAD_DAYS : GENERIC_LOOKAHEAD_DAYS;
  const now = utc(ref);
  return breaksAround(ref.year).find((b) => {
    if (named && b.name !== named) return false;
    if (utc(beforeIt ? b.first : b.last) < now) return false; // already begun / over
    return (utc(b.first) - now) / 86_400_000 <= lookahead;
  });
}

/** "After the holidays" written in December: the first working day after New Year's Day. */
export function firstWorkdayAfterNewYear(ref: Ymd): Ymd | null {
  if (ref.month !== 12) return null;
  return nextWorkday({ year: ref.year + 1, month: 1, day: 1 });
}
