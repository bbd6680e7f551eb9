// The popup-targets bench measures target.list on the raw 100,000-task seed: its read is only
// realistic if the current week's and month's counters have a row for every day so far, for
// both metrics, whatever the day and hour the bench runs — a Monday just after midnight too.
import { beforeEach, describe, expect, it } from 'vitest';
import { DUE_COUNTS_MARKER } from '@/lib/db/due-counts';
import { openTasklaneDb, type TasklaneDb } from '@/lib/db';
import { TARGET_COUNTS_MARKER, countInWindows } from '@/lib/db/target-counts';
import { startOfLocalDay, todayLocal } from '@/lib/dates/today';
import { periodBounds } from '@/lib/insights/periods';
import { targetWindow } from '@/lib/insights/targets';
import type { Target } from '@/lib/model';
import { BENCH_TARGETS } from '../../bench/targets-bench';
import { seedRawTasks } from '../../bench/raw-seed';
import { freshIndexedDb } from '../../helpers/fresh-db';

let database: TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await openTasklaneDb();
});

/** Local times (the runtime's zone, as the worker's). */
const MONDAY_JUST_AFTER_MIDNIGHT = new Date(2026, 11, 7, 0, 5).getTime();
const THURSDAY_NOON = new Date(2026, 11, 10, 12, 0).getTime();
const FIRST_OF_MONTH_EARLY = new Date(2027, 0, 1, 0, 1).getTime();

async function seededAt(now: number) {
  await seedRawTasks({ count: 20_000, now, marker: DUE_COUNTS_MARKER, targetMarker: TARGET_COUNTS_MARKER });
  const today = todayLocal(new Date(now));
  const targets = [...BENCH_TARGETS, ...BENCH_TARGETS.map((t) => ({ ...t, period: 'month' }))] as Target[];
  const counts = await countInWindows(database, targets.map((t) => targetWindow(t, today, startOfLocalDay).window), now);
  const rows = await database.getAll('targetCounts');
  const tasks = await database.getAll('tasks');
  return { today, targets, counts, rows, tasks };
}

describe('the raw bench seed', () => {
  for (const [when, now] of [['a Monday just after midnight', MONDAY_JUST_AFTER_MIDNIGHT], ['a Thursday noon', THURSDAY_NOON], ['a New Year just after midnight', FIRST_OF_MONTH_EARLY]] as const) {
    it(`on ${when}, every weekly and monthly target counts something and every day so far has its rows`, async () => {
      const { today, targets, counts, rows, tasks } = await seededAt(now);
      expect(counts.every((n) => n > 0), JSON.stringify(counts)).toBe(true);
      for (const period of ['week', 'month'] as const) {
        const { start } = periodBounds(period, today);
        for (let day = start; day <= today; day = todayLocal(new Date(startOfLocalDay(day) + 36 * 3_600_000))) {
          for (const metric of ['completed', 'created']) expect(rows.some((r) => r.metric === metric && r.date === day), `${metric} ${day}`).toBe(true);
        }
      }
      expect(targets.length).toBe(40);
      // Nothing happens after now: no completion or creation in the future.
      expect(tasks.every((t) => t.createdAt <= now && (t.completedAt ?? 0) <= now && t.createdAt <= (t.completedAt ?? now))).toBe(true);
    });
  }
});
