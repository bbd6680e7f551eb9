// Bulk edits on every task the "All tasks" filters select, across pages: the ids are read once
// (so completing open tasks does not move the ground under the next batch), then written in
// batches of BULK_BATCH, each one transaction through bulkEdit (lib/db/bulk.ts) — the same
// status changes, due counters and sync queue as a selection's. A batch that fails leaves the
// batches before it written and itself unwritten; the reply says how many changed.
import { bulkEdit, type BulkAction, type BulkOutcome } from './bulk';
import type { TasklaneDb } from './schema';
import { queryTasks, type TaskQuery } from './task-query';

/** Tasks per transaction: large enough to be quick, small enough not to hold the store long. */
export const BULK_BATCH = 500;

export type TaskFilter = Omit<TaskQuery, 'sort' | 'offset' | 'limit'>;

/** The ids of every task `filter` selects. */
export async function matchingIds(db: TasklaneDb, filter: TaskFilter): Promise<string[]> {
  const { tasks } = await queryTasks(db, { ...filter, sort: 'created', offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return tasks.map((task) => task.id);
}

export class SelectionChanged extends Error {
  constructor(readonly expected: number, readonly actual: number) {
    super(`The filters now select ${actual} tasks, not the ${expected} you confirmed. Check them and try again.`);
  }
}

/**
 * Applies `action` to every task `filter` selects, provided they are the `expected` number the
 * rep confirmed (else SelectionChanged, nothing written). `onBatch` hears each batch's outcome.
 */
export async function bulkEditMatching(
  db: TasklaneDb,
  filter: TaskFilter,
  action: BulkAction,
  now: number,
  expected: number,
  onBatch: (outcome: BulkOutcome) => void = () => undefined,
): Promise<BulkOutcome & { batches: number }> {
  const ids = await matchingIds(db, filter);
  if (ids.length !== expected) throw new SelectionChanged(expected, ids.length);
  const total: BulkOutcome & { batches: number } = { changed: [], written: [], batches: 0 };
  for (let start = 0; start < ids.length; start += BULK_BATCH) {
    const outcome = await bulkEdit(db, ids.slice(start, start + BULK_BATCH), action, now);
    total.changed.push(...outcome.changed);
    total.written.push(...outcome.written);
    total.batches++;
    onBatch(outcome);
  }
  return total;
}
