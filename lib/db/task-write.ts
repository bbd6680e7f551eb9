// The one way to write a task. Everything derived from the tasks store that must agree with it
// is kept in the same transaction here: the due counters (lib/db/due-counts.ts), the target
// counters (lib/db/target-counts.ts) and the sync queue (lib/db/sync-queue.ts). Create, edit, complete, bulk edits, imports, category deletes
// and sync all call putTask / removeTask, so a new kind of write cannot forget either; the
// transaction types make the compiler insist on the stores.
import type { Task } from '../model';
import { applyDueChange } from './due-counts';
import { queueForSync } from './sync-queue';
import { applyTargetChange } from './target-counts';
import type { TxWith } from './transaction';

/** A readwrite transaction over tasks, its counters and syncQueue (and maybe more). */
export type TaskWriteTx = TxWith<'tasks' | 'dueCounts' | 'targetCounts' | 'syncQueue'>;

/** A TaskWriteTx that can also leave a tombstone. */
export type TaskDeleteTx = TxWith<'tasks' | 'dueCounts' | 'targetCounts' | 'syncQueue' | 'tombstones'>;

/**
 * Writes `after` over `before` (the stored copy; undefined when there is none, and then the
 * write fails rather than replace a task it was not shown), and queues it for sync.
 */
export async function putTask(tx: TaskWriteTx, before: Task | undefined, after: Task): Promise<void> {
  const tasks = tx.objectStore('tasks');
  if (before) await tasks.put(after);
  else await tasks.add(after);
  await applyDueChange(tx, before, after);
  await applyTargetChange(tx, before, after);
  await queueForSync(tx, after.id, after.updatedAt);
}

/** Deletes a stored task and leaves a tombstone, so a later sync deletes it elsewhere too. */
export async function removeTask(tx: TaskDeleteTx, before: Task, now: number): Promise<void> {
  await tx.objectStore('tasks').delete(before.id);
  await tx.objectStore('tombstones').put({ id: before.id, deletedAt: now });
  await applyDueChange(tx, before, undefined);
  await applyTargetChange(tx, before, undefined);
  await queueForSync(tx, before.id, now);
}
