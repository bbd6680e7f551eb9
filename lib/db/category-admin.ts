// Editing the category values themselves: delete with reassignment, reorder, usage counts.
// A deleted value must leave nothing pointing at it: tasks move or are unset, targets on it go,
// templates follow it (all in the same transaction as the delete).
import { ProtocolError } from '../messages/errors';
import type { CategoryValue, Dimension } from '../model';
import { listCategories } from './categories';
import type { TasklaneDb } from './schema';
import { putTask } from './task-write';
import { ofValue } from './scan-indexes';
import { CATEGORY_INDEX } from './tasks';
import { writeAtomically } from './transaction';

/** A reference to a value that does not exist: the caller's mistake, reported as bad_request. */
const badReference = (message: string, key: string, params?: string[]) => new ProtocolError({ code: 'bad_request', message, key, ...(params ? { params } : {}) });

export interface DeleteCategoryResult {
  /** Tasks moved to reassignTo, or unset when it is null. */
  moved: number;
  taskIds: string[];
  targetIds: string[];
  templateIds: string[];
}

export function deleteCategory(
  db: TasklaneDb,
  dimension: Dimension,
  id: string,
  reassignTo: string | null,
  now: number,
): Promise<DeleteCategoryResult | undefined> {
  return writeAtomically(db, ['categories', 'tasks', 'targets', 'templates', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const categories = tx.objectStore('categories');
    if (!(await categories.get([dimension, id]))) return undefined;
    if (reassignTo !== null && (reassignTo === id || !(await categories.get([dimension, reassignTo])))) {
      throw badReference(`Tasks can only move to another existing ${dimension} value.`, 'errorMoveToExisting');
    }
    await categories.delete([dimension, id]);

    const tasks = tx.objectStore('tasks');
    const taskIds: string[] = [];
    // getAllKeys first: writing while a cursor walks the same index would move it.
    for (const key of await tasks.index(CATEGORY_INDEX[dimension]).getAllKeys(ofValue(id))) {
      const task = (await tasks.get(key))!;
      const next = { ...task.categories };
      if (reassignTo === null) delete next[dimension];
      else next[dimension] = reassignTo;
      const updated = { ...task, categories: next, updatedAt: Math.max(now, task.updatedAt + 1) };
      // A goal moved or unset moves the task's due count with it; the change is synced.
      await putTask(tx, task, updated);
      taskIds.push(task.id);
    }

    const targets = tx.objectStore('targets');
    const targetIds = await targets.index('by_category').getAllKeys([dimension, id]);
    for (const key of targetIds) await targets.delete(key);

    // Templates name a goal (required) and a cycle (optional).
    const templates = tx.objectStore('templates');
    const templateIds: string[] = [];
    if (dimension === 'goal' || dimension === 'cycle') {
      for (const template of await templates.getAll()) {
        if (template[dimension] !== id) continue;
        templateIds.push(template.id);
        if (reassignTo !== null) await templates.put({ ...template, [dimension]: reassignTo });
        else if (dimension === 'goal') await templates.delete(template.id); // a template needs a goal
        else {
          const { cycle: _unset, ...rest } = template;
          await templates.put(rest);
        }
      }
    }
    return { moved: taskIds.length, taskIds, targetIds, templateIds };
  });
}

/** Puts `ids` first in that order; the dimension's other values keep their order after them. */
export async function reorderCategories(db: TasklaneDb, dimension: Dimension, ids: string[]): Promise<CategoryValue[]> {
  await writeAtomically(db, ['categories'], async (tx) => {
    const store = tx.objectStore('categories');
    const current = (await store.index('by_dimension').getAll(dimension)).sort((a, b) => a.order - b.order);
    const byId = new Map(current.map((c) => [c.id, c]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length) throw badReference(`No ${dimension} value "${unknown[0]}".`, 'errorNoValue', [unknown[0]!]);
    const listed = new Set(ids);
    const ordered = [...new Set(ids)].map((id) => byId.get(id)!).concat(current.filter((c) => !listed.has(c.id)));
    for (const [order, value] of ordered.entries()) {
      if (value.order !== order) await store.put({ ...value, order });
    }
  });
  return listCategories(db);
}

/** "dimension:id" → how many tasks use that value, for every stored value (0 included). */
export async function categoryUsage(db: TasklaneDb): Promise<Record<string, number>> {
  const values = await db.getAll('categories');
  const tx = db.transaction('tasks');
  const counts: Record<string, number> = {};
  for (const { dimension, id } of values) {
    counts[`${dimension}:${id}`] = await tx.store.index(CATEGORY_INDEX[dimension]).count(ofValue(id));
  }
  return counts;
}

/** Whether `id` is a stored value of `dimension`. */
export async function categoryExists(db: TasklaneDb, dimension: Dimension, id: string): Promise<boolean> {
  return Boolean(await db.get('categories', [dimension, id]));
}
