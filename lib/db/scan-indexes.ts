// The tasks indexes of version 7, so the hot reads are key ranges instead of walks of the
// whole store:
//  - target progress (lib/db/targets.ts): per category value and status, by completion time
//    (the 'completed' metric) and by creation time (the 'created' metric), counted by key;
//  - the options page's table (lib/db/task-query.ts): by status and each sort, and a status-free
//    twin of each for "all", so a page is read in order and stops at its limit.
// IndexedDB leaves a record out of an index when any part of the key is missing, which is
// what the queries want: only done tasks have completedAt, only dated tasks have due.date.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Dimension } from '../model';
import type { TasklaneSchema } from './schema';

type PerDimension<Suffix extends string, Key> = { [D in Dimension as `by_${D}${Suffix}`]: Key };

export type ScanIndexes = PerDimension<'_completed', [string, string, number]> &
  PerDimension<'_status_created', [string, string, number]> & {
    by_status_created: [string, number];
    by_status_updated: [string, number];
    by_due: string;
    by_created: number;
  };

/** [categories.<dimension>, status, completedAt]: done tasks of a value completed in a time range. */
export const COMPLETED_INDEX = {
  goal: 'by_goal_completed',
  cycle: 'by_cycle_completed',
  customer: 'by_customer_completed',
  channel: 'by_channel_completed',
} as const satisfies Record<Dimension, keyof ScanIndexes>;

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

/**
 * MIGRATIONS[6]: the indexes above (IndexedDB fills them from the stored tasks). The version-1
 * index per category value goes: [value, status, createdAt] answers its lookups as a prefix, and
 * each index costs every task write an entry.
 */
export function addScanIndexes(tasks: UpgradeStore): void {
  for (const dimension of Object.keys(COMPLETED_INDEX)) tasks.deleteIndex(`by_${dimension}`);
  for (const dimension of Object.keys(COMPLETED_INDEX) as Dimension[]) {
    tasks.createIndex(COMPLETED_INDEX[dimension], [`categories.${dimension}`, 'status', 'completedAt']);
    tasks.createIndex(CREATED_INDEX[dimension], [`categories.${dimension}`, 'status', 'createdAt']);
  }
  tasks.createIndex('by_status_created', ['status', 'createdAt']);
  tasks.createIndex('by_status_updated', ['status', 'updatedAt']);
  tasks.createIndex('by_due', 'due.date');
  tasks.createIndex('by_created', 'createdAt');
}
