// Completing a task; for a routine (recurring) task the next occurrence is created in the same
// transaction, so a crash between the two can neither lose the series nor make it twice.
import type { Task } from '../model';
import { toStorageError } from './errors';
import type { TasklaneDb } from './schema';

export interface CompleteResult {
  task: Task;
  /** The next occurrence made from a recurring task, if any. */
  next?: Task;
}

/**
 * Marks a task done. `nextDate(task)` gives the next occurrence's date for a recurring task
 * (null: the series ended). Returns undefined when there is no such task.
 */
export async function completeTask(
  db: TasklaneDb,
  id: string,
  now: number,
  nextDate: (task: Task) => string | null,
): Promise<CompleteResult | undefined> {
  try {
    const tx = db.transaction('tasks', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      await tx.done;
      return undefined;
    }
    if (current.status === 'done') {
      await tx.done;
      return { task: current };
    }
    const task: Task = { ...current, status: 'done', completedAt: now, updatedAt: Math.max(now, current.updatedAt + 1) };
    await tx.store.put(task);
    let next: Task | undefined;
    const date = current.recurrence && current.due ? nextDate(current) : null;
    if (date && current.recurrence && current.due) {
      const { dedupeKey: _key, completedAt: _done, ...rest } = current;
      next = {
        ...rest,
        id: crypto.randomUUID(),
        title: current.recurrence.seriesTitle ?? current.title,
        status: 'open',
        due: { ...current.due, date },
        createdAt: now,
        updatedAt: now,
      };
      await tx.store.add(next);
    }
    await tx.done;
    return next ? { task, next } : { task };
  } catch (error) {
    throw toStorageError(error);
  }
}
