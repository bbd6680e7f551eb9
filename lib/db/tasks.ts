// Task reads and writes. Every write is one transaction (writeAtomically, which aborts on any
// error) through putTask / removeTask (lib/db/task-write.ts): the task, its due counters and
// its place in the sync queue land together or not at all.
import type { CrmId, Dimension, Task, TaskDraft, TaskPatch } from '../model';
import type { RecordTarget } from '../crm/types';
import { addLinkInTx } from './crm-store';
import { NO_GOAL } from '../insights/weekly';
import { upsertContact, type NormalContact } from './contacts';
import { claimDedupeKey } from './dedupe';
import { dueRowsUpTo, overdueSpan, sumRows, type DueTotals } from './due-counts';
import { writeTaskChange, type TaskChange } from './status-change';
import { CREATED_INDEX, ofValue } from './scan-indexes';
import type { TasklaneDb } from './schema';
import { putTask, removeTask } from './task-write';
import { writeAtomically } from './transaction';

export interface CreateResult {
  task: Task;
  /** False when an open task with the same dedupe key already existed and was returned instead. */
  created: boolean;
}

export interface CreateOptions {
  /** A quick-create panel submission's id: created even when an open task holds the draft's
   *  dedupe key, and found again only by a retry of this submission (lib/db/dedupe.ts). */
  submissionId?: string;
  /** CRMs to create the task in too (issue 18): their outbox rows are written with the task. */
  crm?: { crm: CrmId; target: RecordTarget }[];
}

export function createTask(
  db: TasklaneDb,
  draft: TaskDraft,
  contact: NormalContact | undefined,
  now: number,
  options: CreateOptions = {},
): Promise<CreateResult> {
  // One readwrite transaction over the stores: IndexedDB runs such transactions one after
  // another, so the dedupe check and the insert cannot interleave with a concurrent create.
  return writeAtomically(db, ['tasks', 'contacts', 'dueCounts', 'targetCounts', 'syncQueue', 'meta'], async (tx) => {
    const tasks = tx.objectStore('tasks');
    const { dedupeKey, ...fields } = draft;
    const claim = dedupeKey ? await claimDedupeKey(tx, tasks, dedupeKey, options.submissionId) : undefined;
    if (claim && 'existing' in claim) return { task: claim.existing, created: false };
    const saved = contact ? await upsertContact(tx, contact, now) : undefined;
    const task: Task = {
      ...fields,
      ...(claim ? { dedupeKey: claim.key } : {}),
      id: crypto.randomUUID(),
      status: 'open',
      ...(saved ? { contactId: saved.id } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await putTask(tx, undefined, task);
    for (const { crm, target } of options.crm ?? []) {
      await addLinkInTx(tx, { crm, taskId: task.id, target, failures: 0, createdAt: now });
    }
    return { task, created: true };
  });
}

export function getTask(db: TasklaneDb, id: string): Promise<Task | undefined> {
  return db.get('tasks', id);
}

export interface DueTasks {
  /** The first `limit` open tasks due before today, soonest-overdue (oldest) first. */
  overdue: Task[];
  /** The first `limit` open tasks due today, by time (untimed last). */
  today: Task[];
  /** How many open tasks are due up to today in all, even past `limit` (from the counters). */
  total: number;
}

export interface DueOverview extends DueTasks {
  /** Open tasks due up to today per goal id, NO_GOAL for none; zero counts left out. */
  countsByGoal: Record<string, number>;
}

/**
 * Overdue and today as two key ranges of [status, due.date]: with one range capped at `limit`,
 * more than `limit` overdue tasks would leave no room for today's.
 */
const OVERDUE = (today: string) => IDBKeyRange.bound(['open', ''], ['open', today], false, true);
const DUE_TODAY = (today: string) => IDBKeyRange.only(['open', today]);

/** The dates the last overview read its overdue tasks from, per database (see listDueOverview). */
const lastOverdue = new WeakMap<TasklaneDb, { today: string; limit: number; from: string; to: string }>();

/**
 * The popup's lists and counts in one read transaction, so the numbers agree with the rows.
 * Counts come from the dueCounts store (lib/db/due-counts.ts), never from counting keys.
 */
export async function listDueOverview(db: TasklaneDb, today: string, limit: number): Promise<DueOverview> {
  const tx = db.transaction(['tasks', 'dueCounts', 'categories']);
  const index = tx.objectStore('tasks').index('by_status_due');
  const overdueOn = (span: { from: string; to: string }) => index.getAll(IDBKeyRange.bound(['open', span.from], ['open', span.to]), limit);
  // The overdue dates rarely change between two openings of the popup: the last answer's are
  // read alongside the counters (one round of reads instead of two), and used only if the
  // counters, read in the same transaction, name the same dates.
  const last = lastOverdue.get(db);
  const guess = last && last.today === today && last.limit === limit ? last : null;
  const [rows, dueToday, goals, guessed] = await Promise.all([
    dueRowsUpTo(tx.objectStore('dueCounts'), today),
    index.getAll(DUE_TODAY(today), limit),
    tx.objectStore('categories').index('by_dimension').getAllKeys('goal'),
    guess ? overdueOn(guess) : null,
  ]);
  // The counters say which dates hold the first `limit` overdue tasks: read only those.
  const span = overdueSpan(rows, today, limit);
  if (span) lastOverdue.set(db, { today, limit, from: span.from, to: span.to });
  else lastOverdue.delete(db);
  let overdue = !span ? [] : guessed && guess!.from === span.from && guess!.to === span.to ? guessed : await overdueOn(span);
  // Fewer than the counters promise would mean they are off: then the whole range decides.
  if (span && overdue.length < Math.min(limit, span.count)) overdue = await index.getAll(OVERDUE(today), limit);
  const totals = sumRows(rows);
  return {
    overdue: overdue.sort(byDueThenCreated),
    today: dueToday.sort(byDueThenCreated),
    total: totals.total,
    countsByGoal: perGoal(totals, goals.map((key) => key[1])),
  };
}

/** Open tasks due today or earlier: see listDueOverview. */
export async function listDue(db: TasklaneDb, today: string, limit: number): Promise<DueTasks> {
  const { countsByGoal: _counts, ...due } = await listDueOverview(db, today, limit);
  return due;
}

/**
 * The counters by stored goal value. A goal id that is not one (an imported or synced task's)
 * counts as no goal, as the popup has no label for it.
 */
function perGoal(totals: DueTotals, goals: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  let withGoal = 0;
  for (const goal of goals) {
    const n = Object.hasOwn(totals.byGoal, goal) ? totals.byGoal[goal]! : 0;
    if (n > 0) counts[goal] = n;
    withGoal += n;
  }
  if (totals.total > withGoal) counts[NO_GOAL] = totals.total - withGoal;
  return counts;
}

/** Open tasks due after `today` up to and including `until`, soonest first. */
export async function listUpcoming(db: TasklaneDb, today: string, until: string, limit: number): Promise<Task[]> {
  const index = db.transaction('tasks').store.index('by_status_due');
  // '\uffff' sorts after any real date, so the bound excludes `today` itself.
  const rows = await index.getAll(IDBKeyRange.bound(['open', `${today}\uffff`], ['open', until]), limit);
  return rows.sort(byDueThenCreated);
}

function byDueThenCreated(a: Task, b: Task): number {
  const aKey = `${a.due?.date ?? ''} ${a.due?.time ?? '99:99'}`;
  const bKey = `${b.due?.date ?? ''} ${b.due?.time ?? '99:99'}`;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : a.createdAt - b.createdAt;
}

export function listByContact(db: TasklaneDb, contactId: string): Promise<Task[]> {
  return db.getAllFromIndex('tasks', 'by_contact', contactId);
}

/** Per dimension, the index whose keys start with the task's value (query it with ofValue). */
export const CATEGORY_INDEX = CREATED_INDEX;

export function listByCategory(db: TasklaneDb, dimension: Dimension, valueId: string): Promise<Task[]> {
  return db.getAllFromIndex('tasks', CATEGORY_INDEX[dimension], ofValue(valueId));
}

/**
 * Applies an edit; returns undefined when no such task exists. A status in the patch goes
 * through writeTaskChange with the rest, in one transaction: completing a routine task makes
 * its next occurrence, reopening takes it back (lib/db/status-change.ts).
 */
export function updateTask(
  db: TasklaneDb,
  id: string,
  patch: TaskPatch,
  now: number,
): Promise<TaskChange | undefined> {
  return writeAtomically(db, ['tasks', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const current = await tx.objectStore('tasks').get(id);
    if (!current) return undefined;
    // closeOnReply is resolved into followUp by the background (follow-up-defaults.ts).
    const { due, recurrence, reminder, followUp, closeOnReply: _switch, ...rest } = patch;
    const next: Task = { ...current, ...rest, updatedAt: Math.max(now, current.updatedAt + 1) };
    // `null` clears an optional field; `undefined` leaves it as it is.
    if (due === null) delete next.due;
    else if (due) next.due = due;
    if (recurrence === null) delete next.recurrence;
    else if (recurrence) next.recurrence = recurrence;
    if (reminder === null) delete next.reminder;
    else if (reminder) next.reminder = reminder;
    if (followUp === null) delete next.followUp;
    else if (followUp) next.followUp = followUp;
    return writeTaskChange(tx, current, next, { now });
  });
}

/** Deletes a task and leaves a tombstone in the same transaction. */
export function deleteTask(db: TasklaneDb, id: string, now: number): Promise<boolean> {
  return writeAtomically(db, ['tasks', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const existing = await tx.objectStore('tasks').get(id);
    if (existing) await removeTask(tx, existing, now);
    return Boolean(existing);
  });
}

/** Open and done tasks due from `from` to `to` (inclusive), from the [status, due.date] index. */
export async function listDueBetween(db: TasklaneDb, from: string, to: string): Promise<Task[]> {
  const index = db.transaction('tasks').store.index('by_status_due');
  const [open, done] = await Promise.all(
    (['open', 'done'] as const).map((status) => index.getAll(IDBKeyRange.bound([status, from], [status, to]))),
  );
  return [...open!, ...done!];
}
