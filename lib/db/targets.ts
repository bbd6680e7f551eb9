// Targets ("20 new-customer calls a week"). Progress is a count over the window of instants
// lib/insights gives for the target's period, answered from the keys of the version 7 indexes
// (lib/db/scan-indexes.ts) — no task is read. The popup asks on every open and every change,
// and a value can hold years of tasks.
import type { Target, TargetWindow } from '../model';
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
 * How many tasks each window holds, in the windows' order: for 'completed', the value's done
 * tasks whose completedAt is in [from, to); for 'created', its tasks (open or done) created in
 * it. Counts of key ranges in one read transaction; equal windows are counted once.
 */
export async function countInWindows(db: TasklaneDb, windows: readonly TargetWindow[]): Promise<number[]> {
  const store = db.transaction('tasks').store;
  const counted = new Map<string, Promise<number>>();
  const count = ({ dimension, value, metric, from, to }: TargetWindow): Promise<number> => {
    const inStatus = (status: 'open' | 'done') => IDBKeyRange.bound([value, status, from], [value, status, to], false, true);
    if (metric === 'completed') return store.index(COMPLETED_INDEX[dimension]).count(inStatus('done'));
    const index = store.index(CREATED_INDEX[dimension]);
    return Promise.all([index.count(inStatus('open')), index.count(inStatus('done'))]).then(([open, done]) => open + done);
  };
  return Promise.all(windows.map((window) => {
    const key = JSON.stringify(window);
    if (!counted.has(key)) counted.set(key, count(window));
    return counted.get(key)!;
  }));
}
