// Saving and deleting one record by id, with storage failures mapped to plain-words errors.
// Shared by the stores whose records are edited one at a time (templates, targets).
import type { StoreNames, StoreValue } from 'idb';
import { toStorageError } from './errors';
import type { TasklaneDb, TasklaneSchema } from './schema';

type ByIdStore = 'templates' | 'targets';

export async function putRecord<S extends ByIdStore & StoreNames<TasklaneSchema>>(db: TasklaneDb, store: S, value: StoreValue<TasklaneSchema, S>): Promise<void> {
  try {
    await db.put(store, value);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes the record; false when there was none. */
export async function deleteRecord(db: TasklaneDb, store: ByIdStore, id: string): Promise<boolean> {
  try {
    const tx = db.transaction(store, 'readwrite');
    const existing = await tx.store.get(id);
    if (existing) await tx.store.delete(id);
    await tx.done;
    return Boolean(existing);
  } catch (error) {
    throw toStorageError(error);
  }
}
