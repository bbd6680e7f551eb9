// Counts what IndexedDB hands back, per object store, by wrapping the read methods of
// fake-indexeddb's IDBObjectStore and IDBIndex: `values` are records (get, getAll, each step
// of openCursor), `keys` are keys alone (getKey, getAllKeys, openKeyCursor steps, and what
// count() walks). Tests use it to prove a query reads a range, not the whole store.
import { afterEach } from 'vitest';

export interface Reads {
  values: Record<string, number>;
  keys: Record<string, number>;
}

type Kind = 'values' | 'keys';
type Source = IDBObjectStore | IDBIndex;

const storeOf = (source: Source) => ('objectStore' in source ? source.objectStore.name : source.name);

/** How each read method's successful results count. */
const READS: Record<string, { kind: Kind; counted: (result: unknown) => number }> = {
  get: { kind: 'values', counted: (r) => (r === undefined ? 0 : 1) },
  getAll: { kind: 'values', counted: (r) => (r as unknown[]).length },
  openCursor: { kind: 'values', counted: (r) => (r ? 1 : 0) },
  getKey: { kind: 'keys', counted: (r) => (r === undefined ? 0 : 1) },
  getAllKeys: { kind: 'keys', counted: (r) => (r as unknown[]).length },
  openKeyCursor: { kind: 'keys', counted: (r) => (r ? 1 : 0) },
  count: { kind: 'keys', counted: (r) => r as number },
};

let active: Reads | undefined;
const restore: (() => void)[] = [];

function wrap(proto: object): void {
  for (const [method, { kind, counted }] of Object.entries(READS)) {
    const original = Reflect.get(proto, method) as (...args: unknown[]) => IDBRequest;
    Reflect.set(proto, method, function (this: Source, ...args: unknown[]) {
      const request = original.apply(this, args);
      const reads = active;
      const store = storeOf(this);
      if (reads) {
        // Every step of a cursor fires 'success' again on the same request.
        request.addEventListener('success', () => {
          reads[kind][store] = (reads[kind][store] ?? 0) + counted(request.result);
        });
      }
      return request;
    });
    restore.push(() => Reflect.set(proto, method, original));
  }
}

/**
 * Starts counting (until the test ends). Returns the live tallies; `reset()` starts them over,
 * e.g. after the set-up's own reads.
 */
export function countReads(): Reads & { reset(): void; total(kind: Kind): number } {
  if (!restore.length) {
    wrap(IDBObjectStore.prototype);
    wrap(IDBIndex.prototype);
  }
  const reads: Reads = { values: {}, keys: {} };
  active = reads;
  return Object.assign(reads, {
    reset() {
      reads.values = {};
      reads.keys = {};
      active = reads;
    },
    total(kind: Kind) {
      return Object.values(reads[kind]).reduce((a, b) => a + b, 0);
    },
  });
}

afterEach(() => {
  active = undefined;
  while (restore.length) restore.pop()!();
});
