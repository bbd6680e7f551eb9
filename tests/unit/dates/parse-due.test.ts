import { describe, expect, it } from 'vitest';
import { findDueInText, parseDue } from '@/lib/dates/parse-due';

const SHANGHAI = 'Asia/Shanghai';
const LA = 'America/Los_Angeles';
// Wednesday 2026-03-04, 10:00 in Shanghai.
const WED = { now: new Date('2026-03-04T02:00:00Z'), timeZone: SHANGHAI };

describe('parseDue — English', () => {
  it.each([
    ['tomorrow', '2026-03-05', 'tomorrow'],
    ['next Tuesday', '2026-03-10', 'next Tuesday'],
    ['by Friday', '2026-03-06', 'by Friday'],
    ['Friday', '2026-03-06', 'Friday'],
    ['Monday', '2026-03-09', 'Monday'], // forward: the coming Monday, not the past one
    ['end of month', '2026-03-31', 'end of month'],
    ['by the end of the month', '2026-03-31', 'by the end of the month'],
    ['by month-end', '2026-03-31', 'by month-end'],
    ['EOM', '2026-03-31', 'EOM'],
    ['end of next month', '2026-04-30', 'end of next month'],
    ['by end of week', '2026-03-06', 'by end of week'],
    ['in 3 days', '2026-03-07', 'in 3 days'],
    ['March 10', '2026-03-10', 'March 10'],
  ])('%s → %s', (text, date, matched) => {
    expect(parseDue(text, { ...WED, locale: 'en' })).toEqual({ date, matched });
  });

  it('keeps a time only when the text names one', () => {
    expect(parseDue('tomorrow at 3pm', { ...WED, locale: 'en' })).toEqual({ date: '2026-03-05', time: '15:00', matched: 'tomorrow at 3pm' });
    expect(parseDue('tomorrow', { ...WED, locale: 'en' })).not.toHaveProperty('time');
    expect(parseDue('5pm', { ...WED, locale: 'en' })).toEqual({ date: '2026-03-04', time: '17:00', matched: '5pm' });
  });

  it('a weekday named on that same weekday is today, never a past one', () => {
    const friday = { now: new Date('2026-03-06T02:00:00Z'), timeZone: SHANGHAI };
    expect(parseDue('by Friday', friday)?.date).toBe('2026-03-06');
    expect(parseDue('next Friday', friday)?.date).toBe('2026-03-13');
    expect(parseDue('Thursday', friday)?.date).toBe('2026-03-12');
    expect(parseDue('下周五', { ...friday, locale: 'zh-CN' })?.date).toBe('2026-03-13');
  });

  it('returns null when there is no date', () => {
    expect(parseDue('', WED)).toBeNull();
    expect(parseDue('call Anna about the proposal', WED)).toBeNull();
  });
});

describe('parseDue — Chinese', () => {
  it.each([
    ['明天', '2026-03-05', '明天'],
    ['下周二', '2026-03-10', '下周二'],
    ['月底前', '2026-03-31', '月底前'],
    ['请在月底前付款', '2026-03-31', '请在月底前'],
    ['本月底', '2026-03-31', '本月底'],
    ['下个月底', '2026-04-30', '下个月底'],
    ['2月底', '2027-02-28', '2月底'], // already past this year → next year's
    ['年底前', '2026-12-31', '年底前'],
    ['3天后', '2026-03-07', '3天后'],
    ['三天后', '2026-03-07', '三天后'],
    ['周五前回复', '2026-03-06', '周五前'],
  ])('%s → %s', (text, date, matched) => {
    expect(parseDue(text, { ...WED, locale: 'zh-CN' })).toEqual({ date, matched });
  });

  it('keeps a Chinese time of day', () => {
    expect(parseDue('后天下午3点', { ...WED, locale: 'zh-CN' })).toEqual({ date: '2026-03-06', time: '15:00', matched: '后天下午3点' });
  });

  it('finds Chinese dates even when the user locale is English', () => {
    expect(parseDue('下周二', { ...WED, locale: 'en' })?.date).toBe('2026-03-10');
  });
});

describe('parseDue — time zones', () => {
  it('"tomorrow" is counted from the user\'s own today', () => {
    // 2026-03-09 02:00 UTC: evening of Sunday the 8th in LA, morning of Monday the 9th in Shanghai.
    const now = new Date('2026-03-09T02:00:00Z');
    expect(parseDue('tomorrow', { now, timeZone: LA })?.date).toBe('2026-03-09');
    expect(parseDue('tomorrow', { now, timeZone: SHANGHAI })?.date).toBe('2026-03-10');
    expect(parseDue('明天', { now, timeZone: 'Pacific/Kiritimati', locale: 'zh-CN' })?.date).toBe('2026-03-10');
  });

  it('is unaffected by the DST change in LA and London', () => {
    // Just after 00:00 on the day the clocks change.
    expect(parseDue('in 3 days', { now: new Date('2026-03-08T08:30:00Z'), timeZone: LA })?.date).toBe('2026-03-11');
    expect(parseDue('tomorrow', { now: new Date('2026-03-08T08:30:00Z'), timeZone: LA })?.date).toBe('2026-03-09');
    expect(parseDue('tomorrow', { now: new Date('2026-03-28T23:30:00Z'), timeZone: 'Europe/London' })?.date).toBe('2026-03-29');
    expect(parseDue('next Monday', { now: new Date('2026-03-29T23:30:00Z'), timeZone: 'Europe/London' })?.date).toBe('2026-04-06');
  });
});

describe('findDueInText', () => {
  it('prefers a phrase introduced as a deadline over an earlier date', () => {
    expect(findDueInText('Thanks for Monday. Could you send the quote by Friday?', WED)).toEqual({ date: '2026-03-06', matched: 'by Friday' });
  });

  it('ignores things that only look like dates', () => {
    expect(findDueInText('We sat down with Sun Microsystems; 1/2 of the team agreed. Call me at 5.', WED)).toBeNull();
    expect(findDueInText('We are now ready to proceed.', WED)).toBeNull();
    expect(findDueInText('Let us talk next month.', WED)).toBeNull();
  });

  it('ignores past dates, such as a quoted reply header', () => {
    expect(findDueInText('On 2025-11-02 Anna wrote: great', WED)).toBeNull();
  });

  it('ignores dates implausibly far ahead (codes, signatures)', () => {
    expect(findDueInText('Contract valid until 2031-01-01.', WED)).toBeNull();
    expect(findDueInText('Renewal due by 2027-01-15.', WED)?.date).toBe('2027-01-15');
  });

  it('accepts a numeric date when it is introduced as a deadline', () => {
    expect(findDueInText('Please pay by 3/20.', WED)?.date).toBe('2026-03-20');
  });

  it('finds a Chinese deadline in a sentence', () => {
    expect(findDueInText('您好，发票已开，请在月底前完成付款。', { ...WED, locale: 'zh-CN' })).toEqual({ date: '2026-03-31', matched: '请在月底前' });
  });

  it('survives huge and hostile text', () => {
    const huge = 'Monday 1/2 sat Sun '.repeat(50_000);
    expect(() => findDueInText(huge, WED)).not.toThrow();
    expect(findDueInText('\u0000\uD800<script>alert(1)</script>'.repeat(1000), WED)).toBeNull();
  });
});
