// Runs under the four zones of scripts/test-timezones.ts: expectations are built as local wall
// clock times, so each zone checks the reader puts the shown time on the rep's own calendar.
import { describe, expect, it } from 'vitest';
import { readShownDate, shownAfter } from '@/lib/dates/shown-date';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** Sunday 6 December 2026, 19:40 on the rep's wall clock. */
const NOW = new Date(2026, 11, 6, 19, 40);
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const minute = (y: number, m: number, d: number, h: number, min: number) => ({ from: local(y, m, d, h, min), to: local(y, m, d, h, min) + MIN });
const wholeDay = (y: number, m: number, d: number) => ({ from: local(y, m, d), to: local(y, m, d + 1) });
const read = (text: string) => readShownDate(text, NOW);

describe('readShownDate: full dates (title attributes)', () => {
  it('reads Gmail and Outlook titles in English', () => {
    expect(read('Thu, Dec 3, 2026, 10:32 AM')).toEqual(minute(2026, 12, 3, 10, 32));
    expect(read('Thu 12/3/2026 10:32 PM')).toEqual(minute(2026, 12, 3, 22, 32));
    expect(read('December 3, 2026 at 12:05 AM')).toEqual(minute(2026, 12, 3, 0, 5));
    expect(read('3 Dec 2026, 09:15')).toEqual(minute(2026, 12, 3, 9, 15));
    expect(read('Wed 19/06/2024 14:02')).toEqual(minute(2024, 6, 19, 14, 2));
    expect(read('03.12.2026 09:15')).toEqual(minute(2026, 12, 3, 9, 15));
    expect(read('2026-12-03 16:20')).toEqual(minute(2026, 12, 3, 16, 20));
  });

  it('reads Chinese titles with 上午 / 下午 and weekdays', () => {
    expect(read('2026年12月3日周四 下午3:05')).toEqual(minute(2026, 12, 3, 15, 5));
    expect(read('2026年12月3日 上午10:32')).toEqual(minute(2026, 12, 3, 10, 32));
    expect(read('2026/12/3 周四 10:32')).toEqual(minute(2026, 12, 3, 10, 32));
    expect(read('2026年12月3日 晚上8:00')).toEqual(minute(2026, 12, 3, 20, 0));
  });

  it('reads a date without a time as the whole day', () => {
    expect(read('12/3/2026')).toEqual(wholeDay(2026, 12, 3));
    expect(read('2026年12月3日')).toEqual(wholeDay(2026, 12, 3));
  });
});

describe('readShownDate: what list rows show', () => {
  it('reads a bare time as today', () => {
    expect(read('10:32 AM')).toEqual(minute(2026, 12, 6, 10, 32));
    expect(read('16:05')).toEqual(minute(2026, 12, 6, 16, 5));
    expect(read('下午3:05')).toEqual(minute(2026, 12, 6, 15, 5));
    expect(read('10:32 AM (2 hours ago)')).toEqual(minute(2026, 12, 6, 10, 32));
  });

  it('reads a month and day as the latest such day, last year when it is still ahead', () => {
    expect(read('Dec 3')).toEqual(wholeDay(2026, 12, 3));
    expect(read('3 Dec')).toEqual(wholeDay(2026, 12, 3));
    expect(read('3月5日')).toEqual(wholeDay(2026, 3, 5));
    expect(read('12月24日')).toEqual(wholeDay(2025, 12, 24));
    expect(read('Dec 24')).toEqual(wholeDay(2025, 12, 24));
  });

  it('reads yesterday, today and weekdays of the past week', () => {
    expect(read('昨天')).toEqual(wholeDay(2026, 12, 5));
    expect(read('Yesterday')).toEqual(wholeDay(2026, 12, 5));
    expect(read('昨天 14:10')).toEqual(minute(2026, 12, 5, 14, 10));
    expect(read('Thu 10:32 AM')).toEqual(minute(2026, 12, 3, 10, 32));
    // Roundcube's list: "Fri 02:26", "Today 10:32", "今天 09:05".
    expect(read('Fri 02:26')).toEqual(minute(2026, 12, 4, 2, 26));
    expect(read('Today 10:32')).toEqual(minute(2026, 12, 6, 10, 32));
    expect(read('今天 09:05')).toEqual(minute(2026, 12, 6, 9, 5));
    expect(read('周四')).toEqual(wholeDay(2026, 12, 3));
    // Today (a Sunday) shows a time, so "Sun" is last week's.
    expect(read('Sun')).toEqual(wholeDay(2026, 11, 29));
  });

  it('reads relative times as the span they stand for', () => {
    expect(read('2 hours ago')).toEqual({ from: NOW.getTime() - 3 * HOUR, to: NOW.getTime() - 2 * HOUR + 1 });
    expect(read('an hour ago')).toEqual({ from: NOW.getTime() - 2 * HOUR, to: NOW.getTime() - HOUR + 1 });
    expect(read('5 minutes ago')).toEqual({ from: NOW.getTime() - 6 * MIN, to: NOW.getTime() - 5 * MIN + 1 });
    expect(read('2小时前')).toEqual({ from: NOW.getTime() - 3 * HOUR, to: NOW.getTime() - 2 * HOUR + 1 });
    expect(read('3天前')?.to).toBe(NOW.getTime() - 3 * 24 * HOUR + 1);
    expect(read('刚刚')?.to).toBe(NOW.getTime() + 1);
  });

  it('reads nothing from text that shows no date', () => {
    expect(read('')).toBeNull();
    expect(read(null as unknown as string)).toBeNull();
    expect(read('Pricing for Q1')).toBeNull();
    expect(read('2026-02-30')).toBeNull();
    expect(read('25:61')).toBeNull();
    // Far in the future: a misreading, not a reply.
    expect(read('Dec 3, 2027')).toBeNull();
  });
});

describe('shownAfter', () => {
  const createdAt = local(2026, 12, 3, 9, 0);

  it('is after only when every instant the text can mean is after the moment', () => {
    expect(shownAfter('Thu, Dec 3, 2026, 10:32 AM', createdAt, NOW)).toEqual({ at: local(2026, 12, 3, 10, 32) });
    expect(shownAfter('Dec 4', createdAt, NOW)).toEqual({ at: local(2026, 12, 4) });
    // The same day without a time may be before 09:00: not assumed.
    expect(shownAfter('Dec 3', createdAt, NOW)).toBeNull();
    expect(shownAfter('Thu, Dec 3, 2026, 8:59 AM', createdAt, NOW)).toBeNull();
    expect(shownAfter('Dec 2', createdAt, NOW)).toBeNull();
    expect(shownAfter('no date here', createdAt, NOW)).toBeNull();
  });

  it('compares relative times against the task', () => {
    const recent = NOW.getTime() - 30 * MIN;
    expect(shownAfter('2 hours ago', recent, NOW)).toBeNull();
    expect(shownAfter('2 hours ago', NOW.getTime() - 5 * HOUR, NOW)).not.toBeNull();
  });
});
