// Rebuilds a saved database of an earlier schema version with the raw IndexedDB API (not with
// the app's migrations), so the migration test really starts from what that version left.
interface IndexSpec { keyPath: string | string[]; unique?: boolean }
interface StoreSpec {
  keyPath: string | string[] | null;
  indexes: Record<string, IndexSpec>;
  records: unknown[];
  keyedRecords?: { key: IDBValidKey; value: unknown }[];
}
export interface DbSnapshot { version: number; stores: Record<string, StoreSpec> }

export function restoreSnapshot(name: string, snapshot: DbSnapshot): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, snapshot.version);
    open.onupgradeneeded = () => {
      const db = open.result;
      for (const [storeName, spec] of Object.entries(snapshot.stores)) {
        const store = db.createObjectStore(storeName, spec.keyPath === null ? {} : { keyPath: spec.keyPath });
        for (const [indexName, index] of Object.entries(spec.indexes)) {
          store.createIndex(indexName, index.keyPath, { unique: index.unique ?? false });
        }
        for (const record of spec.records) store.add(record);
        for (const { key, value } of spec.keyedRecords ?? []) store.add(value, key);
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}
