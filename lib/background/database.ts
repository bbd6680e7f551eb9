// The worker's way to its database. When the browser will not open IndexedDB (a private
// window in some browsers, a broken profile, storage turned off), Tasklane keeps working on an
// in-memory database for as long as the worker lives and says so in the popup and options
// page, rather than failing every request.
import * as memory from 'fake-indexeddb';
import type { TasklaneDb } from '../db';

export type StorageMode = 'persistent' | 'memory';

export interface DatabaseAccess {
  getDb: () => Promise<TasklaneDb>;
  mode: () => StorageMode;
}

export function createDatabaseAccess(open: () => Promise<TasklaneDb>, openInMemory: () => Promise<TasklaneDb>): DatabaseAccess {
  let db: Promise<TasklaneDb> | undefined;
  let mode: StorageMode = 'persistent';
  return {
    getDb() {
      db ??= open().catch(async (error) => {
        console.error('[tasklane] IndexedDB is not available; keeping data in memory', error);
        mode = 'memory';
        return openInMemory();
      });
      return db;
    },
    mode: () => mode,
  };
}

/**
 * Swaps this worker's IndexedDB for fake-indexeddb's in-memory one and opens Tasklane there.
 * Every IDB* global is replaced, not only `indexedDB`: idb recognises requests, databases and
 * cursors with `instanceof` against these globals.
 */
export async function openInMemoryDb(openDb: () => Promise<TasklaneDb>): Promise<TasklaneDb> {
  const replacements: Record<string, unknown> = { ...memory, indexedDB: new memory.IDBFactory() };
  for (const name of Object.keys(replacements)) {
    if (name !== 'indexedDB' && !name.startsWith('IDB')) continue;
    // Own properties shadow the worker's read-only getters (a static import: no import() in workers).
    Object.defineProperty(globalThis, name, { value: replacements[name], configurable: true, writable: true });
  }
  return openDb();
}
