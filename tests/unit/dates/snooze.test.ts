import { describe, expect, it } from 'vitest';
import { snoozeDue } from '@/lib/dates/snooze';

// Saturday 28 November 2026, 10:05 in Shanghai (UTC+8, no DST).
const now = new Date('2026-11-28T02:05:00Z');
const zone = 'Asia/Shanghai';

describe('snoozeDue', () => {
  it('moves to tomorrow, next Monday or a picked day as date-only', () => {
    expect(snoozeDue('tomorrow', now, zone)).toEqual({ date: '2026-11-29' });
    expect(snoozeDue('nextWeek', now, zone)).toEqual({ date: '2026-11-30' });
    expect(snoozeDue({ date: '2027-01-04' }, now, zone)).toEqual({ date: '2027-01-04' });
  });

  it('moves later today by three hours, rounded up to the quarter hour', () => {
    expect(snoozeDue('laterToday', now, zone)).toEqual({ date: '2026-11-28', time: '13:15' });
  });

  it('rolls late evenings over to tomorrow morning', () => {
    expect(snoozeDue('laterToday', new Date('2026-11-28T14:30:00Z'), zone)).toEqual({ date: '2026-11-29', time: '09:00' });
  });

  it('uses the calendar of the given zone, across a DST change', () => {
    // 2026-03-08 01:30 in Los Angeles, half an hour before clocks spring forward.
    const beforeDst = new Date('2026-03-08T09:30:00Z');
    expect(snoozeDue('tomorrow', beforeDst, 'America/Los_Angeles')).toEqual({ date: '2026-03-09' });
    expect(snoozeDue('laterToday', beforeDst, 'America/Los_Angeles').date).toBe('2026-03-08');
  });
});
