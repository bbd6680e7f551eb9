// Completing a task; for a routine (recurring) task the next occurrence is created in the same
// transaction, so a crash between the two can neither lose the series nor make it twice.
import type { Task } from '../model';
import { applyDueChange } from './due-counts';
import type { TasklaneDb } from './schema';
import { writeAtomically } from './transaction';

export interface CompleteResult {
  task: Task;
  /** The next occurrence made from a recurring task, if any. */
  next?: Task;
}

/**
 * Marks a task done. `nextDate(task)` gives the next occurrence's date for a recurring task
 * (null: the series ended). Returns undefined when there is no such task.
 */
export function completeTask(
  db: TasklaneDb,
  id: string,
  now: number,
  nextDate: (task: Task) => string | null,
): Promise<CompleteResult | undefined> {
  return writeAtomically(db, ['tasks', 'dueCounts'], async (tx) => {
    const store = tx.objectStore('tasks');
    const current = await store.get(id);
    if (!current) return undefined;
    if (current.status === 'done') return { task: current };
    const task: Task = { ...current, status: 'done', completedAt: now, updatedAt: Math.max(now, current.updatedAt + 1) };
    await store.put(task);
    await applyDueChange(tx, current, task);
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
      await store.add(next);
      await applyDueChange(tx, undefined, next);
    }
    return next ? { task, next } : { task };
  });
}
