// Runs under several TZ settings (npm run test:tz): the expectations are written in local
// wall-clock terms, plus exact instants for the zones the issue names.
import { describe, expect, it } from 'vitest';
import { MISSED_WINDOW_MS, nextLocalMidnight, planReminders, reminderAt } from '@/lib/reminders/schedule';
import type { Task } from '@/lib/model';

const task = (over: Partial<Task> = {}): Task => ({
  id: crypto.randomUUID(), title: 't', notes: '', priority: 'normal', categories: {}, status: 'open', createdAt: 0, updatedAt: 0,
  due: { date: '2026-11-30' }, ...over,
});
const wall = (epoch: number) => {
  const d = new Date(epoch);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};
const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`reminderAt (TZ=${zone})`, () => {
  it('reminds date-only tasks at the default time on their day, timed ones at their time', () => {
    expect(wall(reminderAt(task(), '09:00')!)).toBe('2026-11-30 09:00');
    expect(wall(reminderAt(task({ due: { date: '2026-11-30', time: '14:30' } }), '09:00')!)).toBe('2026-11-30 14:30');
    expect(wall(reminderAt(task({ reminder: { offsetMinutes: 15 }, due: { date: '2026-11-30', time: '14:30' } }), '09:00')!)).toBe('2026-11-30 14:15');
  });

  it('gives no reminder for done or undated tasks', () => {
    expect(reminderAt(task({ status: 'done' }), '09:00')).toBeNull();
    expect(reminderAt(task({ due: undefined }), '09:00')).toBeNull();
  });

  it('keeps a date-only task on its calendar day across a DST change', () => {
    for (const date of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
      expect(wall(reminderAt(task({ due: { date } }), '09:00')!)).toBe(`${date} 09:00`);
    }
  });

  it('lands on the exact instant for the named zones', () => {
    const at = reminderAt(task({ due: { date: '2026-03-08' } }), '09:00');
    const expected: Record<string, number> = {
      'America/Los_Angeles': Date.UTC(2026, 2, 8, 16, 0), // PDT began at 02:00 that morning
      'Asia/Shanghai': Date.UTC(2026, 2, 8, 1, 0),
      'Pacific/Kiritimati': Date.UTC(2026, 2, 7, 19, 0), // UTC+14: the day begins before UTC's
      'Europe/London': Date.UTC(2026, 2, 8, 9, 0),
    };
    if (zone in expected) expect(at).toBe(expected[zone]);
  });
});

describe(`planReminders (TZ=${zone})`, () => {
  const now = reminderAt(task({ due: { date: '2026-11-30', time: '12:00' } }), '09:00')!;

  it('fires what is due once, and schedules the earliest future one', () => {
    const dueNow = task({ due: { date: '2026-11-30', time: '11:00' } });
    const later = task({ due: { date: '2026-11-30', time: '16:00' } });
    const tomorrow = task({ due: { date: '2026-12-01' } });
    const plan = planReminders([dueNow, later, tomorrow], now, '09:00', {});
    expect(plan.fire.map((f) => f.task.id)).toEqual([dueNow.id]);
    expect(wall(plan.nextAt!)).toBe('2026-11-30 16:00');
    // Once shown, the same reminder does not fire again — however often the worker restarts.
    const again = planReminders([dueNow, later], now, '09:00', { [dueNow.id]: plan.fire[0]!.at });
    expect(again.fire).toEqual([]);
  });

  it('fires a missed reminder once after a wake, drops ones missed for days', () => {
    const missedThisMorning = task({ due: { date: '2026-11-30', time: '08:00' } });
    const missedLastWeek = task({ due: { date: '2026-11-20', time: '08:00' } });
    const plan = planReminders([missedThisMorning, missedLastWeek], now, '09:00', {});
    expect(plan.fire.map((f) => f.task.id)).toEqual([missedThisMorning.id]);
    expect(plan.drop.map((f) => f.task.id)).toEqual([missedLastWeek.id]);
    expect(now - plan.drop[0]!.at).toBeGreaterThan(MISSED_WINDOW_MS);
  });

  it('fires again after a snooze moves the reminder', () => {
    const t1 = task({ due: { date: '2026-11-30', time: '11:00' } });
    const firedAt = reminderAt(t1, '09:00')!;
    const snoozed = { ...t1, due: { date: '2026-11-30', time: '11:45' } };
    expect(planReminders([snoozed], now, '09:00', { [t1.id]: firedAt }).fire).toHaveLength(1);
  });
});

describe(`planReminders with tasks that arrived by import or sync (TZ=${zone})`, () => {
  const now = reminderAt(task({ due: { date: '2026-11-30', time: '12:00' } }), '09:00')!;

  it('sets apart the ones whose reminder time had passed before they came, from ones set to fire later', () => {
    const cameLate = task({ due: { date: '2026-11-30', time: '08:00' } });
    const cameEarly = task({ due: { date: '2026-11-30', time: '11:00' } });
    const mine = task({ due: { date: '2026-11-30', time: '11:30' } });
    const arrivedAt = new Map([[cameLate.id, now - 60_000], [cameEarly.id, reminderAt(cameEarly, '09:00')! - 3_600_000]]);
    const plan = planReminders([cameLate, cameEarly, mine], now, '09:00', {}, arrivedAt);
    expect(plan.arrivedLate.map((f) => f.task.id)).toEqual([cameLate.id]);
    // It came in an hour before its reminder time: a reminder like any other.
    expect(plan.fire.map((f) => f.task.id)).toEqual([cameEarly.id, mine.id]);
  });

  it('still drops what was missed by more than a day, and fires nothing twice', () => {
    const old = task({ due: { date: '2026-11-20', time: '08:00' } });
    const summed = task({ due: { date: '2026-11-30', time: '08:00' } });
    const arrivedAt = new Map([[old.id, now], [summed.id, now]]);
    const plan = planReminders([old, summed], now, '09:00', { [summed.id]: reminderAt(summed, '09:00')! }, arrivedAt);
    expect(plan.drop.map((f) => f.task.id)).toEqual([old.id]);
    expect(plan.arrivedLate).toEqual([]);
  });
});

describe(`nextLocalMidnight (TZ=${zone})`, () => {
  it('is the start of the next local day, also on a 23- or 25-hour day', () => {
    for (const [from, next] of [['2026-11-30 12:00', '2026-12-01 00:00'], ['2026-03-08 01:00', '2026-03-09 00:00'], ['2026-03-29 00:30', '2026-03-30 00:00'], ['2026-10-25 23:59', '2026-10-26 00:00']] as const) {
      const [date, time] = from.split(' ') as [string, string];
      const start = reminderAt(task({ due: { date, time } }), '09:00')!;
      expect(wall(nextLocalMidnight(start))).toBe(next);
    }
  });
});
