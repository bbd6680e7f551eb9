import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { upsertContact } from '@/lib/db/contacts';
import { putTask } from '@/lib/db/task-write';
import type { Task, TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { countReads } from '../../helpers/read-counter';

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

describe('queryTasks on a large store', () => {
  // The table's behaviour as it was specified: every task filtered, then sorted, then paged.
  const matches = (q: db.TaskQuery, contactIds: Set<string> | undefined) => (t: Task) => {
    if (q.status !== 'all' && t.status !== q.status) return false;
    for (const d of ['goal', 'cycle', 'customer', 'channel'] as const) {
      const wanted = q[d];
      if (wanted !== undefined && (wanted === '-' ? t.categories[d] !== undefined : t.categories[d] !== wanted)) return false;
    }
    if (q.dueFrom || q.dueTo) {
      const date = t.due?.date;
      if (!date || (q.dueFrom && date < q.dueFrom) || (q.dueTo && date > q.dueTo)) return false;
    }
    if (contactIds && !(t.contactId && contactIds.has(t.contactId))) return false;
    const text = q.text?.toLowerCase();
    return !text || t.title.toLowerCase().includes(text) || t.notes.toLowerCase().includes(text);
  };
  const dueKey = (t: Task) => (t.due ? `${t.due.date} ${t.due.time ?? '99:99'}` : '\uffff');
  const SPEC_SORTS = {
    due: (a: Task, b: Task) => (dueKey(a) < dueKey(b) ? -1 : dueKey(a) > dueKey(b) ? 1 : a.createdAt - b.createdAt),
    updated: (a: Task, b: Task) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id),
    created: (a: Task, b: Task) => b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  };
  /** Every matching id in the specified order. */
  async function specified(q: db.TaskQuery): Promise<string[]> {
    const contacts = q.person ? new Set((await database.getAll('contacts')).filter((c) => [c.name, c.email ?? '', c.company].some((f) => f.toLowerCase().includes(q.person!.toLowerCase()))).map((c) => c.id)) : undefined;
    // Store order (by id), then a stable sort: ties keep that order.
    return (await database.getAll('tasks')).filter(matches(q, contacts)).sort(SPEC_SORTS[q.sort]).map((t) => t.id);
  }

  const GOALS = ['new_customer', 'payment_collection', 'existing_customer', undefined];
  beforeEach(async () => {
    freshIndexedDb();
    database = await db.openTasklaneDb();
    await db.writeAtomically(database, ['tasks', 'dueCounts', 'targetCounts', 'syncQueue', 'contacts'], async (tx) => {
      const people = [{ name: 'Dana Lee', email: 'dana@northwind.example', company: 'Northwind' }, { name: '王芳', email: 'wang@example.cn', company: '华南贸易' }];
      const contactIds = [];
      for (const person of people) contactIds.push((await upsertContact(tx, person, 1)).id);
      for (let i = 0; i < 1_000; i++) {
        const h = Math.imul(i + 1, 2654435761) >>> 0;
        const dated = h % 10 !== 0;
        const day = String(1 + ((h >>> 4) % 28)).padStart(2, '0');
        const goal = GOALS[(h >>> 8) % 4];
        const task: Task = {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          title: i % 97 === 0 ? `Invoice ${i}` : `Follow-up ${i}`,
          notes: '',
          priority: 'normal',
          ...(dated ? { due: { date: `2026-11-${day}`, ...(h % 3 === 0 ? { time: `${String(8 + (h % 9)).padStart(2, '0')}:00` } : {}) } } : {}),
          status: h % 5 < 2 ? 'open' : 'done',
          ...(h % 5 < 2 ? {} : { completedAt: 5_000 + i }),
          categories: { ...(goal ? { goal } : {}), ...(h % 7 === 0 ? { customer: 'b2b' } : {}) },
          ...(i % 13 === 0 ? { contactId: contactIds[(i / 13) % 2] } : {}),
          // Whole-second ties in creation and update times, as a bulk edit or an import makes.
          createdAt: 1_000 + Math.floor(i / 25),
          updatedAt: 2_000 + ((h >>> 12) % 400),
        };
        await putTask(tx, undefined, task);
      }
    });
  });

  const QUERIES: Partial<db.TaskQuery>[] = [
    {}, { status: 'open' }, { status: 'done' },
    { goal: 'new_customer' }, { status: 'open', goal: 'payment_collection' }, { status: 'done', goal: 'existing_customer' }, { customer: 'b2b' },
    { goal: '-' }, { status: 'done', customer: 'b2b', goal: 'new_customer' },
    { dueFrom: '2026-11-10', dueTo: '2026-11-12' }, { status: 'open', dueFrom: '2026-11-20' },
    { person: 'northwind' }, { status: 'open', person: '华南' }, { text: 'invoice' }, { status: 'open', goal: 'new_customer', text: 'follow' },
  ];

  it('answers every filter, sort and page as specified', { timeout: 120_000 }, async () => {
    for (const filters of QUERIES) {
      for (const sort of ['due', 'updated', 'created'] as const) {
        const all = await specified(query({ ...filters, sort }));
        // Pages that read the smallest set whole, and pages that walk the sort's index.
        for (const [offset, limit] of [[0, 50], [120, 50], [990, 50], [0, 10], [5, 10], [30, 10], [395, 10]] as const) {
          const q = query({ ...filters, sort, offset, limit });
          const page = await db.queryTasks(database, q);
          expect({ ids: page.tasks.map((t) => t.id), total: page.total }, JSON.stringify(q)).toEqual({ ids: all.slice(offset, offset + limit), total: all.length });
        }
      }
    }
  });

  it('reads a page of the common views, not the store', async () => {
    const reads = countReads();
    const views: Partial<db.TaskQuery>[] = [
      { status: 'open' }, { status: 'open', sort: 'updated' }, { status: 'done', sort: 'created' }, { sort: 'updated' },
      { status: 'open', offset: 50 }, { status: 'open', goal: 'new_customer' }, { goal: 'payment_collection', sort: 'created' },
      { status: 'open', dueFrom: '2026-11-10', dueTo: '2026-11-12' },
    ];
    for (const view of views) {
      reads.reset();
      const page = await db.queryTasks(database, query({ limit: 50, ...view }));
      expect(page.tasks.length, JSON.stringify(view)).toBeGreaterThan(0);
      expect(reads.values.tasks ?? 0, JSON.stringify(view)).toBeLessThanOrEqual(250);
    }
  });
});
