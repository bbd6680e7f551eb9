// The target counters worked out the slow way, from every task, to check the targetCounts store
// (lib/db/target-counts.ts) against: per metric and local date, "dimension:value" → tasks.
import type { TasklaneDb } from '@/lib/db';
import type { TargetCountRow } from '@/lib/db/schema';
import { todayLocal } from '@/lib/dates/today';

export async function recountTargets(database: TasklaneDb): Promise<TargetCountRow[]> {
  const rows = new Map<string, TargetCountRow>();
  const count = (metric: 'created' | 'completed', at: number, counter: string) => {
    const date = todayLocal(new Date(at));
    const row = rows.get(`${metric} ${date}`) ?? { metric, date, counts: {} };
    row.counts[counter] = (row.counts[counter] ?? 0) + 1;
    rows.set(`${metric} ${date}`, row);
  };
  for (const task of await database.getAll('tasks')) {
    for (const [dimension, value] of Object.entries(task.categories)) {
      count('created', task.createdAt, `${dimension}:${value}`);
      if (task.status === 'done' && task.completedAt !== undefined) count('completed', task.completedAt, `${dimension}:${value}`);
    }
  }
  // Key order: [metric, date].
  return [...rows.values()].sort((a, b) => (a.metric !== b.metric ? (a.metric < b.metric ? -1 : 1) : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The stored rows, in key order. */
export function storedTargetCounts(database: TasklaneDb): Promise<TargetCountRow[]> {
  return database.getAll('targetCounts');
}
