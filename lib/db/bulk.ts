// Bulk edits from the "All tasks" table: one transaction for the whole selection, so a
// failure half-way changes nothing. Status changes go through writeTaskChange, so a routine
// task completed here gets its next occurrence and reopened here loses it, as in the popup.
import type { Dimension, Task } from '../model';
import type { TasklaneDb } from './schema';
import { changedIds, writeTaskChange } from './status-change';
import { removeTask } from './task-write';
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
    case 'reopen':
      return task.status === 'open' ? null : { ...task, status: 'open', updatedAt };
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

export interface BulkOutcome {
  /** The selected tasks the action changed. */
  changed: string[];
  /** Every task written: those, and occurrences a completion made or a reopen took back. */
  written: string[];
}

/** Applies `action` to every existing task of `ids`. */
export function bulkEdit(db: TasklaneDb, ids: string[], action: BulkAction, now: number): Promise<BulkOutcome> {
  return writeAtomically(db, ['tasks', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const tasks = tx.objectStore('tasks');
    const changed: string[] = [];
    const written: string[] = [];
    for (const id of new Set(ids)) {
      const task = await tasks.get(id);
      if (!task) continue;
      if (action.kind === 'delete') {
        await removeTask(tx, task, now);
        changed.push(id);
        written.push(id);
        continue;
      }
      const next = applyTo(task, action, now);
      if (!next) continue;
      written.push(...changedIds(await writeTaskChange(tx, task, next, { now })));
      changed.push(id);
    }
    return { changed, written };
  });
}
