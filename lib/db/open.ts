// Opening the database. Only the background service worker calls this: every other context
// reaches the data through lib/messages.
import { openDB } from 'idb';
import { ensureDueCounts } from './due-counts';
import { StorageRefusedError } from './errors';
import { DB_NAME, DB_VERSION, upgrade, type TasklaneDb, type TasklaneSchema } from './schema';
import { seedDefaults } from './seed';

export interface OpenHooks {
  /** The connection was closed under us (an upgrade elsewhere, a delete, the browser): drop it. */
  onClose?: () => void;
}

/**
 * How browsers say they will not give this context IndexedDB at all, as opposed to a failure of
 * our own upgrade or seed (which a retry or a fix can cure):
 * - `indexedDB` missing or null: Firefox with `dom.indexedDB.enabled` off;
 * - `open()` throwing SecurityError: storage blocked for the origin (Firefox with cookies
 *   blocked, Chromium in an opaque origin);
 * - the open request failing with InvalidStateError: Firefox's private windows before 115.
 * Only the open request itself is judged: a failed migration aborts it with AbortError, a newer
 * database gives VersionError, and neither is a refusal.
 */
const REFUSALS = new Set(['SecurityError', 'InvalidStateError']);

export async function openTasklaneDb(name = DB_NAME, hooks: OpenHooks = {}): Promise<TasklaneDb> {
  if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageRefusedError('This browser offers no IndexedDB here.');
  let db: TasklaneDb;
  try {
    db = await openDB<TasklaneSchema>(name, DB_VERSION, {
      upgrade,
      // Another context (an updated worker, a delete) wants the database: let it have it, and
      // tell the owner so the next request opens a fresh connection instead of this closed one.
      blocking: () => {
        db.close();
        hooks.onClose?.();
      },
      // The browser closed the connection itself (storage cleared, the disk went away).
      terminated: () => hooks.onClose?.(),
    });
  } catch (error) {
    const refused = REFUSALS.has((error as { name?: string } | null)?.name ?? '');
    throw refused ? new StorageRefusedError('The browser refused to open IndexedDB.', { cause: error }) : error;
  }
  try {
    // The due counters are filled here, not in the upgrade: once after the version 5 migration,
    // again whenever their marker was deleted (lib/db/due-counts.ts). A failure is logged, not
    // thrown: the counters can wait for the next start, the rep's request need not.
    await ensureDueCounts(db, Date.now()).catch((error) => console.error('[tasklane] due counts not rebuilt', error));
    // The target counters are not: rebuilding them reads every task (100,000 tasks: ~3 s on an
    // idle machine, 26 s on a loaded one), and only target.list needs them, so its first call
    // after the version 9 migration pays (lib/db/target-counts.ts), not every request.
    // Defaults are seeded after every open, not only on install: seeding adds only what was
    // never seeded before, so a new default arrives with an update and a rep's edits stay.
    await seedDefaults(db);
  } catch (error) {
    // Half-opened: close it, or this connection would block the retry's upgrade.
    db.close();
    throw error;
  }
  return db;
}
