// Which instants a target's period covers on the rep's calendar. What is counted in them is
// tested through the router and the store (tests/unit/db/target-reads.test.ts).
import { describe, expect, it } from 'vitest';
import { targetWindow } from '@/lib/insights';
import type { Target } from '@/lib/model';

const target = (over: Partial<Target>): Target => ({
  id: '11111111-1111-4111-8111-111111111111',
  dimension: 'goal',
  value: 'new_customer',
  period: 'week',
  count: 20,
  metric: 'completed',
  ...over,
});
/** Midnight in Shanghai (UTC+8, no DST) and in UTC. */
const shanghai = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('targetWindow', () => {
  it('covers this week, Monday to Sunday, from the first instant of Monday to that of the next Monday', () => {
    const { period, window } = targetWindow(target({}), '2026-11-28', utc);
    expect(period).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(window).toEqual({ dimension: 'goal', value: 'new_customer', metric: 'completed', from: utc('2026-11-23'), to: utc('2026-11-30') });
  });

  it('covers the month or the calendar quarter, for either metric', () => {
    expect(targetWindow(target({ period: 'month', metric: 'created' }), '2026-11-28', utc)).toMatchObject({
      period: { start: '2026-11-01', end: '2026-11-30' },
      window: { metric: 'created', from: utc('2026-11-01'), to: utc('2026-12-01') },
    });
    expect(targetWindow(target({ period: 'quarter' }), '2026-11-28', utc).window).toMatchObject({ from: utc('2026-10-01'), to: utc('2027-01-01') });
    expect(targetWindow(target({ dimension: 'customer', value: 'b2b' }), '2026-11-28', utc).window).toMatchObject({ dimension: 'customer', value: 'b2b' });
  });

  it('follows the rep\'s calendar day, not UTC', () => {
    // Sunday 23:30 in Shanghai is 15:30 UTC, inside the week; Monday 00:30 there is still
    // Sunday in UTC, but the rep's next week.
    const { window } = targetWindow(target({}), '2026-11-28', shanghai);
    const inside = (ms: number) => ms >= window.from && ms < window.to;
    expect(inside(Date.parse('2026-11-29T15:30:00Z'))).toBe(true);
    expect(inside(Date.parse('2026-11-29T16:30:00Z'))).toBe(false);
    expect(inside(Date.parse('2026-11-22T16:00:00Z'))).toBe(true);
    expect(inside(Date.parse('2026-11-22T15:59:59Z'))).toBe(false);
  });
});
