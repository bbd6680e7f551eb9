import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { makeRouter } from '../../helpers/router';

const routine = (over: Partial<TaskDraft> = {}): TaskDraft => ({
  title: 'Log calls in the CRM', notes: '', priority: 'normal', categories: { cycle: 'daily' },
  due: { date: '2026-11-28', time: '17:00' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, dedupeKey: 'routine-1', ...over,
});

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

describe('completeTask', () => {
  it('creates the next occurrence of a routine task in the same transaction', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const result = await db.completeTask(database, task.id, 10, () => '2026-11-30');
    expect(result?.task).toMatchObject({ status: 'done', completedAt: 10 });
    expect(result?.next).toMatchObject({ title: 'Log calls in the CRM', status: 'open', due: { date: '2026-11-30', time: '17:00' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' } });
    expect(result?.next?.id).not.toBe(task.id);
    expect(result?.next?.dedupeKey).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
  });

  it('completing twice makes no second occurrence', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    await db.completeTask(database, task.id, 10, () => '2026-11-30');
    expect((await db.completeTask(database, task.id, 11, () => '2026-11-30'))?.next).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
  });

  it('ends the series when the rule has no next date, and leaves one-off tasks alone', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    expect((await db.completeTask(database, task.id, 10, () => null))?.next).toBeUndefined();
    const single = await db.createTask(database, routine({ recurrence: undefined, dedupeKey: 'x' }), undefined, 1);
    expect((await db.completeTask(database, single.task.id, 10, () => '2026-12-01'))?.next).toBeUndefined();
  });

  it('uses the series title after one occurrence was renamed on its own', async () => {
    const { task } = await db.createTask(database, routine({ title: 'Log calls (Friday: also weekly report)', recurrence: { rrule: 'FREQ=DAILY', seriesTitle: 'Log calls in the CRM' } }), undefined, 1);
    expect((await db.completeTask(database, task.id, 10, () => '2026-11-29'))?.next?.title).toBe('Log calls in the CRM');
  });
});

describe('task.update with status done, through the router', () => {
  it('completes a weekday routine on Friday and schedules Monday', async () => {
    // Friday 27 November 2026, noon UTC.
    const { send } = await makeRouter(() => Date.UTC(2026, 10, 27, 12));
    const created = await send('popup', 'task.create', { draft: { ...routine(), due: { date: '2026-11-27' } } });
    if (!created.ok) throw new Error(created.error.message);
    const done = await send('popup', 'task.update', { id: created.data.task.id, patch: { status: 'done' } });
    expect(done).toMatchObject({ ok: true, data: { task: { status: 'done' } } });
    const list = await send('popup', 'task.listDue', { today: '2026-11-30' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.dueToday.map((t) => t.title)).toEqual(['Log calls in the CRM']);
  });
});
