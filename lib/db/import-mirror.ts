// An import's stores held in memory, inside the import's one transaction. A 20,000-row file
// asked IndexedDB for a task, its dedupe key, its tombstone, its person (by email, then phone),
// a due counter and a queue entry one request after another: ten round trips a row, thirty
// seconds a file (issue 17). Here the stores the import reads are read once each (getAll), every
// row is worked out against that copy by the very same code (importTasks, writeTaskChange,
// putTask, upsertContact: the rules live in one place), and what changed is written back at the
// end as a batch of puts and deletes without waiting on each. A preview writes nothing at all.
//
// It stays inside the real transaction, so no other write can slip in between the read and the
// write: the copy never goes stale. The copy answers the store calls the import makes (get,
// getKey, add, put, delete, index(name).get/getKey) as IndexedDB would, unique indexes included;
// a store it did not read may only be written to.
import type { IDBPTransaction } from 'idb';
import type { TasklaneSchema } from './schema';
import { deepFreeze, keyOf, mapKey, type Key, type KeyPath } from './key-paths';
import type { Stores, WriteTx } from './transaction';

/** The transaction an import reads in: readwrite for a commit, readonly for a preview. */
export type AnyTx = IDBPTransaction<TasklaneSchema, Stores[], IDBTransactionMode>;

export const DELETED = Symbol('deleted');

/** One write of the import: the record's key and its new value, or DELETED. */
export interface Change {
  key: IDBValidKey;
  value: unknown;
}

const constraint = (message: string) => new DOMException(message, 'ConstraintError');

class MirrorIndex {
  /** Index key → the primary keys of the records under it. */
  private entries = new Map<string, Map<string, Key>>();

  constructor(
    readonly name: string,
    readonly keyPath: KeyPath,
    readonly unique: boolean,
    records: Iterable<[string, Key, unknown]>,
  ) {
    for (const [id, key, value] of records) this.add(id, key, value);
  }

  add(id: string, primary: Key, value: unknown) {
    const key = keyOf(value, this.keyPath);
    if (key === undefined) return;
    const at = this.entries.get(mapKey(key)) ?? new Map<string, Key>();
    at.set(id, primary);
    this.entries.set(mapKey(key), at);
  }

  remove(id: string, value: unknown) {
    const key = keyOf(value, this.keyPath);
    if (key !== undefined) this.entries.get(mapKey(key))?.delete(id);
  }

  /** Another record already holding `value`'s key in this unique index. */
  clash(id: string, value: unknown): boolean {
    if (!this.unique) return false;
    const key = keyOf(value, this.keyPath);
    const holders = key === undefined ? undefined : this.entries.get(mapKey(key));
    return !!holders && [...holders.keys()].some((other) => other !== id);
  }

  /** The primary key IndexedDB's index.getKey gives: the lowest among equal index keys. */
  first(key: Key): Key | undefined {
    const holders = this.entries.get(mapKey(key));
    if (!holders?.size) return undefined;
    const keys = [...holders.values()];
    return keys.length === 1 ? keys[0] : keys.sort((a, b) => indexedDB.cmp(a, b))[0];
  }
}

export class MirrorStore {
  private records = new Map<string, unknown>();
  private keys = new Map<string, Key>();
  private indexes = new Map<string, MirrorIndex>();
  /** Map keys of the records the store held when read. */
  private readonly original = new Set<string>();
  /** What the import changed: map key → the record's key and its new value (or DELETED). */
  readonly changes = new Map<string, Change>();
  /**
   * A streamed store's writes, in the order made, instead of `changes`: they are issued to the
   * real store while the import still works (takeLog), so that order is what keeps unique keys
   * valid there, as it did here.
   */
  private log: Change[] | undefined;

  constructor(
    readonly name: Stores,
    private readonly keyPath: KeyPath | null,
    private readonly indexSpecs: ReadonlyMap<string, { keyPath: KeyPath; unique: boolean }>,
    /** Read in full: false for a store the import only writes to. */
    private readonly loaded: boolean,
    values: unknown[] = [],
    keys: Key[] = [],
  ) {
    values.forEach((value, i) => {
      const key = keys[i]!;
      this.records.set(mapKey(key), deepFreeze(value));
      this.keys.set(mapKey(key), key);
      this.original.add(mapKey(key));
    });
  }

  /** From now on, keep this store's writes in order for takeLog (call before any write). */
  stream() {
    this.log ??= [];
  }

  /** The streamed writes made since the last call. */
  takeLog(): Change[] {
    const log = this.log ?? [];
    if (this.log) this.log = [];
    return log;
  }

  /** Writes still to issue: the collapsed changes, or the streamed log's rest. */
  get pending(): number {
    return this.log ? this.log.length : this.changes.size;
  }

  private note(id: string, change: Change) {
    if (this.log) this.log.push(change);
    else this.changes.set(id, change);
  }

  private mustBeLoaded(call: string) {
    if (!this.loaded) throw new Error(`The import's copy of ${this.name} was not read, so ${call} cannot answer.`);
  }

  private index(name: string): MirrorIndex {
    this.mustBeLoaded(`index ${name}`);
    let index = this.indexes.get(name);
    if (!index) {
      const spec = this.indexSpecs.get(name);
      if (!spec) throw new Error(`${this.name} has no index ${name}`);
      const all = [...this.records].map(([id, value]) => [id, this.keys.get(id)!, value] as [string, Key, unknown]);
      index = new MirrorIndex(name, spec.keyPath, spec.unique, all);
      this.indexes.set(name, index);
    }
    return index;
  }

  async get(key: Key): Promise<unknown> {
    this.mustBeLoaded('get');
    // IndexedDB hands out a copy; here the stored record itself, frozen, so a caller that
    // changed what it got would fail loudly rather than change the store behind its back.
    return this.records.get(mapKey(key));
  }

  async getKey(key: Key): Promise<Key | undefined> {
    this.mustBeLoaded('getKey');
    return this.records.has(mapKey(key)) ? this.keys.get(mapKey(key)) : undefined;
  }

  async add(value: unknown, key?: Key): Promise<Key> {
    const k = this.primaryKey(value, key);
    if (this.loaded && this.records.has(mapKey(k))) throw constraint(`${this.name}: a record with this key already exists`);
    return this.write(k, value);
  }

  async put(value: unknown, key?: Key): Promise<Key> {
    return this.write(this.primaryKey(value, key), value);
  }

  async delete(key: Key): Promise<void> {
    const id = mapKey(key);
    if (!this.loaded) {
      this.note(id, { key, value: DELETED });
      return;
    }
    const before = this.records.get(id);
    // Nothing there: nothing to write (a new task clears a tombstone it mostly does not have).
    if (before === undefined) return;
    for (const index of this.indexes.values()) index.remove(id, before);
    this.records.delete(id);
    // A streamed put may already be in the real store: its delete must follow it there.
    if (this.log || this.original.has(id)) this.note(id, { key, value: DELETED });
    else this.changes.delete(id);
  }

  private primaryKey(value: unknown, key: Key | undefined): Key {
    const k = key ?? (this.keyPath === null ? undefined : keyOf(value, this.keyPath));
    if (k === undefined) throw new DOMException(`${this.name}: the record has no valid key`, 'DataError');
    return k;
  }

  private write(key: Key, value: unknown): Key {
    const id = mapKey(key);
    // Frozen rather than copied (a copy of every record cost more than the rest of the work):
    // the import code builds a new object for every write and never changes one it has put.
    const stored = deepFreeze(value);
    if (this.loaded) {
      for (const [name, spec] of this.indexSpecs) {
        if (spec.unique && this.index(name).clash(id, stored)) throw constraint(`${this.name}: ${name} must be unique`);
      }
      const before = this.records.get(id);
      for (const index of this.indexes.values()) {
        if (before !== undefined) index.remove(id, before);
        index.add(id, key, stored);
      }
      this.records.set(id, stored);
      this.keys.set(id, key);
    }
    this.note(id, { key, value: stored });
    return key;
  }

  /** The index's get and getKey, as far as the import asks them. */
  indexView(name: string) {
    return {
      getKey: async (key: Key) => this.index(name).first(key),
      get: async (key: Key) => {
        const primary = this.index(name).first(key);
        return primary === undefined ? undefined : this.get(primary);
      },
    };
  }
}

export interface ImportMirror {
  /** Hands the import code the copy where it expects a transaction. */
  tx: WriteTx<Stores[]>;
  stores: Map<Stores, MirrorStore>;
}

/**
 * Reads `read` in full inside `tx` (all at once) and sets up `writeOnly` to collect writes.
 * Loads its stores' records with getAll and their keys with getAllKeys (out-of-line keys too).
 * `tx` may be readonly (a preview): the copy takes every write, so nothing reaches `tx`; it must
 * hold the write-only stores too, for their key paths.
 */
export async function mirrorStores(tx: AnyTx, read: Stores[], writeOnly: Stores[]): Promise<ImportMirror> {
  const stores = new Map<Stores, MirrorStore>();
  // Key paths and index specs first, while the transaction is surely active.
  const specs = new Map(
    [...read, ...writeOnly].map((name) => {
      const store = tx.objectStore(name);
      const indexes = new Map<string, { keyPath: KeyPath; unique: boolean }>();
      for (const indexName of Array.from(store.indexNames)) {
        const index = store.index(indexName as never) as unknown as { keyPath: KeyPath; unique: boolean };
        indexes.set(indexName, { keyPath: index.keyPath, unique: index.unique });
      }
      return [name, { keyPath: store.keyPath as KeyPath | null, indexes }] as const;
    }),
  );
  await Promise.all(
    read.map(async (name) => {
      const store = tx.objectStore(name);
      const [values, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
      const { keyPath, indexes } = specs.get(name)!;
      stores.set(name, new MirrorStore(name, keyPath, indexes, true, values, keys as Key[]));
    }),
  );
  for (const name of writeOnly) {
    const { keyPath, indexes } = specs.get(name)!;
    stores.set(name, new MirrorStore(name, keyPath, indexes, false));
  }
  const view = {
    objectStore(name: Stores) {
      const store = stores.get(name);
      if (!store) throw new Error(`The import did not open ${name}`);
      return {
        get: (key: Key) => store.get(key),
        getKey: (key: Key) => store.getKey(key),
        add: (value: unknown, key?: Key) => store.add(value, key),
        put: (value: unknown, key?: Key) => store.put(value, key),
        delete: (key: Key) => store.delete(key),
        index: (index: string) => store.indexView(index),
      };
    },
  };
  // The import code is typed against idb's transaction; the copy answers the part of it that
  // code calls (anything else throws at once, which the import tests would show).
  return { tx: view as unknown as WriteTx<Stores[]>, stores };
}
