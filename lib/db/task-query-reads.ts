// The reads behind the options table (lib/db/task-query.ts): key ranges of the tasks store and
// its indexes, counted by key alone, read whole, or walked in a sort's order until a page is
// full. The indexes order by status, then one field; what the sort adds after it (a due time, a
// creation time, an id) is settled by sorting each run of equal index keys on its own.
import type { IDBPTransaction, IndexNames } from 'idb';
import type { Task } from '../model';
import type { TasklaneSchema } from './schema';

export type ReadTx = IDBPTransaction<TasklaneSchema, ['tasks'], 'readonly'>;
export type TaskIndex = IndexNames<TasklaneSchema, 'tasks'>;

/** Some key ranges of one index (or of the store itself, by id): a set of tasks. */
export interface Ranges {
  index: TaskIndex | null;
  ranges: (IDBKeyRange | undefined)[];
}

interface Cursor {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: Task;
  continue(): Promise<Cursor | null>;
  advance(count: number): Promise<Cursor | null>;
}

/** The index (or store) methods used here, without idb's per-index key types. */
interface Source {
  count(range?: IDBKeyRange): Promise<number>;
  getAll(range?: IDBKeyRange): Promise<Task[]>;
  getAllKeys(range?: IDBKeyRange): Promise<IDBValidKey[]>;
  openCursor(range?: IDBKeyRange, direction?: IDBCursorDirection): Promise<Cursor | null>;
  openKeyCursor(range?: IDBKeyRange, direction?: IDBCursorDirection): Promise<Omit<Cursor, 'value'> | null>;
}

const sourceOf = (tx: ReadTx, index: TaskIndex | null) => (index ? tx.store.index(index) : tx.store) as unknown as Source;

/** How many tasks the ranges hold (keys only: no task is read). */
export async function countRanges(tx: ReadTx, { index, ranges }: Ranges): Promise<number> {
  const source = sourceOf(tx, index);
  const counts = await Promise.all(ranges.map((range) => source.count(range)));
  return counts.reduce((a, b) => a + b, 0);
}

/** Every task in the ranges. */
export async function readRanges(tx: ReadTx, { index, ranges }: Ranges): Promise<Task[]> {
  const source = sourceOf(tx, index);
  return (await Promise.all(ranges.map((range) => source.getAll(range)))).flat();
}

/** The ids in the ranges, in the index's order (keys only). */
export async function idsInRanges(tx: ReadTx, { index, ranges }: Ranges): Promise<string[]> {
  const source = sourceOf(tx, index);
  return (await Promise.all(ranges.map((range) => source.getAllKeys(range)))).flat() as string[];
}

/**
 * Ranges of a [status, …] index, one per status, walked together in `direction`: the order of a
 * sort up to ties. Each range holds one status's keys; the sort's order is the keys' tail (the
 * key without its status), so a query over every status merges its statuses' ranges (schema 9
 * dropped the status-free twin indexes: each cost every task write an entry).
 */
export interface Ordered {
  index: TaskIndex;
  ranges: { status: string; range: IDBKeyRange }[];
  direction: 'next' | 'prev';
}

/** The sort's part of a [status, …] key. */
const tailOf = (key: IDBValidKey) => (key as IDBValidKey[]).slice(1);
const sameTail = (a: IDBValidKey[], b: IDBValidKey[]) => indexedDB.cmp(a, b) === 0;

export interface Walked {
  tasks: Task[];
  /** Matches still to skip when the range ran out (the rest of the sort continues elsewhere). */
  skipLeft: number;
}

type KeyCursor = Omit<Cursor, 'value'>;

/** Which of the heads comes first in `direction` (by tail; -1 when all are done). */
function firstHead(heads: readonly (KeyCursor | null)[], direction: 'next' | 'prev'): number {
  let best = -1;
  for (const [i, head] of heads.entries()) {
    if (!head) continue;
    if (best < 0) best = i;
    else {
      const order = indexedDB.cmp(tailOf(head.key), tailOf(heads[best]!.key));
      if (direction === 'next' ? order < 0 : order > 0) best = i;
    }
  }
  return best;
}

/** The tail of the `skip`-th entry (0-based) of the merged ranges, by keys alone; null past the end. */
async function landingTail(source: Source, ordered: Ordered, skip: number): Promise<IDBValidKey[] | null> {
  if (ordered.ranges.length === 1) {
    const landing = await source.openKeyCursor(ordered.ranges[0]!.range, ordered.direction);
    const at = landing && (await landing.advance(skip));
    return at ? tailOf(at.key) : null;
  }
  // Merged: step the key cursors in order (keys only, no task read).
  const heads = await Promise.all(ordered.ranges.map(({ range }) => source.openKeyCursor(range, ordered.direction)));
  for (let i = 0; ; i++) {
    const best = firstHead(heads, ordered.direction);
    if (best < 0) return null;
    if (i === skip) return tailOf(heads[best]!.key);
    heads[best] = await heads[best]!.continue();
  }
}

/**
 * Walks `ordered` and returns the matching tasks from the `skip`-th on, at most `take`, in the
 * order of `compare`. Equal sort keys are read as one run and sorted by `compare`; the walk
 * stops at the end of the run that fills the page.
 *
 * With `exact` (every task in the ranges matches), the first `skip` entries are passed over by
 * keys alone: key cursors find the run holding the skip-th entry, and only from that run's start
 * are tasks read.
 */
export async function walkOrdered(
  tx: ReadTx,
  ordered: Ordered,
  options: { skip: number; take: number; matches: (task: Task) => boolean; compare: (a: Task, b: Task) => number; exact: boolean },
): Promise<Walked> {
  const source = sourceOf(tx, ordered.index);
  const { direction } = ordered;
  let { skip } = options;
  let ranges = ordered.ranges;
  if (options.exact && skip > 0) {
    const tail = await landingTail(source, ordered, skip);
    if (!tail) {
      const total = (await Promise.all(ranges.map(({ range }) => source.count(range)))).reduce((a, b) => a + b, 0);
      return { tasks: [], skipLeft: skip - total };
    }
    // Start at the run holding the skip-th entry; skip within it what comes before in order.
    const before = await Promise.all(ranges.map(({ status, range }) => countBefore(source, range, [status, ...tail], direction)));
    skip -= before.reduce((a, b) => a + b, 0);
    ranges = ranges.map(({ status, range }) => ({ status, range: fromKey(range, [status, ...tail], direction) }));
  }
  const out: Task[] = [];
  let run: Task[] = [];
  let runTail: IDBValidKey[] | undefined;
  const flush = () => {
    for (const task of run.sort(options.compare)) {
      if (skip > 0) skip--;
      else out.push(task);
    }
    run = [];
  };
  const heads = await Promise.all(ranges.map(({ range }) => source.openCursor(range, direction)));
  for (let best = firstHead(heads, direction); best >= 0; best = firstHead(heads, direction)) {
    const cursor = heads[best]!;
    const tail = tailOf(cursor.key);
    if (runTail !== undefined && !sameTail(runTail, tail)) {
      flush();
      if (out.length >= options.take) return { tasks: out.slice(0, options.take), skipLeft: 0 };
    }
    runTail = tail;
    if (options.matches(cursor.value)) run.push(cursor.value);
    heads[best] = await cursor.continue();
  }
  flush();
  return { tasks: out.slice(0, options.take), skipLeft: skip };
}

/** How many entries of `range` come before `key` in the walk's direction (keys only). */
async function countBefore(source: Source, range: IDBKeyRange | undefined, key: IDBValidKey, direction: 'next' | 'prev'): Promise<number> {
  const end = direction === 'next' ? range?.lower : range?.upper;
  // Nothing lies before the range's own end (and a range from it to itself, open, is invalid).
  if (end !== undefined && indexedDB.cmp(end, key) === 0) return 0;
  if (direction === 'next') return source.count(end !== undefined ? IDBKeyRange.bound(end, key, range!.lowerOpen, true) : IDBKeyRange.upperBound(key, true));
  return source.count(end !== undefined ? IDBKeyRange.bound(key, end, true, range!.upperOpen) : IDBKeyRange.lowerBound(key, true));
}

/** The part of `range` from `key` on, in the walk's direction. */
function fromKey(range: IDBKeyRange | undefined, key: IDBValidKey, direction: 'next' | 'prev'): IDBKeyRange {
  if (direction === 'next') return range?.upper !== undefined ? IDBKeyRange.bound(key, range.upper, false, range.upperOpen) : IDBKeyRange.lowerBound(key);
  return range?.lower !== undefined ? IDBKeyRange.bound(range.lower, key, range.lowerOpen, false) : IDBKeyRange.upperBound(key);
}
