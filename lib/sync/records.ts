// What sync keeps in IndexedDB (stores created by lib/db/sync-schema.ts). Settings are
// validated with length caps when the options page saves them; the rest is written by the
// sync engine alone.
import * as v from 'valibot';
import { MAX, type Task } from '../model';
import type { SkipWords } from './words';

/** One task's link to its item on the server. */
export interface SyncItem {
  taskId: string;
  /** Absolute URL of the calendar object. */
  href: string;
  /** The item's UID: the task id, or another app's UID for items it created. */
  uid: string;
  etag?: string;
  /** task.updatedAt when the task and the item last agreed; a different value means a local edit. */
  syncedUpdatedAt: number;
  /** The server's copy last seen, so a push keeps the properties Tasklane does not know. */
  ics: string;
}

/** Edited here since it last matched the server (or never sent to it). */
export const isDirty = (task: Task, item: SyncItem | undefined): boolean => !item || task.updatedAt !== item.syncedUpdatedAt;

const isSafeScheme = (s: string) => /^https:\/\//i.test(s) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/i.test(s);

const ServerUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(MAX.url),
  v.url('Enter the server address, e.g. https://cloud.example.com/remote.php/dav'),
  v.check(isSafeScheme, 'Use an https:// address (plain http only for a server on this computer).'),
);

/** A host the server pointed to and the rep allowed, kept as its origin. */
const ApprovedOriginSchema = v.pipe(
  v.string(),
  v.maxLength(MAX.url),
  v.url(),
  v.check(isSafeScheme, 'Only https:// hosts can be allowed.'),
  v.transform((s) => new URL(s).origin),
);

/** Origins the rep allowed besides the server's own; a handful at most (iCloud needs one). */
export const ApprovedOriginsSchema = v.pipe(v.array(ApprovedOriginSchema), v.maxLength(5));

export const SyncSettingsSchema = v.object({
  serverUrl: ServerUrlSchema,
  username: v.pipe(v.string(), v.trim(), v.minLength(1, 'Enter your user name.'), v.maxLength(200)),
  password: v.pipe(v.string(), v.minLength(1, 'Enter your password or app password.'), v.maxLength(500)),
  /** The task list chosen in the options page; sync does nothing until there is one. */
  collectionUrl: v.optional(v.pipe(v.string(), v.maxLength(MAX.url), v.url())),
  collectionName: v.optional(v.pipe(v.string(), v.maxLength(200))),
  enabled: v.boolean(),
  /**
   * Other origins the rep allowed in Options → Sync (where the server keeps the task lists, as
   * iCloud does on its pNN-caldav hosts). The password goes to these and the server's own origin
   * only. Settings saved before this field existed have none.
   */
  approvedOrigins: v.optional(ApprovedOriginsSchema),
});
export type SyncSettings = v.InferOutput<typeof SyncSettingsSchema>;

export interface SyncReport {
  at: number;
  pulled: number;
  pushed: number;
  deleted: number;
  conflicts: number;
  /** Server items that could not be read (or stored) as tasks: the reason in English for logs,
   *  and as a UI string (./words.ts; older reports have none until read, keyedSyncStatus). */
  skipped: ({ href: string; problem: string } & Partial<SkipWords>)[];
  requests: number;
  ms: number;
}

export interface SyncStatus {
  lastSyncAt?: number;
  /** `key`: the UI string that says it (the English message is for logs and older statuses). */
  lastError?: { message: string; at: number; key?: string; params?: string[] };
  /** Failed attempts in a row, for the backoff. */
  failures: number;
  nextRetryAt?: number;
  lastReport?: SyncReport;
}

/** Where the last pull ended on the server. */
export interface SyncCursor {
  collectionUrl: string;
  syncToken?: string;
  /** The server refused sync-collection: list ETags instead from now on. */
  noSyncCollection?: boolean;
  /** ETags of items skipped as malformed, so they are not fetched again until they change. */
  skipped: Record<string, string>;
}

export interface SyncConflict {
  id: string;
  at: number;
  taskId: string;
  title: string;
  /** Which version was kept. */
  kept: 'local' | 'server';
  /** English, for logs; the UI says `key` (./words.ts; older entries get one when read). */
  reason: string;
  key?: string;
  /** The version not kept, as iCalendar (server) or JSON (local), cut to 20 KB. */
  discarded: string;
}
