import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';

const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Task', notes: '', priority: 'normal', categories: {}, ...over });
const query = (over: Partial<db.TaskQuery> = {}): db.TaskQuery => ({ status: 'all', sort: 'due', offset: 0, limit: 50, ...over });
const titles = (page: db.TaskPage) => page.tasks.map((t) => t.title);

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
  await db.createTask(database, draft({ title: 'Call Dana', due: { date: '2026-11-20' }, categories: { goal: 'new_customer', customer: 'b2b' } }), { name: 'Dana Lee', email: 'dana@northwind.example', company: 'Northwind' }, 10);
  await db.createTask(database, draft({ title: 'Invoice', notes: 'INV-2291 overdue', due: { date: '2026-11-28', time: '09:00' }, categories: { goal: 'payment_collection' } }), { name: 'Wang Fang', email: 'wang@example.cn', company: '华南贸易' }, 20);
  const done = await db.createTask(database, draft({ title: 'Send deck', due: { date: '2026-11-25' }, categories: { goal: 'new_customer' } }), undefined, 30);
  await db.updateTask(database, done.task.id, { status: 'done' }, 40);
  await db.createTask(database, draft({ title: 'Undated idea' }), undefined, 50);
});

describe('queryTasks', () => {
  it('sorts by due date (undated last), by last update, by creation', async () => {
    expect(titles(await db.queryTasks(database, query()))).toEqual(['Call Dana', 'Send deck', 'Invoice', 'Undated idea']);
    expect(titles(await db.queryTasks(database, query({ sort: 'updated' })))).toEqual(['Undated idea', 'Send deck', 'Invoice', 'Call Dana']);
    expect(titles(await db.queryTasks(database, query({ sort: 'created' })))).toEqual(['Undated idea', 'Send deck', 'Invoice', 'Call Dana']);
  });

  it('filters by status, by value, and by "-" for an unset dimension', async () => {
    expect(titles(await db.queryTasks(database, query({ status: 'done' })))).toEqual(['Send deck']);
    expect(titles(await db.queryTasks(database, query({ status: 'open', goal: 'new_customer' })))).toEqual(['Call Dana']);
    expect(titles(await db.queryTasks(database, query({ goal: '-' })))).toEqual(['Undated idea']);
    expect(titles(await db.queryTasks(database, query({ customer: '-', goal: 'new_customer' })))).toEqual(['Send deck']);
  });

  it('filters by due range (inclusive), person and text, case-insensitive', async () => {
    expect(titles(await db.queryTasks(database, query({ dueFrom: '2026-11-25', dueTo: '2026-11-28' })))).toEqual(['Send deck', 'Invoice']);
    expect(titles(await db.queryTasks(database, query({ person: 'NORTHWIND' })))).toEqual(['Call Dana']);
    expect(titles(await db.queryTasks(database, query({ person: '华南' })))).toEqual(['Invoice']);
    expect(titles(await db.queryTasks(database, query({ person: 'nobody' })))).toEqual([]);
    expect(titles(await db.queryTasks(database, query({ text: 'inv-2291' })))).toEqual(['Invoice']);
  });

  it('returns one page and the total', async () => {
    const page = await db.queryTasks(database, query({ offset: 1, limit: 2 }));
    expect(titles(page)).toEqual(['Send deck', 'Invoice']);
    expect(page.total).toBe(4);
  });
});

describe('countsByGoal', () => {
  it('counts open tasks due today or earlier per goal, with "none"', async () => {
    await db.createTask(database, draft({ title: 'no goal, overdue', due: { date: '2026-11-01' } }), undefined, 60);
    await db.createTask(database, draft({ title: 'tomorrow', due: { date: '2026-11-29' }, categories: { goal: 'new_customer' } }), undefined, 70);
    expect((await db.listDueOverview(database, '2026-11-28', 50)).countsByGoal).toEqual({ new_customer: 1, payment_collection: 1, none: 1 });
  });
});
