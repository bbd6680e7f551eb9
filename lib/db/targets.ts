// Targets ("20 new-customer calls a week"). Progress is a count over the window of days
// lib/insights gives for the target's period, answered from per-day counters kept by every
// task write (./target-counts.ts, schema version 9) — no task or index key is read. The popup
// asks on every open and every change, and a value can hold years of tasks.
import type { Target } from '../model';
import { deleteRecord, putRecord } from './records';
import type { TasklaneDb } from './schema';

export { countInWindows } from './target-counts';

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
