// Requests of Options → Sync (CalDAV). All are for the extension's own pages. Handlers:
// lib/background/sync-handlers.ts. The password is never sent back to a page.
import * as v from 'valibot';
import { MAX } from '../../model';
import { ApprovedOriginsSchema, SyncSettingsSchema, type SyncConflict, type SyncStatus } from '../../sync/records';
import type { RequestDefinitions } from '../protocol';

/**
 * Server details as the form sends them; an empty password means "the one already saved".
 * `approvedOrigins`: other hosts the rep allowed on this page (from a permission prompt they
 * answered), which may receive the password too.
 */
const AccountSchema = v.object({
  serverUrl: SyncSettingsSchema.entries.serverUrl,
  username: SyncSettingsSchema.entries.username,
  password: v.optional(v.pipe(v.string(), v.maxLength(500)), ''),
  approvedOrigins: v.optional(ApprovedOriginsSchema, []),
});

export const SYNC_REQUESTS = {
  'sync.status': { access: 'extension', input: v.object({}) },
  'sync.discover': { access: 'extension', input: AccountSchema },
  'sync.createList': {
    access: 'extension',
    input: v.object({ ...AccountSchema.entries, name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)), 'Tasklane') }),
  },
  'sync.save': {
    access: 'extension',
    input: v.object({
      ...AccountSchema.entries,
      collectionUrl: v.pipe(v.string(), v.maxLength(MAX.url), v.url('Choose a task list first.')),
      collectionName: v.optional(v.pipe(v.string(), v.maxLength(200))),
      enabled: v.boolean(),
    }),
  },
  /** Starts a sync in the background and answers at once; the status follows as a change event. */
  'sync.now': { access: 'extension', input: v.object({}) },
  'sync.clearConflicts': { access: 'extension', input: v.object({}) },
} as const satisfies RequestDefinitions;

/** The settings as a page sees them. */
export interface SyncSettingsView {
  serverUrl: string;
  username: string;
  hasPassword: boolean;
  collectionUrl?: string;
  collectionName?: string;
  enabled: boolean;
  approvedOrigins: string[];
}

export interface SyncResponses {
  'sync.status': { settings: SyncSettingsView | null; status: SyncStatus; conflicts: SyncConflict[]; running: boolean };
  /**
   * The task lists; or, when the server keeps them on a host the rep has not allowed, none and
   * that host to ask about (`origin`, and `host` to show).
   */
  'sync.discover': { lists: { url: string; name: string }[]; approve?: { origin: string; host: string } };
  'sync.createList': { list: { url: string; name: string } };
  'sync.save': { settings: SyncSettingsView };
  'sync.now': { started: true };
  'sync.clearConflicts': { cleared: true };
}
