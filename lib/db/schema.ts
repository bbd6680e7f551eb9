// The IndexedDB schema. Each version's changes are one step in MIGRATIONS; upgrade() runs every
// step from the stored version up, so any past database opens at the current version.
// tests/unit/db/migrations.test.ts opens a saved database of every past version.
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CategoryValue, Contact, Target, TargetMetric, Task, Template, Tombstone } from '../model';
import { createSyncQueue, createSyncStores, type SyncStores } from './sync-schema';
import { addScanIndexes, dropDuplicateIndexes, type ScanIndexes } from './scan-indexes';
import { markBuiltIfNoTasks } from './target-counts';

export const DB_NAME = 'tasklane';
export const DB_VERSION = 9;

export interface TasklaneSchema extends DBSchema, SyncStores {
  tasks: {
    key: string;
    value: Task;
    indexes: {
      /** [status, due.date]: open tasks due up to today is one key range, never a scan. */
      by_status_due: [string, string];
      /**
       * [status, reminder.offsetMinutes, due.date] (version 6): only tasks with a reminder offset
       * are in it. Per offset, the due dates whose reminder falls in the next week are one range
       * (lib/db/reminder-reads.ts), so a reminder set weeks before (or after) its due date is found
       * without reading every open task.
       */
      by_status_offset_due: [string, number, string];
      by_contact: string;
      /** Unique: the same dedupe key twice is the same task. */
      by_dedupe: string;
      /**
       * [followUp.state, status, createdAt] (version 8): only tasks with a follow-up are in it, so
       * the follow-ups waiting for a reply (lib/db/follow-up.ts) are one small key range.
       */
      by_followup: [string, string, number];
    } & ScanIndexes;
  };
  /** Ids of deleted tasks, for a later sync to delete them elsewhere too. */
  tombstones: { key: string; value: Tombstone };
  contacts: {
    key: string;
    value: Contact;
    indexes: { by_email: string; by_phone: string };
  };
  categories: {
    key: [string, string];
    value: CategoryValue;
    indexes: { by_dimension: string };
  };
  templates: { key: string; value: Template; indexes: { by_goal: string } };
  /** Goals per category value and period (version 2). */
  targets: { key: string; value: Target; indexes: { by_category: [string, string] } };
  /** Small named records: settings, which defaults were seeded. */
  meta: { key: string; value: unknown };
  /**
   * Per due date, how many open tasks are due then, in all and per goal (version 5). Kept in
   * step by every task write (lib/db/due-counts.ts), so "due up to today" is a few small rows.
   */
  dueCounts: { key: string; value: DueCountRow };
  /**
   * Per metric ('created' | 'completed') and calendar date, how many tasks of each category
   * value (version 9). Kept in step by every task write (lib/db/target-counts.ts), so a target's
   * progress is a few rows instead of index keys counted one by one.
   */
  targetCounts: { key: [string, string]; value: TargetCountRow };
}

/** Tasks of each category value ("dimension:value" → count) created, or completed, on `date`. */
export interface TargetCountRow {
  metric: TargetMetric;
  date: string;
  counts: Record<string, number>;
}

/** Open tasks due on `date`; `byGoal` counts those with a goal (the rest have none). */
export interface DueCountRow {
  date: string;
  total: number;
  byGoal: Record<string, number>;
}

export type TasklaneDb = IDBPDatabase<TasklaneSchema>;
type UpgradeTx = IDBPTransaction<TasklaneSchema, StoreNames<TasklaneSchema>[], 'versionchange'>;
type Migration = (db: TasklaneDb, tx: UpgradeTx) => void;

/** MIGRATIONS[n] takes a database from version n to n + 1. */
export const MIGRATIONS: Migration[] = [
  // 0 → 1: the first schema.
  (db) => {
    const tasks = db.createObjectStore('tasks', { keyPath: 'id' });
    tasks.createIndex('by_status_due', ['status', 'due.date']);
    tasks.createIndex('by_contact', 'contactId');
    // One index per category value (removed in version 7: the [value, status, createdAt]
    // indexes answer the same lookups as a prefix). Untyped: the current schema lacks them.
    for (const dimension of ['goal', 'cycle', 'customer', 'channel']) {
      (tasks as unknown as IDBObjectStore).createIndex(`by_${dimension}`, `categories.${dimension}`);
    }
    tasks.createIndex('by_dedupe', 'dedupeKey', { unique: true });
    // Removed in version 9 (by_status_updated answers it per status); untyped for that reason.
    (tasks as unknown as IDBObjectStore).createIndex('by_updated', 'updatedAt');
    db.createObjectStore('tombstones', { keyPath: 'id' });
    const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
    contacts.createIndex('by_email', 'email', { unique: true });
    contacts.createIndex('by_phone', 'phone');
    const categories = db.createObjectStore('categories', { keyPath: ['dimension', 'id'] });
    categories.createIndex('by_dimension', 'dimension');
    const templates = db.createObjectStore('templates', { keyPath: 'id' });
    templates.createIndex('by_goal', 'goal');
    db.createObjectStore('meta');
  },
  // 1 → 2: targets per category value ("20 new-customer calls a week"); by_category finds the
  // targets on a value when that value is deleted.
  (db) => {
    const targets = db.createObjectStore('targets', { keyPath: 'id' });
    targets.createIndex('by_category', ['dimension', 'value']);
  },
  // 2 → 3: CalDAV sync's links, settings and conflict log (lib/db/sync-schema.ts).
  (db) => createSyncStores(db),
  // 3 → 4: [status, goal, due.date] lets the popup count today's tasks per goal type with a
  // key-only count per goal instead of reading every due task.
  // (Removed in version 9: the due counters' rebuild reads the open tasks instead.)
  (_db, tx) => {
    (tx.objectStore('tasks') as unknown as IDBObjectStore).createIndex('by_status_goal_due', ['status', 'categories.goal', 'due.date']);
  },
  // 4 → 5: counting keys in IndexedDB walks every key (Chrome: ~10 µs each), too slow for the
  // popup with thousands due. Counters per due date, filled once by openTasklaneDb (it finds
  // no marker in `meta` and rebuilds from the tasks), then kept in step by each task write.
  (db) => {
    db.createObjectStore('dueCounts', { keyPath: 'date' });
  },
  // 5 → 6: the reminder plan read the open tasks from the oldest due date on, capped at 2,000, so
  // a backlog of old overdue tasks left today's reminders out. It now reads only the dates whose
  // reminders can fire soon; tasks reminding far from their due date are found through this index.
  (_db, tx) => {
    tx.objectStore('tasks').createIndex('by_status_offset_due', ['status', 'reminder.offsetMinutes', 'due.date']);
  },
  // 6 → 7: target progress, the options table and sync read ranges instead of whole stores:
  // indexes by category value and time, by status and sort (lib/db/scan-indexes.ts), and the
  // queue of tasks changed since the last push (syncQueue, lib/db/sync-queue.ts). The queue
  // starts empty and unmarked, so the next sync first queues whatever the server lacks.
  (db, tx) => {
    addScanIndexes(tx.objectStore('tasks'));
    createSyncQueue(db);
  },
  // 7 → 8: follow-ups waiting for a reply (issue 16) are asked for by every mail page; without an
  // index that read every open task (2,000 open tasks: ~200 ms in Chromium on a worker start).
  (_db, tx) => {
    tx.objectStore('tasks').createIndex('by_followup', ['followUp.state', 'status', 'createdAt']);
  },
  // 8 → 9: a 20,000-task import's commit is bound by index entries per task (19 indexes; issue
  // 17). The target indexes by completion give way to per-day counters, kept by each write and
  // filled from the tasks by the first target count (no marker yet: lib/db/target-counts.ts;
  // marked at once when there is no task); the status-free twins and the per-goal due index
  // go, their reads served by the per-status indexes (lib/db/scan-indexes.ts says which).
  (db, tx) => {
    dropDuplicateIndexes(tx.objectStore('tasks'));
    db.createObjectStore('targetCounts', { keyPath: ['metric', 'date'] });
    markBuiltIfNoTasks(unwrap(tx.objectStore('tasks')), unwrap(tx.objectStore('meta')), Date.now());
  },
];

export function upgrade(db: TasklaneDb, oldVersion: number, newVersion: number | null, tx: UpgradeTx) {
  for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from database version ${version}`);
    step(db, tx);
  }
}
