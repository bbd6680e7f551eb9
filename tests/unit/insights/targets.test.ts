import { describe, expect, it } from 'vitest';
import { targetProgress, targetWindow } from '@/lib/insights';
import type { Target } from '@/lib/model';
import { dayOf, task } from './tasks';

const target = (over: Partial<Target>): Target => ({
  id: '11111111-1111-4111-8111-111111111111',
  dimension: 'goal',
  value: 'new_customer',
  period: 'week',
  count: 20,
  metric: 'completed',
  ...over,
});
const goal = (value: string) => ({ categories: { goal: value } });

describe('targetProgress', () => {
  const tasks = [
    task({ ...goal('new_customer'), created: '2026-11-10', completed: '2026-11-23' }), // Monday: in
    task({ ...goal('new_customer'), created: '2026-11-24', completed: '2026-11-29' }), // Sunday: in
    task({ ...goal('new_customer'), created: '2026-11-20', completed: '2026-11-22' }), // last Sunday: out
    task({ ...goal('new_customer'), created: '2026-11-25' }), // created this week, open
    task({ ...goal('payment_collection'), created: '2026-11-25', completed: '2026-11-25' }), // other value
    { ...task({ ...goal('new_customer'), created: '2026-11-25' }), completedAt: undefined, status: 'open' as const }, // reopened
  ];

  it('counts the value\'s tasks completed within this week (Monday to Sunday)', () => {
    expect(targetProgress(target({}), tasks, '2026-11-28', dayOf)).toEqual({ done: 2, periodStart: '2026-11-23', periodEnd: '2026-11-29' });
  });

  it('counts tasks created within the period for a "created" target', () => {
    expect(targetProgress(target({ metric: 'created' }), tasks, '2026-11-28', dayOf).done).toBe(3);
  });

  it('uses the month and the quarter', () => {
    expect(targetProgress(target({ period: 'month' }), tasks, '2026-11-28', dayOf)).toEqual({ done: 3, periodStart: '2026-11-01', periodEnd: '2026-11-30' });
    expect(targetProgress(target({ period: 'quarter', metric: 'created' }), tasks, '2026-11-28', dayOf)).toMatchObject({ done: 5, periodStart: '2026-10-01', periodEnd: '2026-12-31' });
  });

  it('counts by any dimension, and zero when nothing matches', () => {
    const b2b = [task({ categories: { customer: 'b2b' }, completed: '2026-11-24' })];
    expect(targetProgress(target({ dimension: 'customer', value: 'b2b' }), b2b, '2026-11-28', dayOf).done).toBe(1);
    expect(targetProgress(target({ dimension: 'customer', value: 'b2c' }), b2b, '2026-11-28', dayOf).done).toBe(0);
  });

  it('counts by the rep\'s calendar day, not UTC', () => {
    // Completed at 23:30 on Sunday in Shanghai, which is still Sunday 15:30 UTC; and at 00:30
    // Monday in Shanghai, which is Sunday in UTC: the rep's day decides.
    const shanghai = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const lateSunday = { ...task(goal('new_customer')), status: 'done' as const, completedAt: Date.parse('2026-11-29T15:30:00Z') };
    const earlyMonday = { ...task(goal('new_customer')), status: 'done' as const, completedAt: Date.parse('2026-11-29T16:30:00Z') };
    expect(targetProgress(target({}), [lateSunday, earlyMonday], '2026-11-28', shanghai).done).toBe(1);
    expect(targetProgress(target({}), [lateSunday, earlyMonday], '2026-11-28', dayOf).done).toBe(2);
  });
});

describe('targetWindow', () => {
  // The instant a wall clock at `offsetHours` from UTC shows `iso` (a local date and time).
  const wall = (iso: string, offsetHours: number) => Date.parse(`${iso}Z`) - offsetHours * 3_600_000;
  const inside = (w: { from: number; to: number }, ms: number) => ms >= w.from && ms < w.to;

  it('holds every instant of the period in every time zone, and little more', () => {
    const week = targetWindow(target({}), '2026-11-28');
    expect(week).toMatchObject({ dimension: 'goal', value: 'new_customer', metric: 'completed' });
    for (const offset of [14, 8, 0, -8, -12]) {
      expect(inside(week, wall('2026-11-23T00:00:00', offset)), `Monday 00:00 at ${offset}`).toBe(true);
      expect(inside(week, wall('2026-11-29T23:59:59', offset)), `Sunday 23:59 at ${offset}`).toBe(true);
    }
    expect(inside(week, wall('2026-11-22T09:00:00', 0))).toBe(false);
    expect(inside(week, wall('2026-11-30T15:00:00', 0))).toBe(false);
    expect(week.to - week.from).toBe((7 * 24 + 28) * 3_600_000);
  });

  it('spans the month or the quarter, for either metric', () => {
    const quarter = targetWindow(target({ period: 'quarter', metric: 'created' }), '2026-11-28');
    expect(quarter.metric).toBe('created');
    expect(inside(quarter, wall('2026-10-01T00:00:00', 14))).toBe(true);
    expect(inside(quarter, wall('2026-12-31T23:59:59', -12))).toBe(true);
    expect(inside(quarter, wall('2026-09-29T12:00:00', 0))).toBe(false);
    expect(inside(targetWindow(target({ period: 'month' }), '2026-11-28'), wall('2026-11-01T00:00:00', 14))).toBe(true);
  });
});
