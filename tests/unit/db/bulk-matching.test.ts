// Bulk actions on every task the "All tasks" filters select, across pages, in batches of one
// transaction each, only for the count the rep confirmed.
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { recountDue, storedDueCounts } from '../../helpers/due-recount';
import { makeRouter } from '../../helpers/router';

/** `n` tasks, every third one a payment collection, due over a month. */
async function seed(database: db.TasklaneDb, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const goal = i % 3 === 0 ? 'payment_collection' : 'new_customer';
    const day = String(1 + (i % 28)).padStart(2, '0');
    await db.createTask(database, { title: `Task ${i}`, notes: '', priority: 'normal', categories: { goal }, due: { date: `2026-11-${day}` } }, undefined, 1_000 + i);
  }
}

describe('task.bulkMatching', () => {
  it('completes every task the filters select, past the first page, in batches, and nothing else', async () => {
    const { send, getDb, broadcasts } = await makeRouter();
    const database = await getDb();
    await seed(database, 1_650);
    const filter = { status: 'open', goal: 'payment_collection' } as const;
    const selected = await db.matchingIds(database, filter);
    expect(selected).toHaveLength(550);

    const reply = await send('optionsTab', 'task.bulkMatching', { filter, action: { kind: 'complete' }, expected: 550 });
    expect(reply).toEqual({ ok: true, data: { changed: 550 } });
    const tasks = await database.getAll('tasks');
    expect(tasks.filter((t) => t.categories.goal === 'payment_collection' && t.status === 'done')).toHaveLength(550);
    expect(tasks.filter((t) => t.categories.goal !== 'payment_collection' && t.status === 'done')).toHaveLength(0);
    // One broadcast per batch of 500: the open table follows along.
    expect(broadcasts.map((b) => b.ids.length)).toEqual([500, 50]);
    expect(await storedDueCounts(database)).toEqual(await recountDue(database));
    // Every written task is queued for sync, as any other write.
    expect(await database.count('syncQueue')).toBe(1_650);
  });

  it('changes nothing when the filters no longer select the count the rep confirmed', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    await seed(database, 30);
    const reply = await send('optionsTab', 'task.bulkMatching', { filter: { status: 'open' }, action: { kind: 'delete' }, expected: 29 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('now select 30 tasks, not the 29') } });
    expect(await database.count('tasks')).toBe(30);
  });

  it('re-categorises and deletes across pages with the text filter', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    await seed(database, 120);
    const filter = { status: 'all', text: 'Task 1' } as const; // Task 1, 10–19, 100–119
    const count = (await db.matchingIds(database, filter)).length;
    expect(count).toBe(31);
    expect(await send('optionsTab', 'task.bulkMatching', { filter, action: { kind: 'recategorise', dimension: 'channel', value: 'direct' }, expected: count }))
      .toEqual({ ok: true, data: { changed: 31 } });
    expect((await database.getAll('tasks')).filter((t) => t.categories.channel === 'direct')).toHaveLength(31);
    expect(await send('optionsTab', 'task.bulkMatching', { filter, action: { kind: 'delete' }, expected: count })).toEqual({ ok: true, data: { changed: 31 } });
    expect(await database.count('tasks')).toBe(89);
  });

  it('is for the extension’s own pages only, and validates its filter', async () => {
    const { send } = await makeRouter();
    expect(await send('content', 'task.bulkMatching', { filter: {}, action: { kind: 'complete' }, expected: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('optionsTab', 'task.bulkMatching', { filter: { goal: 'Not An Id' }, action: { kind: 'complete' }, expected: 1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'task.bulkMatching', { filter: {}, action: { kind: 'complete' }, expected: 0 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
