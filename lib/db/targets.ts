// Targets ("20 new-customer calls a week"). Progress is computed by lib/insights from the tasks
// read here: only those of the target's value completed (or created) in its period's window,
// as key ranges of the version 6 indexes (lib/db/scan-indexes.ts) — the popup asks on every
// open, and a value can hold years of tasks.
import type { Target, TargetWindow, Task } from '../model';
import { deleteRecord, putRecord } from './records';
import { COMPLETED_INDEX, CREATED_INDEX } from './scan-indexes';
import type { TasklaneDb } from './schema';

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

/**
 * The tasks each window can count, in the windows' order: for 'completed', the value's tasks
 * whose completedAt is in the window; for 'created', those (open or done) created in it. One
 * read transaction; equal windows (two targets on the same value and period) are read once.
 */
export async function tasksInWindows(db: TasklaneDb, windows: readonly TargetWindow[]): Promise<Task[][]> {
  const store = db.transaction('tasks').store;
  const reads = new Map<string, Promise<Task[]>>();
  const read = ({ dimension, value, metric, from, to }: TargetWindow): Promise<Task[]> => {
    if (metric === 'completed') return store.index(COMPLETED_INDEX[dimension]).getAll(IDBKeyRange.bound([value, from], [value, to], false, true));
    const index = store.index(CREATED_INDEX[dimension]);
    const createdBy = (status: Task['status']) => index.getAll(IDBKeyRange.bound([value, status, from], [value, status, to], false, true));
    return Promise.all([createdBy('open'), createdBy('done')]).then(([open, done]) => [...open, ...done]);
  };
  return Promise.all(windows.map((window) => {
    const key = JSON.stringify(window);
    if (!reads.has(key)) reads.set(key, read(window));
    return reads.get(key)!;
  }));
}
