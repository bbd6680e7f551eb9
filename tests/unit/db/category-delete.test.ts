// Deleting a category value never leaves a task (or target, or template) pointing at nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { DIMENSIONS, type TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';

const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Task', notes: '', priority: 'normal', categories: {}, ...over });

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
  for (let i = 0; i < 5; i++) {
    await db.createTask(database, draft({ title: `research ${i}`, categories: { goal: 'market_research', cycle: 'phased' } }), undefined, i);
  }
  await db.createTask(database, draft({ title: 'other', categories: { goal: 'new_customer' } }), undefined, 10);
  await db.saveTarget(database, { id: crypto.randomUUID(), dimension: 'goal', value: 'market_research', period: 'month', count: 4, metric: 'completed' });
  await db.saveTarget(database, { id: crypto.randomUUID(), dimension: 'goal', value: 'new_customer', period: 'week', count: 20, metric: 'completed' });
});

/** Scans the whole store: every category id a task, target or template holds must exist. */
async function danglingReferences(): Promise<string[]> {
  const values = new Set((await db.listCategories(database)).map((c) => `${c.dimension}:${c.id}`));
  const dangling: string[] = [];
  let cursor = await database.transaction('tasks').store.openCursor();
  while (cursor) {
    for (const d of DIMENSIONS) {
      const id = cursor.value.categories[d];
      if (id && !values.has(`${d}:${id}`)) dangling.push(`task ${cursor.value.title} → ${d}:${id}`);
    }
    cursor = await cursor.continue();
  }
  for (const t of await database.getAll('targets')) if (!values.has(`${t.dimension}:${t.value}`)) dangling.push(`target → ${t.value}`);
  for (const t of await database.getAll('templates')) {
    if (!values.has(`goal:${t.goal}`)) dangling.push(`template ${t.id} → ${t.goal}`);
    if (t.cycle && !values.has(`cycle:${t.cycle}`)) dangling.push(`template ${t.id} → ${t.cycle}`);
  }
  return dangling;
}

describe('deleteCategory', () => {
  it('moves the tasks to the chosen value and removes the targets on the deleted one', async () => {
    const result = await db.deleteCategory(database, 'goal', 'market_research', 'new_customer', 100);
    expect(result).toMatchObject({ moved: 5 });
    expect(result!.targetIds).toHaveLength(1);
    expect(await db.listByCategory(database, 'goal', 'new_customer')).toHaveLength(6);
    expect(await db.listByCategory(database, 'goal', 'market_research')).toHaveLength(0);
    expect((await database.getAll('targets')).map((t) => t.value)).toEqual(['new_customer']);
    // Its templates now belong to the value the tasks moved to.
    expect((await db.listTemplates(database)).filter((t) => t.goal === 'new_customer').length).toBeGreaterThan(4);
    expect(await danglingReferences()).toEqual([]);
  });

  it('unsets the dimension when no value is chosen, keeping the other dimensions', async () => {
    expect(await db.deleteCategory(database, 'cycle', 'phased', null, 100)).toMatchObject({ moved: 5 });
    const tasks = await database.getAll('tasks');
    expect(tasks.filter((t) => t.categories.goal === 'market_research')).toHaveLength(5);
    expect(tasks.every((t) => t.categories.cycle === undefined && 'cycle' in t.categories === false)).toBe(true);
    expect(await danglingReferences()).toEqual([]);
  });

  it('deletes a goal\'s templates when its tasks are unset (a template needs a goal)', async () => {
    await db.deleteCategory(database, 'goal', 'market_research', null, 100);
    expect((await db.listTemplates(database)).some((t) => t.goal === 'market_research')).toBe(false);
    expect(await danglingReferences()).toEqual([]);
  });

  it('refuses a reassignment to a missing value or to itself, changing nothing', async () => {
    await expect(db.deleteCategory(database, 'goal', 'market_research', 'golf', 100)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(db.deleteCategory(database, 'goal', 'market_research', 'market_research', 100)).rejects.toMatchObject({ code: 'bad_request' });
    // A value of another dimension is not a target either.
    await expect(db.deleteCategory(database, 'goal', 'market_research', 'b2b', 100)).rejects.toMatchObject({ code: 'bad_request' });
    expect(await db.listByCategory(database, 'goal', 'market_research')).toHaveLength(5);
    expect(await db.categoryExists(database, 'goal', 'market_research')).toBe(true);
  });

  it('returns undefined for a value that does not exist', async () => {
    expect(await db.deleteCategory(database, 'channel', 'fax', null, 1)).toBeUndefined();
  });

  it('rolls back completely when a write fails half-way', async () => {
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(db.deleteCategory(database, 'goal', 'market_research', 'new_customer', 100)).rejects.toMatchObject({ code: 'storage_full' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await db.listByCategory(database, 'goal', 'market_research')).toHaveLength(5);
    expect(await db.categoryExists(database, 'goal', 'market_research')).toBe(true);
    expect(await database.count('targets')).toBe(2);
  });
});

describe('reorderCategories and categoryUsage', () => {
  it('puts the listed values first, keeps the rest after them', async () => {
    const values = await db.reorderCategories(database, 'goal', ['payment_collection', 'market_research']);
    expect(values.filter((c) => c.dimension === 'goal').map((c) => c.id)).toEqual(['payment_collection', 'market_research', 'new_customer', 'existing_customer']);
    await expect(db.reorderCategories(database, 'goal', ['b2b'])).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('counts the tasks using each value, zero included', async () => {
    const counts = await db.categoryUsage(database);
    expect(counts).toMatchObject({ 'goal:market_research': 5, 'goal:new_customer': 1, 'cycle:phased': 5, 'channel:direct': 0 });
  });
});

describe('bulkEdit', () => {
  it('completes, reopens, recategorises and deletes in one go, counting real changes', async () => {
    const ids = (await database.getAll('tasks')).map((t) => t.id);
    expect((await db.bulkEdit(database, ids.slice(0, 3), { kind: 'complete' }, 200)).changed).toHaveLength(3);
    expect((await db.bulkEdit(database, ids, { kind: 'complete' }, 201)).changed).toHaveLength(3);
    expect((await database.getAll('tasks')).every((t) => t.status === 'done' && t.completedAt)).toBe(true);
    expect((await db.bulkEdit(database, ids.slice(0, 2), { kind: 'reopen' }, 202)).changed).toHaveLength(2);
    expect((await db.getTask(database, ids[0]!))?.completedAt).toBeUndefined();
    expect((await db.bulkEdit(database, ids, { kind: 'recategorise', dimension: 'channel', value: 'online' }, 203)).changed).toHaveLength(6);
    expect((await db.bulkEdit(database, ids, { kind: 'recategorise', dimension: 'goal', value: null }, 204)).changed).toHaveLength(6);
    expect((await database.getAll('tasks')).every((t) => t.categories.goal === undefined && t.categories.channel === 'online')).toBe(true);
    expect((await db.bulkEdit(database, [...ids.slice(0, 2), crypto.randomUUID()], { kind: 'delete' }, 205)).changed).toHaveLength(2);
    expect(await database.count('tasks')).toBe(4);
    expect(await database.count('tombstones')).toBe(2);
  });

  it('changes nothing when a write fails half-way', async () => {
    const ids = (await database.getAll('tasks')).map((t) => t.id);
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts > 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(db.bulkEdit(database, ids, { kind: 'complete' }, 300)).rejects.toMatchObject({ code: 'storage_full' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect((await database.getAll('tasks')).every((t) => t.status === 'open')).toBe(true);
  });
});
