// Writing an import's in-memory copy (./import-mirror.ts) into the real transaction. Every
// request goes out on the raw store with no promise or listener of its own: the transaction's
// `done` is the one promise (a failed request aborts the transaction, and writeAtomically's
// await on it throws). A promise per request (idb's wrapper) cost the worker ~0.7 s of 20,000
// puts, and awaiting each batch before issuing the next left the database idle in between.
//
// The tasks are issued while the import still works out the rows (drain, every thousand rows),
// so the database writes the first rows while the worker reads the next: on two cores the two
// overlap instead of taking turns. The other stores' writes collapse per record (a contact met
// on four rows is put once), so they go out at the end.
import { unwrap } from 'idb';
import { DELETED, type Change, type ImportMirror } from './import-mirror';
import type { Stores, WriteTx } from './transaction';

export class ImportWriter {
  private issued = 0;
  private last: { request: IDBRequest; count: number; heard: boolean } | undefined;

  /** `onWritten` hears how many writes have completed, every `every` of them and at the last. */
  constructor(
    private readonly tx: WriteTx<Stores[]>,
    private readonly onWritten?: (written: number) => void,
    private readonly every = 1000,
  ) {}

  /** Writes issued so far. */
  get count(): number {
    return this.issued;
  }

  /** Issues `changes` to `name`'s real store, in order. A request that throws at once (a DataError) propagates. */
  private issue(name: Stores, changes: Iterable<Change>) {
    const real = unwrap(this.tx.objectStore(name)) as IDBObjectStore;
    const inline = real.keyPath !== null;
    for (const { key, value } of changes) {
      const request = value === DELETED ? real.delete(key) : inline ? real.put(value) : real.put(value, key);
      this.issued++;
      const heard = this.issued % this.every === 0;
      if (heard) this.listen(request, this.issued);
      this.last = { request, count: this.issued, heard };
    }
  }

  private listen(request: IDBRequest, count: number) {
    const onWritten = this.onWritten;
    // Requests complete in the order issued, so this one done means `count` are.
    if (onWritten) request.addEventListener('success', () => onWritten(count));
  }

  /** Issues a streamed store's writes made since the last call. */
  drain(mirror: ImportMirror, name: Stores) {
    this.issue(name, mirror.stores.get(name)!.takeLog());
  }

  /**
   * Issues the rest: streamed stores' last writes, then every other store's deletes before
   * its puts (so a unique key freed by one record can be taken by another).
   */
  finish(mirror: ImportMirror) {
    for (const [name, store] of mirror.stores) this.issue(name, store.takeLog());
    const collapsed = [...mirror.stores].map(([name, store]) => [name, [...store.changes.values()]] as const);
    for (const [name, changes] of collapsed) this.issue(name, changes.filter((c) => c.value === DELETED));
    for (const [name, changes] of collapsed) this.issue(name, changes.filter((c) => c.value !== DELETED));
    if (this.last && !this.last.heard) this.listen(this.last.request, this.last.count);
  }
}
