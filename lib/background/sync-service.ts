// Runs CalDAV sync in the worker: one run at a time, soon after a change (debounced), on a
// periodic alarm, on "Sync now", and again after a failure with backoff. A run never throws:
// its outcome lands in the sync status, which the options page shows.
import type { TasklaneDb } from '../db';
import { getSyncSettings, updateSyncStatus } from '../db/sync-store';
import { timed } from '../messages/timing';
import { retryDelayMs } from '../sync/backoff';
import { createDavClient } from '../sync/dav-client';
import { runSync } from '../sync/engine';
import { SyncError, toSyncError } from '../sync/errors';
import { syncErrorWords } from '../sync/error-words';
import type { SyncStatus } from '../sync/records';

export const SYNC_PERIODIC_ALARM = 'tasklane-sync-periodic';
export const SYNC_RETRY_ALARM = 'tasklane-sync-retry';
const PERIOD_MINUTES = 15;
/** Edits in quick succession make one sync. */
const DEBOUNCE_MS = 5_000;

export interface SyncAlarms {
  create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): unknown;
  get?(name: string): Promise<unknown>;
}

export interface SyncServiceDeps {
  getDb: () => Promise<TasklaneDb>;
  now: () => number;
  alarms: SyncAlarms;
  locale?: () => string;
  /** The rep's words for a server task without a title (lib/sync/engine.ts). */
  untitled?: () => Promise<string>;
  /** Whether the browser lets the worker reach this server (the optional host permission). */
  canReach?: (url: string) => Promise<boolean>;
  /** After a run: the tasks it changed, and that the status changed. */
  notify?: (changedTaskIds: string[]) => void;
  fetch?: typeof fetch;
}

export function createSyncService(deps: SyncServiceDeps) {
  let running: Promise<SyncStatus> | undefined;
  let again = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  async function runOnce(): Promise<SyncStatus> {
    const db = await deps.getDb();
    const settings = await getSyncSettings(db);
    if (!settings?.enabled || !settings.collectionUrl) return updateSyncStatus(db, (s) => s);
    const collectionUrl = settings.collectionUrl;
    let changed: string[] = [];
    try {
      if (deps.canReach && !(await deps.canReach(collectionUrl))) {
        throw new SyncError('permission', 'Tasklane may not contact this server yet. Open Options → Sync and press “Connect” to allow it.');
      }
      const client = createDavClient(settings, deps.fetch);
      const { report, changedTaskIds } = await timed('tasklane sync', () =>
        runSync({ db, client, collectionUrl, now: deps.now, ...(deps.locale ? { locale: deps.locale() } : {}), ...(deps.untitled ? { untitled: deps.untitled } : {}) }));
      changed = changedTaskIds;
      await deps.alarms.clear(SYNC_RETRY_ALARM);
      return await updateSyncStatus(db, () => ({ failures: 0, lastSyncAt: report.at, lastReport: report }));
    } catch (thrown) {
      const error = toSyncError(thrown);
      const status = await updateSyncStatus(db, (s) => {
        const failures = s.failures + 1;
        const next: SyncStatus = { ...s, failures, lastError: { message: error.message, ...syncErrorWords(error), at: deps.now() } };
        delete next.nextRetryAt;
        if (error.retry) next.nextRetryAt = deps.now() + retryDelayMs(failures);
        return next;
      });
      if (status.nextRetryAt) await deps.alarms.create(SYNC_RETRY_ALARM, { when: status.nextRetryAt });
      return status;
    } finally {
      deps.notify?.(changed);
    }
  }

  /** Starts a run, or when one is going, one more right after it. Resolves with the status. */
  function syncNow(): Promise<SyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let status: SyncStatus;
      do {
        again = false;
        status = await runOnce().catch((error: unknown) => {
          // Only the database itself can fail here; report it like any other failure.
          console.error('[tasklane] sync failed', error);
          return { failures: 0, lastError: { message: 'Sync could not read Tasklane’s own data.', key: 'errorSyncOwnData', at: deps.now() } };
        });
      } while (again);
      return status;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    syncNow,
    /** A task changed: sync a few seconds after the last of a burst of edits. */
    scheduleSoon(): void {
      clearTimeout(debounce);
      debounce = setTimeout(() => void syncNow(), DEBOUNCE_MS);
    },
    onAlarm(name: string): boolean {
      if (name !== SYNC_PERIODIC_ALARM && name !== SYNC_RETRY_ALARM) return false;
      void syncNow();
      return true;
    },
    /** Sets the periodic alarm to match the settings (on start and after saving them). */
    async applySchedule(enabled: boolean, options: { keepExisting?: boolean } = {}): Promise<void> {
      if (enabled && options.keepExisting && (await deps.alarms.get?.(SYNC_PERIODIC_ALARM))) return;
      if (enabled) await deps.alarms.create(SYNC_PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
      else await Promise.all([deps.alarms.clear(SYNC_PERIODIC_ALARM), deps.alarms.clear(SYNC_RETRY_ALARM)]);
    },
    get isRunning() {
      return running !== undefined;
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
