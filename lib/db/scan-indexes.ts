// The tasks indexes of version 7, as version 9 left them, so the hot reads are key ranges
// instead of walks of the whole store:
//  - by category value (CREATED_INDEX, [value, status, createdAt]): the options table's value
//    filters, a value's tasks (insights, category delete and usage);
//  - the options page's table (lib/db/task-query.ts): by status and each sort.
// IndexedDB leaves a record out of an index when any part of the key is missing, which is
// what the queries want: only dated tasks have due.date.
//
// Every index costs every task write an entry, and a 20,000-task import's commit is bound by
// them (README, Performance). Version 9 dropped what other reads can serve:
//  - the status-free twins by_due, by_created, by_updated: a query over every status reads the
//    [status, …] index's range for each status (there are two) and merges them in order
//    (lib/db/task-query-reads.ts);
//  - [value, status, completedAt] per dimension (COMPLETED_INDEX below) and the target counts
//    by key: per-day counters now (lib/db/target-counts.ts);
//  - [status, goal, due.date]: only the due counters' rebuild read it, which now reads the open
//    tasks themselves (lib/db/due-counts.ts).
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Dimension } from '../model';
import type { TasklaneSchema } from './schema';

type PerDimension<Suffix extends string, Key> = { [D in Dimension as `by_${D}${Suffix}`]: Key };

export type ScanIndexes = PerDimension<'_status_created', [string, string, number]> & {
  by_status_created: [string, number];
  by_status_updated: [string, number];
};

/** Version 7's [categories.<dimension>, status, completedAt] indexes, gone in version 9. */
const COMPLETED_INDEX: Record<Dimension, string> = {
  goal: 'by_goal_completed',
  cycle: 'by_cycle_completed',
  customer: 'by_customer_completed',
  channel: 'by_channel_completed',
};

/**
 * [categories.<dimension>, status, createdAt]: tasks of a value (and status) by creation time;
 * all of a value's tasks with ofValue.
 */
export const CREATED_INDEX = {
  goal: 'by_goal_status_created',
  cycle: 'by_cycle_status_created',
  customer: 'by_customer_status_created',
  channel: 'by_channel_status_created',
} as const satisfies Record<Dimension, keyof ScanIndexes>;

/** Every key of a CREATED_INDEX that starts with `value`: all of that value's tasks. */
export const ofValue = (value: string): IDBKeyRange => IDBKeyRange.bound([value], [value, []]);

type UpgradeStore = IDBPObjectStore<TasklaneSchema, StoreNames<TasklaneSchema>[], 'tasks', 'versionchange'>;

/** Indexes of earlier versions that the current schema type no longer names. */
const untyped = (tasks: UpgradeStore) => tasks as unknown as IDBObjectStore;

/**
 * MIGRATIONS[6]: the indexes above (IndexedDB fills them from the stored tasks). The version-1
 * index per category value goes: [value, status, createdAt] answers its lookups as a prefix, and
 * each index costs every task write an entry.
 */
export function addScanIndexes(tasks: UpgradeStore): void {
  for (const dimension of Object.keys(COMPLETED_INDEX)) tasks.deleteIndex(`by_${dimension}`);
  for (const dimension of Object.keys(COMPLETED_INDEX) as Dimension[]) {
    untyped(tasks).createIndex(COMPLETED_INDEX[dimension], [`categories.${dimension}`, 'status', 'completedAt']);
    tasks.createIndex(CREATED_INDEX[dimension], [`categories.${dimension}`, 'status', 'createdAt']);
  }
  tasks.createIndex('by_status_created', ['status', 'createdAt']);
  tasks.createIndex('by_status_updated', ['status', 'updatedAt']);
  untyped(tasks).createIndex('by_due', 'due.date');
  untyped(tasks).createIndex('by_created', 'createdAt');
}

/** The indexes version 9 dropped (see the top of this file). */
export const DROPPED_IN_9 = ['by_due', 'by_created', 'by_updated', 'by_status_goal_due', ...Object.values(COMPLETED_INDEX)];

/** MIGRATIONS[8]. */
export function dropDuplicateIndexes(tasks: UpgradeStore): void {
  for (const name of DROPPED_IN_9) tasks.deleteIndex(name);
}
