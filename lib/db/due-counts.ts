// Counters of open tasks per due date (the `dueCounts` store), so "how many are due up to today"
// reads a few small rows instead of counting index keys: Chrome's count() walks every key
// (~10 µs each), tens of ms with thousands due. The counters are only right if every write to
// `tasks` calls applyDueChange in its own transaction; rebuildDueCounts recomputes them all.
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { Task } from '../model';
import type { DueCountRow, TasklaneDb, TasklaneSchema } from './schema';
import { writeAtomically } from './transaction';

/**
 * The `meta` key saying the counters were built from the tasks. openTasklaneDb rebuilds them
 * whenever it is missing: after the version 5 migration, and when a tool (the benchmark, which
 * writes tasks straight into IndexedDB) clears `dueCounts` and deletes this key.
 */
export const DUE_COUNTS_MARKER = 'dueCounts';

export interface DueCountsMarker {
  version: 1;
  builtAt: number;
}

type DueCountsStore<Mode extends IDBTransactionMode> = IDBPObjectStore<TasklaneSchema, ArrayLike<StoreNames<TasklaneSchema>>, 'dueCounts', Mode>;
/** Any readwrite transaction whose store list includes 'dueCounts' (the compiler checks it). */
export interface DueCountsTx {
  objectStore(name: 'dueCounts'): DueCountsStore<'readwrite'>;
}
type RebuildTx = IDBPTransaction<TasklaneSchema, ('tasks' | 'dueCounts' | 'meta')[], 'readwrite'>;

interface Counted {
  date: string;
  goal: string | undefined;
}

/**
 * Where a task counts: open with a due date, else nowhere. Non-string dates or goals (never
 * valid, but a raw write could make one) are skipped as the rebuild's key ranges skip them.
 */
function countedAs(task: Task | undefined): Counted | undefined {
  if (task?.status !== 'open' || typeof task.due?.date !== 'string') return undefined;
  const goal = task.categories.goal;
  return { date: task.due.date, goal: typeof goal === 'string' ? goal : undefined };
}

/** own-property read: a goal id such as "constructor" must not find Object.prototype's. */
const countOf = (byGoal: Record<string, number>, goal: string) => (Object.hasOwn(byGoal, goal) ? byGoal[goal]! : 0);

async function adjust(store: DueCountsStore<'readwrite'>, { date, goal }: Counted, delta: 1 | -1): Promise<void> {
  const row = await store.get(date);
  const total = (row?.total ?? 0) + delta;
  // Empty rows go, so the store holds only dates with something open on them.
  if (total <= 0) return store.delete(date);
  const byGoal = { ...row?.byGoal };
  if (goal !== undefined) {
    const n = countOf(byGoal, goal) + delta;
    if (n > 0) byGoal[goal] = n;
    else delete byGoal[goal];
  }
  await store.put({ date, total, byGoal });
}

/**
 * Moves a task's count from where `before` (the stored copy, undefined for a create) counted
 * to where `after` (undefined for a delete) does. Call it in the transaction that writes the
 * task: an abort then undoes both, so the counters cannot drift.
 */
export async function applyDueChange(tx: DueCountsTx, before: Task | undefined, after: Task | undefined): Promise<void> {
  const was = countedAs(before);
  const now = countedAs(after);
  if (was?.date === now?.date && was?.goal === now?.goal) return;
  const store = tx.objectStore('dueCounts');
  if (was) await adjust(store, was, -1);
  if (now) await adjust(store, now, 1);
}

export interface DueTotals {
  total: number;
  /** Goal id → open tasks with that goal; tasks without a goal are only in `total`. */
  byGoal: Record<string, number>;
}

/** The rows of every date up to and including `today`, earliest first (one getAll). */
export function dueRowsUpTo(store: DueCountsStore<IDBTransactionMode>, today: string): Promise<DueCountRow[]> {
  return store.getAll(IDBKeyRange.upperBound(today));
}

/** What the rows add up to. */
export function sumRows(rows: readonly DueCountRow[]): DueTotals {
  const sum: DueTotals = { total: 0, byGoal: {} };
  for (const row of rows) {
    sum.total += row.total;
    for (const [goal, n] of Object.entries(row.byGoal)) sum.byGoal[goal] = countOf(sum.byGoal, goal) + n;
  }
  return sum;
}

export interface DateSpan {
  from: string;
  to: string;
  /** Open tasks due from `from` to `to`, both included. */
  count: number;
}

/**
 * The dates before `today` that hold the first `limit` open tasks, from the rows (earliest
 * first). Reading the [status, due.date] index over just these dates matters: every task that
 * was once open and is now done left a deleted key in the 'open' range, which IndexedDB's
 * LevelDB skips one by one until it compacts — a rep with years of done tasks has thousands
 * before the oldest open one.
 */
export function overdueSpan(rows: readonly DueCountRow[], today: string, limit: number): DateSpan | null {
  let from: string | null = null;
  let to = '';
  let count = 0;
  for (const row of rows) {
    if (row.date >= today) break;
    from ??= row.date;
    to = row.date;
    count += row.total;
    if (count >= limit) break;
  }
  return from === null ? null : { from, to, count };
}

/** Open tasks due on or before `today` (one getAll of at most one row per date). */
export async function countDueUpTo(db: TasklaneDb, today: string): Promise<DueTotals> {
  return sumRows(await dueRowsUpTo(db.transaction('dueCounts').store, today));
}

/** Every open task's index key: ['open'] sorts before them, ['open', []] (an array) after any string. */
const OPEN_KEYS = () => IDBKeyRange.bound(['open'], ['open', []]);

/**
 * Recomputes every row from the open dated tasks (one getAll of the [status, due.date] index's
 * open range), then records the marker. Until version 9 a [status, goal, due.date] index let
 * this count from keys alone; it cost every task write an index entry for a read made once.
 */
export async function rebuildDueCounts(tx: RebuildTx, now: number): Promise<void> {
  const rows = new Map<string, DueCountRow>();
  const tasks = tx.objectStore('tasks');
  for (const task of await tasks.index('by_status_due').getAll(OPEN_KEYS())) {
    const counted = countedAs(task);
    if (!counted) continue;
    const row = rows.get(counted.date) ?? { date: counted.date, total: 0, byGoal: {} };
    row.total++;
    if (counted.goal !== undefined) row.byGoal[counted.goal] = countOf(row.byGoal, counted.goal) + 1;
    rows.set(counted.date, row);
  }
  const store = tx.objectStore('dueCounts');
  await store.clear();
  for (const row of rows.values()) await store.put(row);
  await tx.objectStore('meta').put({ version: 1, builtAt: now } satisfies DueCountsMarker, DUE_COUNTS_MARKER);
}

/**
 * Rebuilds the counters when the marker is missing; true when it did. One transaction, so the
 * tasks cannot change between the count and the write.
 */
export async function ensureDueCounts(db: TasklaneDb, now: number): Promise<boolean> {
  if (await db.get('meta', DUE_COUNTS_MARKER)) return false;
  return writeAtomically(db, ['tasks', 'dueCounts', 'meta'], async (tx) => {
    // Checked again inside: another open may have rebuilt them meanwhile.
    if (await tx.objectStore('meta').get(DUE_COUNTS_MARKER)) return false;
    await rebuildDueCounts(tx, now);
    return true;
  });
}
