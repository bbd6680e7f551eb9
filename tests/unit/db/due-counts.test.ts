// The due counters (lib/db/due-counts.ts) against a brute-force recount: after every kind of
// task write, after aborted writes, and after a rebuild. Plus listDue's two ranges.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '@/lib/data/plan';
import * as db from '@/lib/db';
import { applyRemoteDelete, applyRemoteTask } from '@/lib/db/sync-store';
import type { Task, TaskDraft, TaskPatch } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { recountDue, storedDueCounts } from '../../helpers/due-recount';

const TODAY = '2026-11-28';
const DATES = ['2026-11-01', '2026-11-27', TODAY, '2026-11-29', '2026-12-05'];
/** Stored goal values, and one that never is (and is also an Object.prototype name). */
const STORED_GOALS = ['new_customer', 'existing_customer', 'payment_collection'];
const GOALS = [...STORED_GOALS, 'constructor'];

const draft = (over: Partial<TaskDraft> = {}): TaskDraft => ({ title: 'Follow up', notes: '', priority: 'normal', categories: {}, ...over });

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

async function expectCountsMatchTasks() {
  expect(await storedDueCounts(database)).toEqual(await recountDue(database));
}

/** Closes the database, forgets the counters as the benchmark's seeding does, and reopens. */
async function dropCountersAndReopen() {
  const tx = database.transaction(['dueCounts', 'meta'], 'readwrite');
  await tx.objectStore('dueCounts').clear();
  await tx.objectStore('meta').delete(db.DUE_COUNTS_MARKER);
  await tx.done;
  database.close();
  database = await db.openTasklaneDb();
}

describe('listDue', () => {
  it('returns today’s tasks even when more than `limit` are overdue', async () => {
    for (let i = 0; i < 60; i++) {
      const date = `2026-10-${String((i % 30) + 1).padStart(2, '0')}`;
      await db.createTask(database, draft({ title: `overdue ${i}`, due: { date } }), undefined, i);
    }
    for (const time of ['16:00', '09:00', undefined]) {
      await db.createTask(database, draft({ title: `today ${time ?? 'untimed'}`, due: { date: TODAY, ...(time ? { time } : {}) } }), undefined, 100);
    }
    const due = await db.listDue(database, TODAY, 50);
    expect(due.today.map((t) => t.title)).toEqual(['today 09:00', 'today 16:00', 'today untimed']);
    expect(due.overdue).toHaveLength(50);
    // The oldest first: 2 per day over 30 days, so the first 50 end on 25 October.
    expect(due.overdue[0]!.due!.date).toBe('2026-10-01');
    expect(due.overdue.at(-1)!.due!.date).toBe('2026-10-25');
    expect(due.total).toBe(63);
  });

  it('reads the last answer’s overdue dates alongside the counters, and only keeps them when they still match', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const date = `2026-10-${String((i % 30) + 1).padStart(2, '0')}`;
      ids.push((await db.createTask(database, draft({ title: `overdue ${i}`, due: { date } }), undefined, i)).task.id);
    }
    const overdue = async () => (await db.listDue(database, TODAY, 50)).overdue;
    const dates = async () => (await overdue()).map((t) => t.due!.date);
    /** The due dates of the first 50 open overdue tasks, by brute force over every task. (Which
     *  of two tasks on the 50th one's date comes back is up to the index: dates, not titles.) */
    const expected = async () =>
      ((await database.getAll('tasks')) as Task[])
        .filter((t) => t.status === 'open' && t.due && t.due.date < TODAY)
        .map((t) => t.due!.date)
        .sort()
        .slice(0, 50);
    const first = await overdue();
    expect(first.map((t) => t.due!.date)).toEqual(await expected());
    expect(await overdue()).toEqual(first); // same dates: the guessed read is the answer
    // A task changes on a date inside the span: same dates, different rows.
    await db.updateTask(database, ids[5]!, { title: 'renamed' }, 200);
    expect((await overdue()).map((t) => t.title)).toContain('renamed');
    // An older task appears: the span starts earlier, and the last dates still hold 50 rows.
    await db.createTask(database, draft({ title: 'older', due: { date: '2026-09-15' } }), undefined, 250);
    expect((await overdue())[0]!.title).toBe('older');
    expect(await dates()).toEqual(await expected());
    // The oldest dates emptied: the span moves later.
    await db.bulkEdit(database, ids.filter((_, i) => i % 30 < 4), { kind: 'complete' }, 300);
    expect(await dates()).toEqual(await expected());
    // Nothing overdue any more, then one again.
    await db.bulkEdit(database, ids, { kind: 'complete' }, 400);
    await db.bulkEdit(database, [(await overdue())[0]!.id], { kind: 'complete' }, 450);
    expect(await overdue()).toEqual([]);
    await db.createTask(database, draft({ title: 'late again', due: { date: '2026-11-01' } }), undefined, 500);
    expect((await overdue()).map((t) => t.title)).toEqual(['late again']);
  });

  it('reads overdue tasks only on the dates the counters name, and the same ones as the whole range', async () => {
    // Years of done tasks before the oldest open one: their keys once sat in the 'open' range.
    const done: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { task } = await db.createTask(database, draft({ title: `old ${i}`, due: { date: `2025-0${(i % 9) + 1}-10` } }), undefined, i);
      done.push(task.id);
    }
    await db.bulkEdit(database, done, { kind: 'complete' }, 50);
    for (let i = 0; i < 6; i++) await db.createTask(database, draft({ title: `late ${i}`, due: { date: `2026-11-2${i}` } }), undefined, 100 + i);
    const due = await db.listDue(database, TODAY, 4);
    expect(due.overdue.map((t) => t.title)).toEqual(['late 0', 'late 1', 'late 2', 'late 3']);
    expect(due.total).toBe(6);
  });

  it('falls back to the whole overdue range when the counters promise more than the dates hold', async () => {
    await db.createTask(database, draft({ title: 'a', due: { date: '2026-11-02' } }), undefined, 1);
    await db.createTask(database, draft({ title: 'b', due: { date: '2026-11-03' } }), undefined, 2);
    // Counters that drifted: the 2nd's row is gone and the 1st's says two tasks.
    const tx = database.transaction('dueCounts', 'readwrite');
    await tx.store.delete('2026-11-03');
    await tx.store.put({ date: '2026-11-02', total: 2, byGoal: {} });
    await tx.done;
    const due = await db.listDue(database, TODAY, 50);
    expect(due.overdue.map((t) => t.title)).toEqual(['a', 'b']);
  });

  it('overdueSpan covers the earliest dates up to `limit` tasks, never today', () => {
    const rows = [
      { date: '2026-11-01', total: 2, byGoal: {} },
      { date: '2026-11-05', total: 3, byGoal: {} },
      { date: '2026-11-20', total: 9, byGoal: {} },
      { date: TODAY, total: 4, byGoal: {} },
    ];
    expect(db.overdueSpan(rows, TODAY, 4)).toEqual({ from: '2026-11-01', to: '2026-11-05', count: 5 });
    expect(db.overdueSpan(rows, TODAY, 50)).toEqual({ from: '2026-11-01', to: '2026-11-20', count: 14 });
    expect(db.overdueSpan(rows.slice(3), TODAY, 50)).toBeNull();
    expect(db.overdueSpan([], TODAY, 50)).toBeNull();
  });

  it('counts tasks whose goal is not a stored value as no goal', async () => {
    await db.createTask(database, draft({ due: { date: TODAY }, categories: { goal: 'constructor' } }), undefined, 1);
    await db.createTask(database, draft({ due: { date: TODAY }, categories: { goal: 'new_customer' } }), undefined, 2);
    expect((await db.listDueOverview(database, TODAY, 50)).countsByGoal).toEqual({ new_customer: 1, none: 1 });
    expect(await db.countDueUpTo(database, TODAY)).toEqual({ total: 2, byGoal: { constructor: 1, new_customer: 1 } });
  });
});

describe('opening the database', () => {
  it('marks a fresh database’s (empty) counters as built', async () => {
    expect(await database.get('meta', db.DUE_COUNTS_MARKER)).toMatchObject({ version: 1, builtAt: expect.any(Number) });
    expect(await storedDueCounts(database)).toEqual([]);
  });

  it('rebuilds cleared counters from the tasks, once', async () => {
    for (const [i, date] of DATES.entries()) {
      await db.createTask(database, draft({ due: { date }, categories: i % 2 ? { goal: GOALS[i % GOALS.length]! } : {} }), undefined, i);
    }
    const before = await storedDueCounts(database);
    await dropCountersAndReopen();
    expect(await storedDueCounts(database)).toEqual(before);
    expect(await database.get('meta', db.DUE_COUNTS_MARKER)).toBeDefined();
    // With the marker present, a later open leaves the counters alone.
    await database.put('dueCounts', { date: '2000-01-01', total: 7, byGoal: {} });
    database.close();
    database = await db.openTasklaneDb();
    expect(await database.get('dueCounts', '2000-01-01')).toBeDefined();
  });
});

describe('a write that fails', () => {
  it('leaves the counters as they were', async () => {
    const a = await db.createTask(database, draft({ due: { date: TODAY }, dedupeKey: 'a', categories: { goal: 'new_customer' } }), undefined, 1);
    const b = await db.createTask(database, draft({ due: { date: '2026-11-01' }, dedupeKey: 'b' }), undefined, 2);
    const recurring = await db.createTask(database, draft({ due: { date: TODAY }, recurrence: { rrule: 'FREQ=WEEKLY' } }), undefined, 3);
    const before = await storedDueCounts(database);

    // A synced copy of b whose dedupe key clashes with a: the put fails, the transaction aborts.
    const clash: Task = { ...b.task, due: { date: '2026-12-05' }, dedupeKey: 'a', updatedAt: 10 };
    const item = { taskId: b.task.id, href: 'https://dav.example/b.ics', uid: b.task.id, syncedUpdatedAt: 0, ics: '' };
    await expect(applyRemoteTask(database, clash, item, b.task.updatedAt, 10)).rejects.toThrow();
    // Completing a routine task whose next date cannot be worked out: the error comes after
    // the task and its counters were written, and undoes both.
    await expect(db.setTaskStatus(database, recurring.task.id, 'done', {
      now: 20,
      nextDate: () => {
        throw new Error('bad rule');
      },
    })).rejects.toThrow();
    // An import preview runs every write, then aborts.
    const plan = emptyPlan();
    plan.tasks.push({ kind: 'record', task: { ...a.task, status: 'done', updatedAt: 30 }, row: 1 });
    await db.applyImport(database, plan, false, 30);

    expect(await storedDueCounts(database)).toEqual(before);
    expect((await db.getTask(database, recurring.task.id))?.status).toBe('open');
    await expectCountsMatchTasks();
  });
});

// ---- Random sequences of every kind of task write ----

const date = fc.constantFrom(...DATES);
const maybeDate = fc.option(date, { nil: undefined });
const maybeGoal = fc.option(fc.constantFrom(...GOALS), { nil: undefined });
/** Which stored task an operation is about: an index, taken modulo how many there are. */
const pick = fc.nat(1_000);
const status = fc.constantFrom('open' as const, 'done' as const);
/** A task's counted fields, as an import or a sync brings them. */
const fields = fc.record({ due: maybeDate, goal: maybeGoal, status });

// Creates are weighted up and wipes down, so most steps find several tasks to work on.
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ weight: 3, arbitrary });
const operation = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('create' as const), due: maybeDate, goal: maybeGoal, recurring: fc.boolean(), dedupe: fc.boolean() }) },
  often(fc.record({
    kind: fc.constant('update' as const),
    pick,
    patch: fc.oneof(
      fc.record({ status }),
      fc.record({ due: fc.option(date.map((d) => ({ date: d })), { nil: null }) }),
      maybeGoal.map((goal): TaskPatch => ({ categories: goal ? { goal } : {} })),
    ),
  })),
  often(fc.record({ kind: fc.constant('complete' as const), pick })),
  often(fc.record({ kind: fc.constant('delete' as const), pick })),
  often(fc.record({
    kind: fc.constant('bulk' as const),
    picks: fc.array(pick, { maxLength: 6 }),
    action: fc.oneof(
      fc.constantFrom({ kind: 'complete' as const }, { kind: 'reopen' as const }, { kind: 'delete' as const }),
      maybeGoal.map((goal): db.BulkAction => ({ kind: 'recategorise', dimension: 'goal', value: goal ?? null })),
    ),
  })),
  often(fc.record({
    kind: fc.constant('import' as const),
    commit: fc.boolean(),
    /** Newer (or older, so skipped) copies of stored tasks. */
    edits: fc.array(fc.record({ pick, fields, newer: fc.boolean() }), { maxLength: 3 }),
    /** New tasks; with `sameKeyAs` one carries a stored task's dedupe key and merges into it. */
    added: fc.array(fc.record({ fields, sameKeyAs: fc.option(pick, { nil: undefined }) }), { maxLength: 3 }),
  })),
  often(fc.record({ kind: fc.constant('syncApply' as const), pick: fc.option(pick, { nil: undefined }), fields, stale: fc.boolean() })),
  often(fc.record({ kind: fc.constant('syncDelete' as const), pick, stale: fc.boolean() })),
  often(fc.record({ kind: fc.constant('deleteGoal' as const), goal: fc.constantFrom(...STORED_GOALS), reassignTo: fc.option(fc.constantFrom(...STORED_GOALS), { nil: null }) })),
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wipe' as const) }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface CountedFields {
  due?: string | undefined;
  goal?: string | undefined;
  status: Task['status'];
}

function withFields(task: Task, { due, goal, status }: CountedFields): Task {
  const { due: _due, ...rest } = task;
  const categories = { ...task.categories };
  if (goal) categories.goal = goal;
  else delete categories.goal;
  return { ...rest, ...(due ? { due: { date: due } } : {}), categories, status };
}

function newTask(now: number): Task {
  return { ...draft({ title: 'From elsewhere' }), id: crypto.randomUUID(), status: 'open', createdAt: now, updatedAt: now };
}

/** The next occurrence's date: the next of DATES, none after the last. */
const nextDate = (task: Task) => DATES[DATES.indexOf(task.due!.date) + 1] ?? null;

async function apply(op: Operation, now: number): Promise<void> {
  const ids = await database.getAllKeys('tasks');
  const stored = async (n: number) => (ids.length ? database.get('tasks', ids[n % ids.length]!) : undefined);
  switch (op.kind) {
    case 'create': {
      const over: Partial<TaskDraft> = { categories: op.goal ? { goal: op.goal } : {} };
      if (op.due) over.due = { date: op.due };
      if (op.recurring) over.recurrence = { rrule: 'FREQ=WEEKLY' };
      if (op.dedupe) over.dedupeKey = `key-${now % 7}`; // repeats now and then: an idempotent create
      await db.createTask(database, draft(over), undefined, now);
      return;
    }
    case 'update': {
      const task = await stored(op.pick);
      if (task) await db.updateTask(database, task.id, op.patch, now);
      return;
    }
    case 'complete': {
      const task = await stored(op.pick);
      if (task) await db.setTaskStatus(database, task.id, 'done', { now, nextDate });
      return;
    }
    case 'delete': {
      const task = await stored(op.pick);
      if (task) await db.deleteTask(database, task.id, now);
      return;
    }
    case 'bulk':
      await db.bulkEdit(database, op.picks.flatMap((n) => (ids.length ? [ids[n % ids.length]!] : [])), op.action, now);
      return;
    case 'import': {
      const plan = emptyPlan();
      for (const edit of op.edits) {
        const task = await stored(edit.pick);
        if (task) plan.tasks.push({ kind: 'record', task: { ...withFields(task, edit.fields), updatedAt: edit.newer ? now : 0 }, row: 1 });
      }
      for (const added of op.added) {
        const owner = added.sameKeyAs === undefined ? undefined : await stored(added.sameKeyAs);
        const task = withFields(newTask(now), added.fields);
        plan.tasks.push({ kind: 'record', task: owner?.dedupeKey ? { ...task, dedupeKey: owner.dedupeKey } : task, row: 2 });
      }
      await db.applyImport(database, plan, op.commit, now);
      return;
    }
    case 'syncApply': {
      const current = op.pick === undefined ? undefined : await stored(op.pick);
      const task = { ...withFields(current ?? newTask(now), op.fields), updatedAt: now };
      const item = { taskId: task.id, href: `https://dav.example/${task.id}.ics`, uid: task.id, syncedUpdatedAt: 0, ics: '' };
      await applyRemoteTask(database, task, item, op.stale ? -1 : current?.updatedAt, now);
      return;
    }
    case 'syncDelete': {
      const task = await stored(op.pick);
      if (task) await applyRemoteDelete(database, task.id, op.stale ? -1 : task.updatedAt, now);
      return;
    }
    case 'deleteGoal': {
      const value = await database.get('categories', ['goal', op.goal]);
      if (!value || op.reassignTo === op.goal || !(await database.get('categories', ['goal', op.reassignTo ?? op.goal]))) return;
      await db.deleteCategory(database, 'goal', op.goal, op.reassignTo, now);
      await db.saveCategory(database, value); // back, so later steps can delete it again
      return;
    }
    case 'wipe':
      await db.deleteAllData(database);
      return;
  }
}

/** What the popup should show, worked out from every task. */
async function expectedOverview(today: string) {
  const storedGoals = new Set((await database.getAllKeys('categories')).filter((k) => k[0] === 'goal').map((k) => k[1]));
  const due = (await database.getAll('tasks')).filter((t) => t.status === 'open' && t.due && t.due.date <= today);
  const countsByGoal: Record<string, number> = {};
  for (const task of due) {
    const goal = task.categories.goal;
    const key = goal && storedGoals.has(goal) ? goal : 'none';
    countsByGoal[key] = (countsByGoal[key] ?? 0) + 1;
  }
  return { total: due.length, countsByGoal };
}

describe('the counters under random sequences of writes', () => {
  it('equal a recount after every step, and a rebuild gives the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 40, size: 'max' }), async (ops) => {
        freshIndexedDb();
        database = await db.openTasklaneDb();
        let now = 1_000;
        for (const op of ops) {
          await apply(op, (now += 10));
          await expectCountsMatchTasks();
        }
        for (const today of [TODAY, '2026-12-31']) {
          const { total, countsByGoal, overdue, today: dueToday } = await db.listDueOverview(database, today, 500);
          expect({ total, countsByGoal }).toEqual(await expectedOverview(today));
          expect(overdue.length + dueToday.length).toBe(total); // under the limit, the rows are all of them
        }
        const counted = await storedDueCounts(database);
        await dropCountersAndReopen();
        expect(await storedDueCounts(database)).toEqual(counted);
        database.close();
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
