// Task reads and writes. Every write is one transaction: it lands whole or not at all.
import type { Dimension, Task, TaskDraft, TaskPatch } from '../model';
import { NO_GOAL } from '../insights/weekly';
import { upsertContact, type NormalContact } from './contacts';
import { toStorageError } from './errors';
import type { TasklaneDb } from './schema';

export interface CreateResult {
  task: Task;
  /** False when a task with the same dedupe key already existed and was returned instead. */
  created: boolean;
}

export async function createTask(
  db: TasklaneDb,
  draft: TaskDraft,
  contact: NormalContact | undefined,
  now: number,
): Promise<CreateResult> {
  try {
    // One readwrite transaction over both stores: IndexedDB runs such transactions one after
    // another, so the dedupe check and the insert cannot interleave with a concurrent create.
    const tx = db.transaction(['tasks', 'contacts'], 'readwrite');
    const tasks = tx.objectStore('tasks');
    if (draft.dedupeKey) {
      const existing = await tasks.index('by_dedupe').get(draft.dedupeKey);
      if (existing) {
        await tx.done;
        return { task: existing, created: false };
      }
    }
    const saved = contact ? await upsertContact(tx, contact, now) : undefined;
    const task: Task = {
      ...draft,
      id: crypto.randomUUID(),
      status: 'open',
      ...(saved ? { contactId: saved.id } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await tasks.add(task);
    await tx.done;
    return { task, created: true };
  } catch (error) {
    throw toStorageError(error);
  }
}

export function getTask(db: TasklaneDb, id: string): Promise<Task | undefined> {
  return db.get('tasks', id);
}

export interface DueTasks {
  overdue: Task[];
  today: Task[];
  /** How many open tasks are due up to today in all, even past `limit`. */
  total: number;
}

/** Open tasks due today or earlier, from the [status, due.date] index: one key range, no scan. */
export async function listDue(db: TasklaneDb, today: string, limit: number): Promise<DueTasks> {
  const index = db.transaction('tasks').store.index('by_status_due');
  const range = IDBKeyRange.bound(['open', ''], ['open', today]);
  const [rows, total] = await Promise.all([index.getAll(range, limit), index.count(range)]);
  rows.sort(byDueThenCreated);
  return {
    overdue: rows.filter((t) => t.due!.date < today),
    today: rows.filter((t) => t.due!.date === today),
    total,
  };
}

/** Open tasks due after `today` up to and including `until`, soonest first. */
export async function listUpcoming(db: TasklaneDb, today: string, until: string, limit: number): Promise<Task[]> {
  const index = db.transaction('tasks').store.index('by_status_due');
  // '\uffff' sorts after any real date, so the bound excludes `today` itself.
  const rows = await index.getAll(IDBKeyRange.bound(['open', `${today}\uffff`], ['open', until]), limit);
  return rows.sort(byDueThenCreated);
}


/**
 * How many open tasks due today or earlier each goal has (NO_GOAL for tasks without one), for
 * the popup's summary. Walks the same index range as listDue.
 */
/** `total`, when the caller already counted open tasks due up to today, saves a second count. */
export async function countsByGoal(db: TasklaneDb, today: string, total?: number): Promise<Record<string, number>> {
  // Key-only counts on [status, goal, due.date], one per goal value: no task is read. Tasks
  // without a goal are not in that index; they are the rest of the total.
  const tx = db.transaction(['tasks', 'categories']);
  const goals = (await tx.objectStore('categories').index('by_dimension').getAllKeys('goal')).map((key) => key[1]);
  const byGoal = tx.objectStore('tasks').index('by_status_goal_due');
  const [all, ...perGoal] = await Promise.all([
    total ?? tx.objectStore('tasks').index('by_status_due').count(IDBKeyRange.bound(['open', ''], ['open', today])),
    ...goals.map((goal) => byGoal.count(IDBKeyRange.bound(['open', goal, ''], ['open', goal, today]))),
  ]);
  const counts: Record<string, number> = {};
  goals.forEach((goal, i) => {
    if (perGoal[i]) counts[goal] = perGoal[i]!;
  });
  const none = all! - perGoal.reduce((sum, n) => sum + n, 0);
  if (none > 0) counts[NO_GOAL] = none;
  return counts;
}

function byDueThenCreated(a: Task, b: Task): number {
  const aKey = `${a.due?.date ?? ''} ${a.due?.time ?? '99:99'}`;
  const bKey = `${b.due?.date ?? ''} ${b.due?.time ?? '99:99'}`;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : a.createdAt - b.createdAt;
}

export function listByContact(db: TasklaneDb, contactId: string): Promise<Task[]> {
  return db.getAllFromIndex('tasks', 'by_contact', contactId);
}

export const CATEGORY_INDEX = {
  goal: 'by_goal',
  cycle: 'by_cycle',
  customer: 'by_customer',
  channel: 'by_channel',
} as const satisfies Record<Dimension, string>;

export function listByCategory(db: TasklaneDb, dimension: Dimension, valueId: string): Promise<Task[]> {
  return db.getAllFromIndex('tasks', CATEGORY_INDEX[dimension], valueId);
}

/** Applies an edit; returns undefined when no such task exists. */
export async function updateTask(
  db: TasklaneDb,
  id: string,
  patch: TaskPatch,
  now: number,
): Promise<Task | undefined> {
  try {
    const tx = db.transaction('tasks', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    const { due, recurrence, reminder, ...rest } = patch;
    const next: Task = { ...current, ...rest, updatedAt: Math.max(now, current.updatedAt + 1) };
    // `null` clears an optional field; `undefined` leaves it as it is.
    if (due === null) delete next.due;
    else if (due) next.due = due;
    if (recurrence === null) delete next.recurrence;
    else if (recurrence) next.recurrence = recurrence;
    if (reminder === null) delete next.reminder;
    else if (reminder) next.reminder = reminder;
    if (patch.status === 'done' && current.status !== 'done') next.completedAt = now;
    if (patch.status === 'open') delete next.completedAt;
    await tx.store.put(next);
    await tx.done;
    return next;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes a task and leaves a tombstone in the same transaction. */
export async function deleteTask(db: TasklaneDb, id: string, now: number): Promise<boolean> {
  try {
    const tx = db.transaction(['tasks', 'tombstones'], 'readwrite');
    const existing = await tx.objectStore('tasks').get(id);
    if (existing) {
      await tx.objectStore('tasks').delete(id);
      await tx.objectStore('tombstones').put({ id, deletedAt: now });
    }
    await tx.done;
    return Boolean(existing);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Open and done tasks due from `from` to `to` (inclusive), from the [status, due.date] index. */
export async function listDueBetween(db: TasklaneDb, from: string, to: string): Promise<Task[]> {
  const index = db.transaction('tasks').store.index('by_status_due');
  const [open, done] = await Promise.all(
    (['open', 'done'] as const).map((status) => index.getAll(IDBKeyRange.bound([status, from], [status, to]))),
  );
  return [...open!, ...done!];
}
