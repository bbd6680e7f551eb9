// The due counters worked out the slow way, from every task, to check the dueCounts store
// (lib/db/due-counts.ts) against.
import type { TasklaneDb } from '@/lib/db';
import type { DueCountRow } from '@/lib/db/schema';

export async function recountDue(database: TasklaneDb): Promise<DueCountRow[]> {
  const rows = new Map<string, DueCountRow>();
  for (const task of await database.getAll('tasks')) {
    if (task.status !== 'open' || !task.due) continue;
    const row = rows.get(task.due.date) ?? { date: task.due.date, total: 0, byGoal: {} };
    row.total++;
    const goal = task.categories.goal;
    if (goal !== undefined) row.byGoal[goal] = (Object.hasOwn(row.byGoal, goal) ? row.byGoal[goal]! : 0) + 1;
    rows.set(row.date, row);
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The stored rows, in key (date) order. */
export function storedDueCounts(database: TasklaneDb): Promise<DueCountRow[]> {
  return database.getAll('dueCounts');
}
