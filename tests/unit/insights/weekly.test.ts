import { describe, expect, it } from 'vitest';
import { NO_GOAL, milestoneInsights, weeklyInsights } from '@/lib/insights';
import { dayOf, task } from './tasks';

const GOALS = ['new_customer', 'existing_customer', 'payment_collection', 'market_research'];
const today = '2026-11-26'; // a Thursday
const due = (date: string) => ({ due: { date } });

describe('weeklyInsights', () => {
  it('covers 12 weeks, Monday-started, oldest first, with a bucket per goal and none', () => {
    const weeks = weeklyInsights([], { today, weeks: 12, goals: GOALS, dayOf });
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.start).toBe('2026-09-07');
    expect(weeks[11]!.start).toBe('2026-11-23');
    expect(Object.keys(weeks[0]!.byGoal).sort()).toEqual([...GOALS, NO_GOAL].sort());
    expect(weeks[5]!.byGoal.new_customer).toEqual({ due: 0, completed: 0, completedOnTime: 0, overdue: 0, completionRate: null });
  });

  it('counts due, completed, on time and overdue per goal and week', () => {
    const nc = { categories: { goal: 'new_customer' } };
    const tasks = [
      // Last week (16–22 Nov), new customer: 4 due.
      task({ ...nc, ...due('2026-11-16'), completed: '2026-11-16' }), // on time (same day)
      task({ ...nc, ...due('2026-11-18'), completed: '2026-11-20' }), // late
      task({ ...nc, ...due('2026-11-22') }), // still open: overdue
      task({ ...nc, ...due('2026-11-22'), completed: '2026-11-10' }), // early: on time
      // This week: one due yesterday (overdue), one due today and one tomorrow (not overdue yet).
      task({ ...nc, ...due('2026-11-25') }),
      task({ ...nc, ...due('2026-11-26') }),
      task({ ...nc, ...due('2026-11-27'), completed: '2026-11-26' }),
      // No goal.
      task({ ...due('2026-11-17') }),
      task({ ...due('2026-11-17'), completed: '2026-11-17' }),
      // Outside the window or without a date: ignored.
      task({ ...nc, ...due('2026-09-06') }),
      task({ ...nc, ...due('2026-11-30') }),
      task({ ...nc }),
    ];
    const weeks = weeklyInsights(tasks, { today, weeks: 12, goals: GOALS, dayOf });
    const [lastWeek, thisWeek] = weeks.slice(-2);
    expect(lastWeek!.start).toBe('2026-11-16');
    expect(lastWeek!.byGoal.new_customer).toEqual({ due: 4, completed: 3, completedOnTime: 2, overdue: 1, completionRate: 0.75 });
    expect(lastWeek!.byGoal[NO_GOAL]).toEqual({ due: 2, completed: 1, completedOnTime: 1, overdue: 1, completionRate: 0.5 });
    expect(thisWeek!.byGoal.new_customer).toEqual({ due: 3, completed: 1, completedOnTime: 1, overdue: 1, completionRate: 1 / 3 });
    const totalDue = weeks.reduce((sum, w) => sum + Object.values(w.byGoal).reduce((s, g) => s + g.due, 0), 0);
    expect(totalDue).toBe(9);
  });

  it('adds a bucket for a goal that is not in the list but used by tasks (an archived value)', () => {
    const weeks = weeklyInsights([task({ categories: { goal: 'old_goal' }, ...due('2026-11-24') })], { today, weeks: 1, goals: GOALS, dayOf });
    expect(weeks[0]!.byGoal.old_goal).toMatchObject({ due: 1, overdue: 1 });
  });
});

describe('milestoneInsights', () => {
  it('lists open milestones by due date, then those done since the window began', () => {
    const phased = { categories: { cycle: 'phased' } };
    const tasks = [
      task({ ...phased, title: 'done long ago', completed: '2026-01-01' }),
      task({ ...phased, title: 'done recently', completed: '2026-11-02' }),
      task({ ...phased, title: 'later', ...due('2026-12-20') }),
      task({ ...phased, title: 'undated' }),
      task({ ...phased, title: 'sooner', ...due('2026-12-01') }),
      task({ categories: { cycle: 'daily' }, title: 'routine', ...due('2026-11-01') }),
    ];
    const rows = milestoneInsights(tasks, '2026-09-07', dayOf);
    expect(rows.map((r) => r.title)).toEqual(['sooner', 'later', 'undated', 'done recently']);
    expect(rows[0]).toEqual({ id: expect.any(String), title: 'sooner', due: { date: '2026-12-01' }, status: 'open', categories: { cycle: 'phased' } });
  });
});
