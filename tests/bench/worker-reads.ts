// Counts what IndexedDB hands back inside the extension's service worker, per object store: the
// bench's "records read". Installed in the worker's own realm (its IDBObjectStore and IDBIndex
// prototypes), so every read the store code makes through idb is seen; values are records
// (get, getAll, cursor steps), keys are keys alone (getAllKeys, key cursors, count()).
import type { Worker } from '@playwright/test';

export interface WorkerReads {
  values: Record<string, number>;
  keys: Record<string, number>;
}

/** Installs the counter in the worker (once per worker start) and sets it to zero. */
export async function resetWorkerReads(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __tlReads?: WorkerReads; __tlReadsInstalled?: boolean };
    g.__tlReads = { values: {}, keys: {} };
    if (g.__tlReadsInstalled) return;
    g.__tlReadsInstalled = true;
    const kinds: Record<string, 'values' | 'keys'> = { get: 'values', getAll: 'values', openCursor: 'values', getKey: 'keys', getAllKeys: 'keys', openKeyCursor: 'keys', count: 'keys' };
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, (...a: unknown[]) => IDBRequest>[]) {
      for (const [method, kind] of Object.entries(kinds)) {
        const original = proto[method]!;
        proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          const request = original.apply(this, args);
          const store = 'objectStore' in this ? this.objectStore.name : this.name;
          request.addEventListener('success', () => {
            const r = request.result as unknown;
            const n = Array.isArray(r) ? r.length : typeof r === 'number' && method === 'count' ? r : r === undefined || r === null ? 0 : 1;
            const tally = g.__tlReads![kind];
            tally[store] = (tally[store] ?? 0) + n;
          });
          return request;
        };
      }
    }
  });
}

export async function workerReads(worker: Worker): Promise<WorkerReads> {
  return worker.evaluate(() => (globalThis as unknown as { __tlReads?: WorkerReads }).__tlReads ?? { values: {}, keys: {} });
}

export const totalOf = (tally: Record<string, number>) => Object.values(tally).reduce((a, b) => a + b, 0);
