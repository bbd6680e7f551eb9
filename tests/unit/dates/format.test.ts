import { describe, expect, it } from 'vitest';
import { dueBucket, formatDue } from '@/lib/dates/format';

const TODAY = '2026-12-01'; // a Tuesday

describe('formatDue', () => {
  it('says Today, Tomorrow and Yesterday', () => {
    expect(formatDue('2026-12-01', 'en', TODAY)).toBe('Today');
    expect(formatDue('2026-12-02', 'en', TODAY)).toBe('Tomorrow');
    expect(formatDue('2026-11-30', 'en', TODAY)).toBe('Yesterday');
  });

  it('uses a short weekday-day-month label otherwise, with the year only when it differs', () => {
    expect(formatDue('2026-12-07', 'en', TODAY)).toBe('Mon 7 Dec');
    expect(formatDue('2026-11-03', 'en', TODAY)).toBe('Tue 3 Nov');
    expect(formatDue('2027-01-04', 'en', TODAY)).toBe('Mon 4 Jan 2027');
  });

  it('speaks Simplified Chinese', () => {
    expect(formatDue('2026-12-01', 'zh-CN', TODAY)).toBe('今天');
    expect(formatDue('2026-12-02', 'zh-CN', TODAY)).toBe('明天');
    expect(formatDue('2026-12-07', 'zh-CN', TODAY)).toBe('12月7日周一');
    expect(formatDue('2027-01-04', 'zh-CN', TODAY)).toBe('2027年1月4日周一');
  });

  it('appends a time when the task has one', () => {
    expect(formatDue({ date: '2026-12-02', time: '14:30' }, 'en', TODAY)).toBe('Tomorrow 14:30');
    expect(formatDue({ date: '2026-12-07', time: '09:05' }, 'zh-CN', TODAY)).toBe('12月7日周一 09:05');
    expect(formatDue({ date: '2026-12-07', time: 'soon' }, 'en', TODAY)).toBe('Mon 7 Dec');
  });

  it('returns an empty label for a missing or malformed date', () => {
    expect(formatDue(null, 'en', TODAY)).toBe('');
    expect(formatDue('2026-02-30', 'en', TODAY)).toBe('');
  });
});

describe('dueBucket', () => {
  it('sorts a due date against today', () => {
    expect(dueBucket('2026-11-30', TODAY)).toBe('overdue');
    expect(dueBucket('2026-12-01', TODAY)).toBe('today');
    expect(dueBucket('2026-12-02', TODAY)).toBe('upcoming');
    expect(dueBucket(null, TODAY)).toBe('none');
    expect(dueBucket(undefined, TODAY)).toBe('none');
    expect(dueBucket('tomorrow', TODAY)).toBe('none');
  });
});
