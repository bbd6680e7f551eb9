// Bulk edits from the "All tasks" table: one transaction for the whole selection, so a
// failure half-way changes nothing.
import type { Dimension, Task } from '../model';
import { applyDueChange } from './due-counts';
import type { TasklaneDb } from './schema';
import { writeAtomically } from './transaction';

export type BulkAction =
  | { kind: 'complete' }
  | { kind: 'reopen' }
  | { kind: 'delete' }
  | { kind: 'recategorise'; dimension: Dimension; value: string | null };

/** The task after the action, or null when the action changes nothing for it. */
function applyTo(task: Task, action: Exclude<BulkAction, { kind: 'delete' }>, now: number): Task | null {
  const updatedAt = Math.max(now, task.updatedAt + 1);
  switch (action.kind) {
    case 'complete':
      return task.status === 'done' ? null : { ...task, status: 'done', completedAt: now, updatedAt };
    case 'reopen': {
      if (task.status === 'open') return null;
      const { completedAt: _dropped, ...rest } = task;
      return { ...rest, status: 'open', updatedAt };
    }
    case 'recategorise': {
      const current = task.categories[action.dimension];
      if ((current ?? null) === action.value) return null;
      const categories = { ...task.categories };
      if (action.value === null) delete categories[action.dimension];
      else categories[action.dimension] = action.value;
      return { ...task, categories, updatedAt };
    }
  }
}

/** Applies `action` to every existing task of `ids`; returns the ids actually changed. */
export function bulkEdit(db: TasklaneDb, ids: string[], action: BulkAction, now: number): Promise<string[]> {
  return writeAtomically(db, ['tasks', 'tombstones', 'dueCounts'], async (tx) => {
    const tasks = tx.objectStore('tasks');
    const changed: string[] = [];
    for (const id of new Set(ids)) {
      const task = await tasks.get(id);
      if (!task) continue;
      if (action.kind === 'delete') {
        await tasks.delete(id);
        // The tombstone lets a later sync delete the task on other devices too.
        await tx.objectStore('tombstones').put({ id, deletedAt: now });
        await applyDueChange(tx, task, undefined);
        changed.push(id);
        continue;
      }
      const next = applyTo(task, action, now);
      if (!next) continue;
      await tasks.put(next);
      await applyDueChange(tx, task, next);
      changed.push(id);
    }
    return changed;
  });
}
