// Targets ("20 new-customer calls a week"). Progress is computed from tasks by lib/insights.
import type { Dimension, Target, Task } from '../model';
import { toStorageError } from './errors';
import type { TasklaneDb } from './schema';
import { CATEGORY_INDEX } from './tasks';

/** Targets by dimension, then value, then period length. */
export async function listTargets(db: TasklaneDb): Promise<Target[]> {
  return (await db.getAll('targets')).sort(
    (a, b) => a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value) || a.period.localeCompare(b.period),
  );
}

export async function saveTarget(db: TasklaneDb, target: Target): Promise<void> {
  try {
    await db.put('targets', target);
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function deleteTarget(db: TasklaneDb, id: string): Promise<boolean> {
  try {
    const tx = db.transaction('targets', 'readwrite');
    const existing = await tx.store.get(id);
    if (existing) await tx.store.delete(id);
    await tx.done;
    return Boolean(existing);
  } catch (error) {
    throw toStorageError(error);
  }
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
