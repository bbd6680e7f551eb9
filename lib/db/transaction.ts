// All-or-nothing writes. IndexedDB commits a transaction by itself as soon as no request is
// pending, so a failure half-way (a quota error on the 500th put, a bad reference found late)
// would otherwise leave the first 499 writes behind: every multi-record write goes through
// writeAtomically, which aborts the transaction on any error.
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { toStorageError } from './errors';
import type { TasklaneDb, TasklaneSchema } from './schema';

export type Stores = StoreNames<TasklaneSchema>;
export type WriteTx<Names extends Stores[]> = IDBPTransaction<TasklaneSchema, Names, 'readwrite'>;

/**
 * Any readwrite transaction whose store list includes every one of `Names` (it may hold more):
 * what a helper that writes those stores inside its caller's transaction asks for.
 */
export interface TxWith<Names extends Stores> {
  objectStore<Name extends Names>(name: Name): IDBPObjectStore<TasklaneSchema, ArrayLike<Stores>, Name, 'readwrite'>;
}

/**
 * Runs `work` in one readwrite transaction over `stores`. `work` must await only IndexedDB
 * requests (any other await lets the transaction commit early). Errors that carry a string
 * `code` (ProtocolError, StorageError) pass through unchanged; IndexedDB failures become a
 * StorageError (storage_full for a quota error).
 */
export async function writeAtomically<Names extends Stores[], R>(
  db: TasklaneDb,
  stores: Names,
  work: (tx: WriteTx<Names>) => Promise<R>,
): Promise<R> {
  let tx: WriteTx<Names> | undefined;
  try {
    tx = db.transaction(stores, 'readwrite');
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    if (tx) {
      // Once aborted, `done` rejects; nobody else waits on it.
      tx.done.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by IndexedDB itself (a failed request aborts it).
      }
    }
    if (typeof (error as { code?: unknown } | null)?.code === 'string') throw error;
    throw toStorageError(error);
  }
}
