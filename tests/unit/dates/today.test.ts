import { describe, expect, it } from 'vitest';
import { addDays, isValidLocalDate } from '@/lib/dates/local-date';
import { isValidTimeZone, startOfLocalDay, todayLocal, wallClock } from '@/lib/dates/today';

// vitest runs every file in one process with one TZ, so zones are exercised through the
// explicit timeZone parameter, which is also how the product passes the user's zone.
const LA = 'America/Los_Angeles';
const SHANGHAI = 'Asia/Shanghai';
const KIRITIMATI = 'Pacific/Kiritimati'; // UTC+14: the first place on Earth to reach a new day
const LONDON = 'Europe/London';

describe('todayLocal', () => {
  it('gives each zone its own calendar date for the same instant', () => {
    const instant = new Date('2026-06-15T10:30:00Z');
    expect(todayLocal(instant, LA)).toBe('2026-06-15'); // 03:30 PDT
    expect(todayLocal(instant, SHANGHAI)).toBe('2026-06-15'); // 18:30
    expect(todayLocal(instant, KIRITIMATI)).toBe('2026-06-16'); // 00:30 next day
    expect(todayLocal(instant, LONDON)).toBe('2026-06-15');
  });

  it('rolls over at local midnight, not UTC midnight', () => {
    expect(todayLocal(new Date('2026-06-15T15:59:59Z'), SHANGHAI)).toBe('2026-06-15');
    expect(todayLocal(new Date('2026-06-15T16:00:00Z'), SHANGHAI)).toBe('2026-06-16');
    expect(todayLocal(new Date('2026-06-16T06:59:59Z'), LA)).toBe('2026-06-15');
    expect(todayLocal(new Date('2026-06-16T07:00:00Z'), LA)).toBe('2026-06-16');
    expect(todayLocal(new Date('2026-06-15T09:59:59Z'), KIRITIMATI)).toBe('2026-06-15');
    expect(todayLocal(new Date('2026-06-15T10:00:00Z'), KIRITIMATI)).toBe('2026-06-16');
  });

  it('is right on either side of the LA spring-forward (2026-03-08 02:00 PST → 03:00 PDT)', () => {
    expect(wallClock(new Date('2026-03-08T09:59:00Z'), LA)).toMatchObject({ date: '2026-03-08', time: '01:59' });
    expect(wallClock(new Date('2026-03-08T10:00:00Z'), LA)).toMatchObject({ date: '2026-03-08', time: '03:00' });
    // Midnight before and after: offsets −8 and −7.
    expect(todayLocal(new Date('2026-03-08T07:59:00Z'), LA)).toBe('2026-03-07');
    expect(todayLocal(new Date('2026-03-08T08:00:00Z'), LA)).toBe('2026-03-08');
    expect(todayLocal(new Date('2026-03-09T06:59:00Z'), LA)).toBe('2026-03-08');
    expect(todayLocal(new Date('2026-03-09T07:00:00Z'), LA)).toBe('2026-03-09');
  });

  it('is right on either side of the LA fall-back (2026-11-01 02:00 PDT → 01:00 PST)', () => {
    expect(wallClock(new Date('2026-11-01T08:30:00Z'), LA)).toMatchObject({ date: '2026-11-01', time: '01:30' });
    expect(wallClock(new Date('2026-11-01T09:30:00Z'), LA)).toMatchObject({ date: '2026-11-01', time: '01:30' });
    expect(todayLocal(new Date('2026-11-02T07:59:00Z'), LA)).toBe('2026-11-01');
    expect(todayLocal(new Date('2026-11-02T08:00:00Z'), LA)).toBe('2026-11-02');
  });

  it('is right on either side of the London spring-forward (2026-03-29 01:00 GMT → 02:00 BST)', () => {
    expect(wallClock(new Date('2026-03-29T00:59:00Z'), LONDON)).toMatchObject({ date: '2026-03-29', time: '00:59' });
    expect(wallClock(new Date('2026-03-29T01:00:00Z'), LONDON)).toMatchObject({ date: '2026-03-29', time: '02:00' });
    expect(todayLocal(new Date('2026-03-29T22:59:00Z'), LONDON)).toBe('2026-03-29');
    expect(todayLocal(new Date('2026-03-29T23:00:00Z'), LONDON)).toBe('2026-03-30'); // BST midnight
  });

  it('counts exactly one new date per local day through a DST change, hour by hour', () => {
    for (const zone of [LA, LONDON, SHANGHAI, KIRITIMATI]) {
      const dates: string[] = [];
      for (let h = 0; h < 24 * 40; h++) {
        const d = todayLocal(new Date(Date.UTC(2026, 2, 1) + h * 3_600_000), zone);
        if (dates.at(-1) !== d) dates.push(d);
      }
      for (let i = 1; i < dates.length; i++) expect(dates[i]).toBe(addDays(dates[i - 1]!, 1));
    }
  });

  it('a date-only due date keeps its calendar day when the user travels', () => {
    const due = '2026-03-09';
    const instant = new Date('2026-03-09T02:00:00Z');
    // Evening of the 8th in LA, already the 9th in Shanghai: the task is "tomorrow" in one and "today" in the other,
    // but the stored date itself never changes.
    expect(todayLocal(instant, LA)).toBe('2026-03-08');
    expect(todayLocal(instant, SHANGHAI)).toBe(due);
  });

  it('defaults to the runtime zone, and falls back to it for an unknown zone', () => {
    const instant = new Date('2026-06-15T10:30:00Z');
    const runtime = todayLocal(instant);
    expect(isValidLocalDate(runtime)).toBe(true);
    expect(todayLocal(instant, 'Mars/Olympus_Mons')).toBe(runtime);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone(KIRITIMATI)).toBe(true);
  });

  it('throws on an invalid Date', () => {
    expect(() => todayLocal(new Date(Number.NaN), LA)).toThrow(RangeError);
  });
});

describe('startOfLocalDay', () => {
  it('is the first instant of each date in the runtime zone, the inverse of todayLocal (run by test:tz in four zones)', () => {
    // Every day of two years, clock changes included.
    for (let date = '2026-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
      const start = startOfLocalDay(date);
      expect(todayLocal(new Date(start)), date).toBe(date);
      expect(todayLocal(new Date(start - 1)), date).toBe(addDays(date, -1));
    }
    // Years below 100 are not read as 19xx.
    expect(new Date(startOfLocalDay('0050-03-01')).getFullYear()).toBe(50);
  });
});
