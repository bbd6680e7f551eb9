import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';

const draft = (over: Partial<TaskDraft> = {}): TaskDraft => ({ title: 'Follow up', notes: '', priority: 'normal', categories: {}, ...over });

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

describe('createTask', () => {
  it('stores an open task with a UUID and timestamps', async () => {
    const { task, created } = await db.createTask(database, draft(), undefined, 1000);
    expect(created).toBe(true);
    expect(task.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(task).toMatchObject({ status: 'open', createdAt: 1000, updatedAt: 1000 });
    expect(await db.getTask(database, task.id)).toEqual(task);
  });

  it('returns the first task when the dedupe key repeats', async () => {
    const first = await db.createTask(database, draft({ dedupeKey: 'gmail:thread-1:dana@example.com' }), undefined, 1);
    const second = await db.createTask(database, draft({ title: 'Other', dedupeKey: 'gmail:thread-1:dana@example.com' }), undefined, 2);
    expect(second).toEqual({ task: first.task, created: false });
    expect(await database.count('tasks')).toBe(1);
  });

  it('makes exactly one task from many simultaneous creates with one dedupe key', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => db.createTask(database, draft({ dedupeKey: 'same', title: `t${i}` }), undefined, i)),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.task.id)).size).toBe(1);
    expect(await database.count('tasks')).toBe(1);
  });

  it('takes the key from a done task without editing it otherwise, in the same transaction', async () => {
    const old = await db.createTask(database, draft({ dedupeKey: 'gmail:thread-1:dana@example.com' }), undefined, 1);
    const done = await db.updateTask(database, old.task.id, { status: 'done' }, 5);
    const fresh = await db.createTask(database, draft({ title: 'Again', dedupeKey: 'gmail:thread-1:dana@example.com' }), undefined, 9);
    expect(fresh.created).toBe(true);
    expect(fresh.task.dedupeKey).toBe('gmail:thread-1:dana@example.com');
    // Only the key left the done task: its updatedAt stays, so sync sees no edit to push.
    const { dedupeKey: _moved, ...rest } = done!.task;
    expect(await db.getTask(database, old.task.id)).toEqual(rest);
  });

  it('a failed create leaves the done task its key', async () => {
    const old = await db.createTask(database, draft({ dedupeKey: 'k' }), undefined, 1);
    await db.updateTask(database, old.task.id, { status: 'done' }, 5);
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(db.createTask(database, draft({ dedupeKey: 'k' }), undefined, 9)).rejects.toMatchObject({ code: 'storage_full' });
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    expect((await db.getTask(database, old.task.id))?.dedupeKey).toBe('k');
  });

  it('a panel submission is made beside an open holder of the key, under a key of its own', async () => {
    const open = await db.createTask(database, draft({ dedupeKey: 'k' }), undefined, 1);
    const typed = await db.createTask(database, draft({ title: 'Typed', dedupeKey: 'k' }), undefined, 2, { submissionId: '0123456789abcdef' });
    expect(typed.created).toBe(true);
    expect(typed.task.dedupeKey).toBe('k\u001f0123456789abcdef');
    expect((await db.getTask(database, open.task.id))?.dedupeKey).toBe('k');
  });

  it('keeps a submission key within the cap however long the key it is made from', async () => {
    const long = 'x'.repeat(400);
    const typed = await db.createTask(database, draft({ dedupeKey: long }), undefined, 2, { submissionId: '0123456789abcdef' });
    expect(typed.task.dedupeKey).toHaveLength(400);
    expect((await db.createTask(database, draft({ dedupeKey: long }), undefined, 3)).task.id).toBe(typed.task.id);
  });

  it('merges the contact by email, then by phone', async () => {
    const a = await db.createTask(database, draft(), { email: 'dana@example.com', name: 'Dana' }, 1);
    const b = await db.createTask(database, draft(), { email: 'dana@example.com', phone: '+14155550134', company: 'Acme' }, 2);
    const c = await db.createTask(database, draft(), { phone: '+14155550134' }, 3);
    expect(b.task.contactId).toBe(a.task.contactId);
    expect(c.task.contactId).toBe(a.task.contactId);
    const [contact] = await database.getAll('contacts');
    expect(contact).toMatchObject({ name: 'Dana', company: 'Acme', email: 'dana@example.com', phone: '+14155550134', firstSeen: 1, lastSeen: 3 });
    expect(await db.listByContact(database, a.task.contactId!)).toHaveLength(3);
  });
});

describe('listDue', () => {
  it('returns open overdue and today tasks from the index, not later or done ones', async () => {
    const mk = (title: string, date?: string) => db.createTask(database, draft({ title, ...(date ? { due: { date } } : {}) }), undefined, 1);
    await mk('overdue', '2026-11-20');
    await mk('today', '2026-11-28');
    await mk('tomorrow', '2026-11-29');
    await mk('no date');
    const done = await mk('done today', '2026-11-28');
    await db.updateTask(database, done.task.id, { status: 'done' }, 5);

    const due = await db.listDue(database, '2026-11-28', 50);
    expect(due.overdue.map((t) => t.title)).toEqual(['overdue']);
    expect(due.today.map((t) => t.title)).toEqual(['today']);
    expect(due.total).toBe(2);
  });

  it('caps the rows but still counts them all, oldest first', async () => {
    for (let day = 1; day <= 9; day++) {
      await db.createTask(database, draft({ title: `d${day}`, due: { date: `2026-11-0${day}` } }), undefined, day);
    }
    const due = await db.listDue(database, '2026-11-28', 3);
    expect(due.overdue.map((t) => t.title)).toEqual(['d1', 'd2', 'd3']);
    expect(due.total).toBe(9);
  });

  it('orders a day by time, untimed tasks last', async () => {
    await db.createTask(database, draft({ title: 'untimed', due: { date: '2026-11-28' } }), undefined, 1);
    await db.createTask(database, draft({ title: '14:00', due: { date: '2026-11-28', time: '14:00' } }), undefined, 2);
    await db.createTask(database, draft({ title: '09:00', due: { date: '2026-11-28', time: '09:00' } }), undefined, 3);
    expect((await db.listDue(database, '2026-11-28', 50)).today.map((t) => t.title)).toEqual(['09:00', '14:00', 'untimed']);
  });
});

describe('listUpcoming', () => {
  it('lists open tasks after today up to the horizon, soonest first', async () => {
    for (const [title, date] of [['today', '2026-11-28'], ['in 7', '2026-12-05'], ['tomorrow', '2026-11-29'], ['in 8', '2026-12-06']]) {
      await db.createTask(database, draft({ title, due: { date: date! } }), undefined, 1);
    }
    const rows = await db.listUpcoming(database, '2026-11-28', '2026-12-05', 50);
    expect(rows.map((t) => t.title)).toEqual(['tomorrow', 'in 7']);
  });
});

describe('updateTask and deleteTask', () => {
  it('completes and reopens, keeping completedAt in step', async () => {
    const { task } = await db.createTask(database, draft(), undefined, 1);
    const done = (await db.updateTask(database, task.id, { status: 'done' }, 10))?.task;
    expect(done).toMatchObject({ status: 'done', completedAt: 10, updatedAt: 10 });
    const reopened = (await db.updateTask(database, task.id, { status: 'open', due: null }, 20))?.task;
    expect(reopened?.completedAt).toBeUndefined();
    expect(reopened?.due).toBeUndefined();
  });

  it('returns undefined for a task that does not exist', async () => {
    expect(await db.updateTask(database, crypto.randomUUID(), { title: 'x' }, 1)).toBeUndefined();
  });

  it('leaves a tombstone when deleting', async () => {
    const { task } = await db.createTask(database, draft({ dedupeKey: 'k' }), undefined, 1);
    expect(await db.deleteTask(database, task.id, 7)).toBe(true);
    expect(await db.getTask(database, task.id)).toBeUndefined();
    expect(await database.get('tombstones', task.id)).toEqual({ id: task.id, deletedAt: 7 });
    expect(await db.deleteTask(database, task.id, 8)).toBe(false);
    // The dedupe key is free again: the rep deleted the task on purpose.
    expect((await db.createTask(database, draft({ dedupeKey: 'k' }), undefined, 9)).created).toBe(true);
  });

  it('finds tasks by category value', async () => {
    await db.createTask(database, draft({ categories: { goal: 'payment_collection', customer: 'b2b' } }), undefined, 1);
    await db.createTask(database, draft({ categories: { goal: 'new_customer' } }), undefined, 2);
    expect(await db.listByCategory(database, 'goal', 'payment_collection')).toHaveLength(1);
    expect(await db.listByCategory(database, 'customer', 'b2b')).toHaveLength(1);
    expect(await db.listByCategory(database, 'channel', 'direct')).toHaveLength(0);
  });
});

describe('storage errors', () => {
  it('maps a quota error to storage_full and writes nothing', async () => {
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      await expect(db.createTask(database, draft(), { email: 'a@b.co' }, 1)).rejects.toMatchObject({ code: 'storage_full' });
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    expect(await database.count('tasks')).toBe(0);
    expect(await database.count('contacts')).toBe(0);
  });
});
