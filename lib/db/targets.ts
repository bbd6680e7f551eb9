// Targets ("20 new-customer calls a week"). Progress is computed from tasks by lib/insights.
import type { Dimension, Target, Task } from '../model';
import { deleteRecord, putRecord } from './records';
import type { TasklaneDb } from './schema';
import { CATEGORY_INDEX } from './tasks';

/** Targets by dimension, then value, then period length. */
export async function listTargets(db: TasklaneDb): Promise<Target[]> {
  return (await db.getAll('targets')).sort(
    (a, b) => a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value) || a.period.localeCompare(b.period),
  );
}

export function saveTarget(db: TasklaneDb, target: Target): Promise<void> {
  return putRecord(db, 'targets', target);
}

export function deleteTarget(db: TasklaneDb, id: string): Promise<boolean> {
  return deleteRecord(db, 'targets', id);
}

/** The tasks of each category value the targets name, read once per value from its index. */
export async function tasksForTargets(db: TasklaneDb, targets: Target[]): Promise<Map<string, Task[]>> {
  const tx = db.transaction('tasks');
  const byValue = new Map<string, Task[]>();
  for (const { dimension, value } of targets) {
    const key = `${dimension}:${value}`;
    if (byValue.has(key)) continue;
    byValue.set(key, await tx.store.index(CATEGORY_INDEX[dimension as Dimension]).getAll(value));
  }
  return byValue;
}
