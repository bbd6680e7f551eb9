// Counters behind target progress (schema version 9, the `targetCounts` store): per metric and
// calendar date, how many tasks of each category value were created, or completed, that day.
// Version 7 answered target.list from eight indexes keyed [value, status, time]; each cost every
// task write up to eight more index entries, and the 20,000-task import's commit is bound by its
// index entries (README, Performance). A target's window is whole days of the rep's calendar
// (lib/insights/targets.ts), so the days' counters add up to exactly what the indexes counted.
//
// Like the due counters (./due-counts.ts), they are only right if every write to `tasks` calls
// applyTargetChange in its own transaction (./task-write.ts does). They are rebuilt from the
// tasks when their marker is missing (after the version 9 migration) or names another time zone
// than the worker's — by the first count that finds them so (countInWindows), not on every open:
// the rebuild reads every task, and only target progress needs them.
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { todayLocal } from '../dates/today';
import { DIMENSIONS, type Task, type TargetMetric, type TargetWindow } from '../model';
import type { TargetCountRow, TasklaneDb, TasklaneSchema } from './schema';
import { timed } from '../messages/timing';
import { writeAtomically } from './transaction';

/** The `meta` key saying the counters were built from the tasks, and in which time zone. */
export const TARGET_COUNTS_MARKER = 'targetCounts';

export interface TargetCountsMarker {
  version: 1;
  /** The runtime's zone the dates were taken in: another zone puts instants on other days. */
  timeZone: string;
  builtAt: number;
}

type CountsStore<Mode extends IDBTransactionMode> = IDBPObjectStore<TasklaneSchema, ArrayLike<StoreNames<TasklaneSchema>>, 'targetCounts', Mode>;
/** Any readwrite transaction whose store list includes 'targetCounts'. */
export interface TargetCountsTx {
  objectStore(name: 'targetCounts'): CountsStore<'readwrite'>;
}
type RebuildTx = IDBPTransaction<TasklaneSchema, ('tasks' | 'targetCounts' | 'meta')[], 'readwrite'>;

/** The worker's zone (IANA name; '' where the runtime has none). */
export const runtimeTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';

/** The calendar date of an instant in the runtime's zone: the inverse of startOfLocalDay. */
const dayOf = (ms: number): string => todayLocal(new Date(ms));

/** "dimension:value", the counter's name inside a row. */
const counterOf = (dimension: string, value: string) => `${dimension}:${value}`;

const isInstant = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms);

/**
 * The counters a task adds to: [metric, date, counter]. 'created' for every task with a value
 * (open or done), 'completed' for done tasks with a completedAt (a reopened task has none).
 * Non-string values and non-numeric times (never valid, a raw write could make one) count
 * nowhere, as IndexedDB left such a task out of the version 7 indexes.
 */
function countedAs(task: Task | undefined): [TargetMetric, string, string][] {
  if (!task) return [];
  const values = DIMENSIONS.flatMap((d) => (typeof task.categories?.[d] === 'string' ? [counterOf(d, task.categories[d]!)] : []));
  if (!values.length) return [];
  const out: [TargetMetric, string, string][] = [];
  if (isInstant(task.createdAt)) {
    const date = dayOf(task.createdAt);
    for (const counter of values) out.push(['created', date, counter]);
  }
  if (task.status === 'done' && isInstant(task.completedAt)) {
    const date = dayOf(task.completedAt);
    for (const counter of values) out.push(['completed', date, counter]);
  }
  return out;
}

const rowKey = (metric: TargetMetric, date: string) => `${metric} ${date}`;

/** The changes between two lists of counters, per row: row key → counter → delta (zeros left out). */
function deltas(before: Task | undefined, after: Task | undefined): Map<string, { metric: TargetMetric; date: string; by: Map<string, number> }> {
  const rows = new Map<string, { metric: TargetMetric; date: string; by: Map<string, number> }>();
  const add = (list: [TargetMetric, string, string][], sign: 1 | -1) => {
    for (const [metric, date, counter] of list) {
      const key = rowKey(metric, date);
      const row = rows.get(key) ?? { metric, date, by: new Map<string, number>() };
      const n = (row.by.get(counter) ?? 0) + sign;
      if (n === 0) row.by.delete(counter);
      else row.by.set(counter, n);
      rows.set(key, row);
    }
  };
  add(countedAs(before), -1);
  add(countedAs(after), 1);
  for (const [key, row] of rows) if (!row.by.size) rows.delete(key);
  return rows;
}

/** own-property read: a value id such as "constructor" must not find Object.prototype's. */
const countIn = (counts: Record<string, number>, counter: string) => (Object.hasOwn(counts, counter) ? counts[counter]! : 0);

/**
 * Moves a task's counts from where `before` (the stored copy; undefined for a create) counted
 * to where `after` (undefined for a delete) does. Call it in the transaction that writes the
 * task. Most edits (a title, a due date) touch no counter and cost no request.
 */
export async function applyTargetChange(tx: TargetCountsTx, before: Task | undefined, after: Task | undefined): Promise<void> {
  const changed = deltas(before, after);
  if (!changed.size) return;
  const store = tx.objectStore('targetCounts');
  for (const { metric, date, by } of changed.values()) {
    const row = await store.get([metric, date]);
    const counts = { ...row?.counts };
    for (const [counter, delta] of by) {
      const n = countIn(counts, counter) + delta;
      if (n > 0) counts[counter] = n;
      else delete counts[counter];
    }
    // Empty rows go, so the store holds only days with something counted on them.
    if (Object.keys(counts).length) await store.put({ metric, date, counts });
    else await store.delete([metric, date]);
  }
}

/** Tasks read per request while rebuilding (a bounded getAll instead of a cursor step per task). */
const REBUILD_BATCH = 2000;

/** Recomputes every row from the tasks (values read in batches by id), then records the marker. */
export async function rebuildTargetCounts(tx: RebuildTx, now: number, timeZone = runtimeTimeZone()): Promise<void> {
  const rows = new Map<string, TargetCountRow>();
  const tasks = tx.objectStore('tasks');
  let after: string | undefined;
  for (;;) {
    const batch = await tasks.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), REBUILD_BATCH);
    for (const task of batch) {
      for (const [metric, date, counter] of countedAs(task)) {
        const key = rowKey(metric, date);
        const row = rows.get(key) ?? { metric, date, counts: {} };
        row.counts[counter] = countIn(row.counts, counter) + 1;
        rows.set(key, row);
      }
    }
    if (batch.length < REBUILD_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  const store = tx.objectStore('targetCounts');
  await store.clear();
  for (const row of rows.values()) await store.put(row);
  await tx.objectStore('meta').put({ version: 1, timeZone, builtAt: now } satisfies TargetCountsMarker, TARGET_COUNTS_MARKER);
}

/**
 * MIGRATIONS[8]: with no task yet (a fresh install) there is nothing to count, so the counters
 * are marked built at once and the first target.list reads no task. Raw stores of the upgrade's
 * transaction: the count's callback runs while it is still active.
 */
export function markBuiltIfNoTasks(tasks: IDBObjectStore, meta: IDBObjectStore, now: number): void {
  const count = tasks.count();
  count.onsuccess = () => {
    if (count.result === 0) meta.put({ version: 1, timeZone: runtimeTimeZone(), builtAt: now } satisfies TargetCountsMarker, TARGET_COUNTS_MARKER);
  };
}

const isCurrent = (marker: unknown, timeZone: string) => (marker as Partial<TargetCountsMarker> | undefined)?.timeZone === timeZone;

/**
 * Rebuilds the counters when their marker is missing or names another zone; true when it did.
 * One readwrite transaction: task writes wait for it, so none is counted twice or missed.
 */
export async function ensureTargetCounts(db: TasklaneDb, now: number, timeZone = runtimeTimeZone()): Promise<boolean> {
  if (isCurrent(await db.get('meta', TARGET_COUNTS_MARKER), timeZone)) return false;
  // Measured (User Timing): it reads every task, once per migration or zone change.
  return timed('tasklane target counts rebuilt', () =>
    writeAtomically(db, ['tasks', 'targetCounts', 'meta'], async (tx) => {
      // Checked again inside: another count may have rebuilt them meanwhile.
      if (isCurrent(await tx.objectStore('meta').get(TARGET_COUNTS_MARKER), timeZone)) return false;
      await rebuildTargetCounts(tx, now, timeZone);
      return true;
    }),
  );
}

/**
 * How many tasks each window holds, in the windows' order: for 'completed', the value's done
 * tasks completed in [from, to); for 'created', its tasks created then. The windows start and
 * end at the first instant of a day on the worker's calendar (targetWindow), so each is the sum
 * of whole days' rows: one getAll per distinct span, all in one read transaction.
 */
export async function countInWindows(db: TasklaneDb, windows: readonly TargetWindow[], now = Date.now()): Promise<number[]> {
  const timeZone = runtimeTimeZone();
  const tx = db.transaction(['targetCounts', 'meta']);
  const store = tx.objectStore('targetCounts');
  const spans = new Map<string, Promise<TargetCountRow[]>>();
  const rowsOf = ({ metric, from, to }: TargetWindow) => {
    const span = [metric, dayOf(from), dayOf(to)] as const;
    const key = span.join(' ');
    // An empty window (no whole day in it) holds nothing, and would be an invalid key range.
    if (!spans.has(key)) spans.set(key, span[1] < span[2] ? store.getAll(IDBKeyRange.bound([metric, span[1]], [metric, span[2]], false, true)) : Promise.resolve([]));
    return spans.get(key)!;
  };
  const [marker, ...perWindow] = await Promise.all([tx.objectStore('meta').get(TARGET_COUNTS_MARKER), ...windows.map(rowsOf)]);
  // Never built (the version 9 migration), or built in another zone (the rep travelled):
  // rebuild, then count again.
  if (!isCurrent(marker, timeZone)) {
    await ensureTargetCounts(db, now, timeZone);
    return countInWindows(db, windows, now);
  }
  return windows.map((window, i) => {
    const counter = counterOf(window.dimension, window.value);
    return perWindow[i]!.reduce((sum, row) => sum + countIn(row.counts, counter), 0);
  });
}
