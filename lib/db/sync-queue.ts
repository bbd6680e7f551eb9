// The sync queue (the `syncQueue` store, version 7): ids of tasks that may differ from the
// server. Every task write queues its id in its own transaction (lib/db/task-write.ts); every
// write of a link settles the id — queued while the task and the server still differ, gone once
// they agree. A push then reads the queue, not every task and tombstone, and a sync with
// nothing changed reads no task at all.
//
// The queue only knows what happened since it was seeded. A marker in syncMeta names the list it
// is complete for; without one (a database from before version 7, another list chosen, a tool
// that wrote tasks straight into IndexedDB and deleted the marker) the next sync seeds it first
// from one full comparison, so nothing the server lacks is left behind.
import type { Task } from '../model';
import { isDirty, type SyncItem } from '../sync/records';
import type { TasklaneDb } from './schema';
import { writeAtomically, type TxWith } from './transaction';

/** syncMeta key of the marker. */
export const QUEUE_MARKER = 'queue';

export interface QueueMarker {
  /** The list the queue holds every pending change for. */
  collectionUrl: string;
  seededAt: number;
}

/** A readwrite transaction that can see a task and its link as well as the queue. */
type SettleTx = TxWith<'syncQueue' | 'tasks' | 'syncItems'>;

export async function queueForSync(tx: TxWith<'syncQueue'>, taskId: string, at: number): Promise<void> {
  await tx.objectStore('syncQueue').put({ taskId, at });
}

/**
 * Whether a push has something to do for this id: a task edited here since it last matched the
 * server (or never sent), or a link whose task is gone (a delete to send, or a link to forget).
 */
export function needsPush(task: Task | undefined, link: SyncItem | undefined): boolean {
  return task ? isDirty(task, link) : link !== undefined;
}

/** Queues or unqueues `taskId` by what its task and link now say (call it after writing either). */
export async function settleQueued(tx: SettleTx, taskId: string, at: number): Promise<void> {
  const [task, link] = await Promise.all([tx.objectStore('tasks').get(taskId), tx.objectStore('syncItems').get(taskId)]);
  if (needsPush(task, link)) await queueForSync(tx, taskId, at);
  else await tx.objectStore('syncQueue').delete(taskId);
}

/** The queued ids (keys only). */
export function queuedIds(db: TasklaneDb): Promise<string[]> {
  return db.getAllKeys('syncQueue');
}

/**
 * Seeds the queue for `collectionUrl` unless its marker says it is already complete for that
 * list: one comparison of every task with its link, in one transaction with the marker, so a
 * write made meanwhile is either seen here or queued after. Returns true when it seeded.
 */
export async function ensureQueueSeeded(db: TasklaneDb, collectionUrl: string, now: number): Promise<boolean> {
  const marker = (await db.get('syncMeta', QUEUE_MARKER)) as QueueMarker | undefined;
  if (marker?.collectionUrl === collectionUrl) return false;
  return writeAtomically(db, ['tasks', 'syncItems', 'syncQueue', 'syncMeta'], async (tx) => {
    const [tasks, links] = await Promise.all([tx.objectStore('tasks').getAll(), tx.objectStore('syncItems').getAll()]);
    const linkOf = new Map(links.map((link) => [link.taskId, link]));
    const present = new Set<string>();
    for (const task of tasks) {
      present.add(task.id);
      if (needsPush(task, linkOf.get(task.id))) await queueForSync(tx, task.id, now);
    }
    for (const link of links) if (!present.has(link.taskId)) await queueForSync(tx, link.taskId, now);
    await tx.objectStore('syncMeta').put({ collectionUrl, seededAt: now } satisfies QueueMarker, QUEUE_MARKER);
    return true;
  });
}

/** Forgets the queue and its marker (another list was chosen: the next sync seeds it afresh). */
export async function resetQueue(tx: TxWith<'syncQueue' | 'syncMeta'>): Promise<void> {
  await tx.objectStore('syncQueue').clear();
  await tx.objectStore('syncMeta').delete(QUEUE_MARKER);
}

/** settleQueued for several ids in one transaction. */
export function settleQueuedIds(db: TasklaneDb, taskIds: string[], now: number): Promise<void> {
  return writeAtomically(db, ['syncQueue', 'tasks', 'syncItems'], async (tx) => {
    for (const id of taskIds) await settleQueued(tx, id, now);
  });
}
