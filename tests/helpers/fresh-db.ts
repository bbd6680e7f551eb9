// Each test gets its own in-memory IndexedDB (fake-indexeddb), so tests never share state.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
  globalThis.IDBKeyRange = IDBKeyRange;
}
