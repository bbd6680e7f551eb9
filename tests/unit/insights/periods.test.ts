import { describe, expect, it } from 'vitest';
import { lastWeekStarts, periodBounds } from '@/lib/insights';

describe('periodBounds', () => {
  it.each([
    // Weeks start on Monday, including when today is the Monday or the Sunday.
    ['week', '2026-11-28', '2026-11-23', '2026-11-29'],
    ['week', '2026-11-23', '2026-11-23', '2026-11-29'],
    ['week', '2026-11-29', '2026-11-23', '2026-11-29'],
    // Across a month and a year end.
    ['week', '2026-01-01', '2025-12-29', '2026-01-04'],
    // The weeks holding a DST change are still seven calendar days (EU: 2026-03-29, US: 2026-11-01).
    ['week', '2026-03-29', '2026-03-23', '2026-03-29'],
    ['week', '2026-03-30', '2026-03-30', '2026-04-05'],
    ['week', '2026-11-01', '2026-10-26', '2026-11-01'],
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['month', '2026-12-31', '2026-12-01', '2026-12-31'],
    ['quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-05-15', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-09-30', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-11-28', '2026-10-01', '2026-12-31'],
  ] as const)('%s of %s is %s … %s', (period, today, start, end) => {
    expect(periodBounds(period, today)).toEqual({ start, end });
  });

  it('gives the same week whatever zone the process runs in', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(periodBounds('week', '2026-03-29')).toEqual({ start: '2026-03-23', end: '2026-03-29' });
      }
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('lastWeekStarts', () => {
  it('lists the Mondays of the last n weeks, oldest first, ending with this week', () => {
    expect(lastWeekStarts('2026-11-28', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    const twelve = lastWeekStarts('2026-11-01', 12);
    expect(twelve).toHaveLength(12);
    expect(twelve[11]).toBe('2026-10-26');
    expect(twelve[0]).toBe('2026-08-10');
  });
});
