// What one sync run carries around: the database, the server, the clock, and the report it
// fills in. Built once per run by lib/sync/engine.ts.
import type { LabelOf } from '../data/ics';
import type { TasklaneDb } from '../db';
import type { Contact, Task } from '../model';
import type { DavClient } from './dav-client';
import type { SyncConflict, SyncReport } from './records';
import { logConflict } from '../db/sync-store';
import { conflictWords, type ConflictKind } from './words';

export interface SyncContext {
  db: TasklaneDb;
  client: DavClient;
  collectionUrl: string;
  now: () => number;
  /** Category labels for CATEGORIES lines, read the first time a push needs them. */
  labels: () => Promise<LabelOf>;
  /** People of the tasks pushed so far (CONTACT lines). */
  contacts: Map<string, Contact>;
  report: SyncReport;
  /** Tasks written from the server, for the change broadcast. */
  changedTaskIds: Set<string>;
  /** The title of a server task without one, in the rep's language (it is stored as the task's). */
  untitled: string;
}

export function newReport(now: number): SyncReport {
  return { at: now, pulled: 0, pushed: 0, deleted: 0, conflicts: 0, skipped: [], requests: 0, ms: 0 };
}

/** Records a conflict that was settled by keeping `kept`; the discarded side goes to the log. */
export async function recordConflict(
  ctx: SyncContext,
  task: Pick<Task, 'id' | 'title'>,
  kept: SyncConflict['kept'],
  kind: ConflictKind,
  discarded: string,
): Promise<void> {
  ctx.report.conflicts++;
  await logConflict(ctx.db, { id: crypto.randomUUID(), at: ctx.now(), taskId: task.id, title: task.title, kept, ...conflictWords(kind), discarded });
}

/** The href a new task is created at: its UID in the collection, so a retry hits the same URL. */
export function hrefFor(collectionUrl: string, uid: string): string {
  return new URL(`${encodeURIComponent(uid)}.ics`, collectionUrl).href;
}
