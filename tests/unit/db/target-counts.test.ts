// The target counters (lib/db/target-counts.ts, schema 9) must equal what the tasks say after
// every kind of task write, and be rebuilt when they cannot be trusted: no marker, or counted in
// another time zone than the worker's.
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { bulkEdit } from '@/lib/db/bulk';
import { TARGET_COUNTS_MARKER, ensureTargetCounts, runtimeTimeZone } from '@/lib/db/target-counts';
import { startOfLocalDay } from '@/lib/dates/today';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { recountTargets, storedTargetCounts } from '../../helpers/target-recount';

const at = (iso: string) => Date.parse(iso);
const draft = (over: Partial<TaskDraft> = {}): TaskDraft => ({ title: 'call', notes: '', priority: 'normal', categories: { goal: 'new_customer', customer: 'b2b' }, ...over });

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

const expectExact = async () => expect(await storedTargetCounts(database)).toEqual(await recountTargets(database));

describe('the target counters', () => {
  it('follow creates, completions, reopenings, value changes, bulk edits, deletes and category deletes', async () => {
    const { task: a } = await db.createTask(database, draft(), undefined, at('2026-11-23T09:00:00'));
    const { task: b } = await db.createTask(database, draft({ categories: { channel: 'direct' } }), undefined, at('2026-11-23T23:59:00'));
    const { task: c } = await db.createTask(database, draft({ categories: {} }), undefined, at('2026-11-24T00:01:00'));
    await expectExact();
    await db.updateTask(database, a.id, { status: 'done' }, at('2026-11-25T10:00:00'));
    await expectExact();
    await db.updateTask(database, a.id, { status: 'open' }, at('2026-11-25T11:00:00'));
    await db.updateTask(database, b.id, { categories: { goal: 'payment_collection', channel: 'online' } }, at('2026-11-26T09:00:00'));
    await db.updateTask(database, c.id, { title: 'renamed' }, at('2026-11-26T09:30:00'));
    await expectExact();
    await bulkEdit(database, [a.id, b.id, c.id], { kind: 'complete' }, at('2026-11-27T09:00:00'));
    await expectExact();
    await bulkEdit(database, [a.id, c.id], { kind: 'recategorise', dimension: 'cycle', value: 'daily' }, at('2026-11-27T10:00:00'));
    await expectExact();
    await db.deleteCategory(database, 'goal', 'new_customer', 'payment_collection', at('2026-11-28T09:00:00'));
    await expectExact();
    await db.deleteTask(database, b.id, at('2026-11-29T09:00:00'));
    await expectExact();
    // Empty days leave no row behind.
    await db.deleteTask(database, a.id, at('2026-11-29T09:00:00'));
    await db.deleteTask(database, c.id, at('2026-11-29T09:00:00'));
    expect(await storedTargetCounts(database)).toEqual([]);
  });

  it('are rebuilt by the first count without a marker, and when read in another zone than they were counted in', async () => {
    await db.createTask(database, draft(), undefined, at('2026-11-23T09:00:00'));
    const week = { dimension: 'goal' as const, value: 'new_customer', metric: 'created' as const, from: startOfLocalDay('2026-11-23'), to: startOfLocalDay('2026-11-30') };
    // Counters gone and unmarked (as the migration and the benchmark's raw writes leave them):
    // opening leaves them (it would read every task for every request's sake), the first count
    // rebuilds them.
    await database.clear('targetCounts');
    await database.delete('meta', TARGET_COUNTS_MARKER);
    database.close();
    database = await db.openTasklaneDb();
    expect(await database.get('meta', TARGET_COUNTS_MARKER)).toBeUndefined();
    expect(await db.countInWindows(database, [week])).toEqual([1]);
    await expectExact();
    // Counted in another zone (the rep travelled): the next read rebuilds before it counts.
    await database.clear('targetCounts');
    await database.put('meta', { version: 1, timeZone: 'Antarctica/Troll', builtAt: 0 }, TARGET_COUNTS_MARKER);
    expect(await db.countInWindows(database, [week])).toEqual([1]);
    expect(await database.get('meta', TARGET_COUNTS_MARKER)).toMatchObject({ timeZone: runtimeTimeZone() });
    await expectExact();
    // Current: nothing to do.
    expect(await ensureTargetCounts(database, Date.now())).toBe(false);
  });
});
