// The stores CalDAV sync adds in version 3 (lib/sync). Kept apart from the task stores so
// sync's bookkeeping never changes what a task is.
import type { SyncConflict, SyncItem } from '../sync/records';
import type { TasklaneDb } from './schema';

export interface SyncStores {
  /** One row per synced task: its item's URL, ETag and the server copy last seen. */
  syncItems: { key: string; value: SyncItem; indexes: { by_href: string } };
  /** Named records: 'settings', 'status', 'cursor' (lib/db/sync-store.ts). */
  syncMeta: { key: string; value: unknown };
  /** Conflicts resolved by keeping the newer side; the other side is kept here for the rep. */
  syncConflicts: { key: string; value: SyncConflict; indexes: { by_at: number } };
  /**
   * Tasks that may differ from the server (version 7): every task write queues its id in its
   * own transaction, a push reads only these, and an id leaves once its task matches the
   * server again (lib/db/sync-queue.ts).
   */
  syncQueue: { key: string; value: QueuedTask };
}

export interface QueuedTask {
  taskId: string;
  /** When it was last queued (for the curious: nothing depends on it). */
  at: number;
}

/** MIGRATIONS[2]: version 2 → 3. */
export function createSyncStores(db: TasklaneDb): void {
  const items = db.createObjectStore('syncItems', { keyPath: 'taskId' });
  items.createIndex('by_href', 'href', { unique: true });
  db.createObjectStore('syncMeta');
  const conflicts = db.createObjectStore('syncConflicts', { keyPath: 'id' });
  conflicts.createIndex('by_at', 'at');
}

/** Part of MIGRATIONS[6]: version 6 → 7. */
export function createSyncQueue(db: TasklaneDb): void {
  db.createObjectStore('syncQueue', { keyPath: 'taskId' });
}
