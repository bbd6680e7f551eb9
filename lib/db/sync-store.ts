// Reads and writes of sync's stores. Writes that touch a task and its link go through one
// transaction, so a stopped worker never leaves a task changed but its link stale; each write
// of a link settles the task's place in the sync queue (lib/db/sync-queue.ts) in it too.
import type { Task, Tombstone } from '../model';
import type { SyncConflict, SyncCursor, SyncItem, SyncSettings, SyncStatus } from '../sync/records';
import { writeTaskChange, type TaskChange } from './status-change';
import type { TasklaneDb } from './schema';
import { resetQueue, settleQueued } from './sync-queue';
import { putTask, removeTask } from './task-write';
import { writeAtomically } from './transaction';

const SETTINGS = 'settings';
const STATUS = 'status';
const CURSOR = 'cursor';
/** The conflict log keeps this many of the newest entries. */
export const MAX_CONFLICTS = 200;

export async function getSyncSettings(db: TasklaneDb): Promise<SyncSettings | undefined> {
  return (await db.get('syncMeta', SETTINGS)) as SyncSettings | undefined;
}

/**
 * Saves the settings. Choosing another task list (or server, or account) forgets every link,
 * the cursor and the queue: the new list starts with a first upload of everything.
 */
export function saveSyncSettings(db: TasklaneDb, settings: SyncSettings): Promise<void> {
  return writeAtomically(db, ['syncMeta', 'syncItems', 'syncQueue'], async (tx) => {
    const meta = tx.objectStore('syncMeta');
    const before = (await meta.get(SETTINGS)) as SyncSettings | undefined;
    const sameList = before?.collectionUrl === settings.collectionUrl && before?.username === settings.username;
    if (!sameList) {
      await tx.objectStore('syncItems').clear();
      await meta.delete(CURSOR);
      await resetQueue(tx);
    }
    await meta.put(settings, SETTINGS);
  });
}

export async function getSyncStatus(db: TasklaneDb): Promise<SyncStatus> {
  return ((await db.get('syncMeta', STATUS)) as SyncStatus | undefined) ?? { failures: 0 };
}

export async function updateSyncStatus(db: TasklaneDb, change: (status: SyncStatus) => SyncStatus): Promise<SyncStatus> {
  return writeAtomically(db, ['syncMeta'], async (tx) => {
    const store = tx.objectStore('syncMeta');
    const current = ((await store.get(STATUS)) as SyncStatus | undefined) ?? { failures: 0 };
    const next = change(current);
    await store.put(next, STATUS);
    return next;
  });
}

export async function getSyncCursor(db: TasklaneDb, collectionUrl: string): Promise<SyncCursor> {
  const stored = (await db.get('syncMeta', CURSOR)) as SyncCursor | undefined;
  return stored?.collectionUrl === collectionUrl ? stored : { collectionUrl, skipped: {} };
}

export async function saveSyncCursor(db: TasklaneDb, cursor: SyncCursor): Promise<void> {
  await db.put('syncMeta', cursor, CURSOR);
}

/** What a sync compares for some tasks: their tasks, tombstones and links. */
export interface SyncSlice {
  tasks: Task[];
  tombstones: Tombstone[];
  items: SyncItem[];
}

const present = <T>(values: (T | undefined)[]): T[] => values.filter((v) => v !== undefined);

/** The tasks, tombstones and links of `taskIds`, in one transaction: one consistent picture. */
export async function readSyncSlice(db: TasklaneDb, taskIds: readonly string[]): Promise<SyncSlice> {
  const tx = db.transaction(['tasks', 'tombstones', 'syncItems']);
  const read = <S extends 'tasks' | 'tombstones' | 'syncItems'>(store: S) => Promise.all(taskIds.map((id) => tx.objectStore(store).get(id)));
  const [tasks, tombstones, items] = await Promise.all([read('tasks'), read('tombstones'), read('syncItems')]);
  return { tasks: present(tasks), tombstones: present(tombstones), items: present(items) };
}

/** The links at `hrefs`, or every link. */
export async function readLinks(db: TasklaneDb, hrefs: readonly string[] | 'all'): Promise<SyncItem[]> {
  const store = db.transaction('syncItems').store;
  if (hrefs === 'all') return store.getAll();
  return present(await Promise.all(hrefs.map((href) => store.index('by_href').get(href))));
}

export function getSyncItemByHref(db: TasklaneDb, href: string): Promise<SyncItem | undefined> {
  return db.getFromIndex('syncItems', 'by_href', href);
}

const LINK_STORES = ['syncItems', 'tasks', 'syncQueue'] as const;

export async function putSyncItem(db: TasklaneDb, item: SyncItem, now: number): Promise<void> {
  await writeAtomically(db, [...LINK_STORES], async (tx) => {
    // A href belongs to one task: drop another task's stale claim on it first.
    const store = tx.objectStore('syncItems');
    const other = await store.index('by_href').get(item.href);
    if (other && other.taskId !== item.taskId) {
      await store.delete(other.taskId);
      await settleQueued(tx, other.taskId, now);
    }
    await store.put(item);
    // Pushed (the task matches what the server now holds): it leaves the queue; kept for a
    // later push (a conflict the local side won): it stays.
    await settleQueued(tx, item.taskId, now);
  });
}

export async function deleteSyncItem(db: TasklaneDb, taskId: string, now: number): Promise<void> {
  await writeAtomically(db, [...LINK_STORES], async (tx) => {
    await tx.objectStore('syncItems').delete(taskId);
    await settleQueued(tx, taskId, now);
  });
}

/**
 * The server accepted the delete of `taskId`'s item: its link, its tombstone and its place in
 * the queue go. The tombstone was kept only to send this delete. (A task restored meanwhile, by
 * an import, keeps its place: it is uploaded again.)
 */
export function forgetPushedDelete(db: TasklaneDb, taskId: string, now: number): Promise<void> {
  return writeAtomically(db, [...LINK_STORES, 'tombstones'], async (tx) => {
    await tx.objectStore('syncItems').delete(taskId);
    if (!(await tx.objectStore('tasks').getKey(taskId))) await tx.objectStore('tombstones').delete(taskId);
    await settleQueued(tx, taskId, now);
  });
}

/**
 * Writes a task from the server with its link. Only when the stored task is still the one the
 * engine decided on (`expectedUpdatedAt`): a rep's edit made meanwhile wins and is pushed later.
 * A status the server changed goes through writeTaskChange like a rep's: a completion made in
 * another app advances the series here (once: the completed task then names its occurrence),
 * a reopen takes the occurrence back. What that adds is a local change, pushed on the next
 * push: the link keeps the server copy's time, so the task counts as edited here.
 */
export function applyRemoteTask(db: TasklaneDb, task: Task, item: SyncItem, expectedUpdatedAt: number | undefined, now: number): Promise<TaskChange | undefined> {
  return writeAtomically(db, ['tasks', 'tombstones', 'syncItems', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const current = await tx.objectStore('tasks').get(task.id);
    if (current?.updatedAt !== expectedUpdatedAt) return undefined;
    if (current?.dedupeKey && task.dedupeKey === undefined) task.dedupeKey = current.dedupeKey;
    let change: TaskChange;
    if (current) change = await writeTaskChange(tx, current, task, { now });
    else {
      // A task new here is taken as the server has it, done or not: a completed occurrence
      // arriving on a new device was advanced where it was completed.
      await putTask(tx, undefined, task);
      change = { task };
    }
    await tx.objectStore('tombstones').delete(task.id);
    const other = await tx.objectStore('syncItems').index('by_href').get(item.href);
    if (other && other.taskId !== item.taskId) {
      await tx.objectStore('syncItems').delete(other.taskId);
      await settleQueued(tx, other.taskId, now);
    }
    await tx.objectStore('syncItems').put({ ...item, syncedUpdatedAt: task.updatedAt });
    // The task now matches the server unless the series bookkeeping changed it here: putTask
    // queued it, this takes it out again (an occurrence made or taken back stays queued).
    await settleQueued(tx, task.id, now);
    return change;
  });
}

/** Deletes a task the server deleted (leaving a tombstone like any delete) and its link. */
export function applyRemoteDelete(db: TasklaneDb, taskId: string, expectedUpdatedAt: number | undefined, now: number): Promise<boolean> {
  return writeAtomically(db, ['tasks', 'tombstones', 'syncItems', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const current = await tx.objectStore('tasks').get(taskId);
    if (current && current.updatedAt !== expectedUpdatedAt) return false;
    if (current) await removeTask(tx, current, now);
    await tx.objectStore('syncItems').delete(taskId);
    // Nothing left to send: the server deleted it first.
    await settleQueued(tx, taskId, now);
    return true;
  });
}

export function logConflict(db: TasklaneDb, conflict: SyncConflict): Promise<void> {
  return writeAtomically(db, ['syncConflicts'], async (tx) => {
    const store = tx.objectStore('syncConflicts');
    await store.put({ ...conflict, discarded: conflict.discarded.slice(0, 20_000) });
    const count = await store.count();
    // Oldest first: trim the log to its cap.
    let cursor = count > MAX_CONFLICTS ? await store.index('by_at').openCursor() : null;
    for (let extra = count - MAX_CONFLICTS; cursor && extra > 0; extra--) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  });
}

export async function listConflicts(db: TasklaneDb, limit: number): Promise<SyncConflict[]> {
  const rows: SyncConflict[] = [];
  let cursor = await db.transaction('syncConflicts').store.index('by_at').openCursor(null, 'prev');
  while (cursor && rows.length < limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

export async function clearConflicts(db: TasklaneDb): Promise<void> {
  await db.clear('syncConflicts');
}
