// The worker's way to its database.
// - When the browser refuses IndexedDB itself (lib/db/open.ts says which answers count: a
//   private window in some browsers, storage turned off), Tasklane keeps working on an in-memory
//   database for as long as the worker lives, and says so in the popup, the options page and
//   every in-page toast.
// - Any other failure to open (a failed seed, a broken migration, a newer database) is not
//   papered over with an empty store whose tasks vanish when the worker sleeps: the request gets
//   a plain `storage_unavailable` error, and the next request after a bounded backoff tries again.
// - A connection closed under us (an upgrade or delete elsewhere, the browser) is dropped, so the
//   next request opens a fresh one instead of failing on a closed handle forever.
import * as memory from 'fake-indexeddb';
import { StorageError, StorageRefusedError, type OpenHooks, type TasklaneDb } from '../db';

export type StorageMode = 'persistent' | 'memory';

/** The wait after the first failed open; it doubles with each failure in a row, up to the max. */
export const DB_RETRY_FIRST_MS = 1_000;
export const DB_RETRY_MAX_MS = 30_000;

export interface DatabaseAccess {
  getDb: () => Promise<TasklaneDb>;
  mode: () => StorageMode;
}

const unavailable = (cause?: unknown) =>
  new StorageError(
    'storage_unavailable',
    'Tasklane could not open its storage just now, so nothing was saved. It tries again in a few seconds; if this keeps happening, restart the browser.',
    { cause },
  );

export function createDatabaseAccess(
  open: (hooks: OpenHooks) => Promise<TasklaneDb>,
  openInMemory: (hooks: OpenHooks) => Promise<TasklaneDb>,
  options: { now?: () => number } = {},
): DatabaseAccess {
  const now = options.now ?? Date.now;
  let current: Promise<TasklaneDb> | undefined;
  let mode: StorageMode = 'persistent';
  let failures = 0;
  let retryAt = 0;

  async function openPersistent(hooks: OpenHooks): Promise<TasklaneDb> {
    try {
      const db = await open(hooks);
      failures = 0;
      return db;
    } catch (error) {
      if (error instanceof StorageRefusedError) {
        console.warn('[tasklane] the browser refuses IndexedDB; keeping data in memory for this session', error);
        mode = 'memory';
        return openInMemory(hooks);
      }
      failures++;
      retryAt = now() + Math.min(DB_RETRY_MAX_MS, DB_RETRY_FIRST_MS * 2 ** (failures - 1));
      console.error('[tasklane] the database could not be opened; trying again later', error);
      throw unavailable(error);
    }
  }

  return {
    getDb() {
      if (current) return current;
      if (failures > 0 && now() < retryAt) return Promise.reject(unavailable());
      // This connection forgets itself when it is closed under us; a later one is left alone.
      const hooks: OpenHooks = {
        onClose: () => {
          if (current === opening) current = undefined;
        },
      };
      const opening: Promise<TasklaneDb> = mode === 'memory' ? openInMemory(hooks) : openPersistent(hooks);
      current = opening;
      opening.catch(() => {
        if (current === opening) current = undefined;
      });
      return opening;
    },
    mode: () => mode,
  };
}

/** The in-memory IndexedDB this worker swapped in, so reopening after a close keeps its data. */
let installed: unknown;

/**
 * Swaps this worker's IndexedDB for fake-indexeddb's in-memory one (once) and opens Tasklane there.
 * Every IDB* global is replaced, not only `indexedDB`: idb recognises requests, databases and
 * cursors with `instanceof` against these globals.
 */
export async function openInMemoryDb(openDb: () => Promise<TasklaneDb>): Promise<TasklaneDb> {
  if (installed === undefined || (globalThis as { indexedDB?: unknown }).indexedDB !== installed) {
    installed = new memory.IDBFactory();
    const replacements: Record<string, unknown> = { ...memory, indexedDB: installed };
    for (const name of Object.keys(replacements)) {
      if (name !== 'indexedDB' && !name.startsWith('IDB')) continue;
      // Own properties shadow the worker's read-only getters (a static import: no import() in workers).
      Object.defineProperty(globalThis, name, { value: replacements[name], configurable: true, writable: true });
    }
  }
  return openDb();
}
