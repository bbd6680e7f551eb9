import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { makeRouter } from '../../helpers/router';

const routine = (over: Partial<TaskDraft> = {}): TaskDraft => ({
  title: 'Log calls in the CRM', notes: '', priority: 'normal', categories: { cycle: 'daily' },
  due: { date: '2026-11-28', time: '17:00' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, dedupeKey: 'routine-1', ...over,
});
// Saturday 28 November 2026, noon UTC: a weekday routine's next date is Monday the 30th.
const SATURDAY = Date.UTC(2026, 10, 28, 12);

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

const openCount = async () => (await database.getAll('tasks')).filter((t) => t.status === 'open').length;

describe('setTaskStatus', () => {
  it('creates the next occurrence of a routine task in the same transaction, and names it on the completed one', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const result = await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY });
    expect(result?.task).toMatchObject({ status: 'done', completedAt: SATURDAY, nextOccurrenceId: result?.created?.id });
    expect(result?.created).toMatchObject({ title: 'Log calls in the CRM', status: 'open', due: { date: '2026-11-30', time: '17:00' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' } });
    expect(result?.created?.id).not.toBe(task.id);
    expect(result?.created?.dedupeKey).toBeUndefined();
    expect(result?.created?.nextOccurrenceId).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
  });

  it('records when it happened, for a caller that learns of it late (a reply detected later)', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const repliedAt = SATURDAY - 3_600_000;
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY, at: repliedAt }))?.task.completedAt).toBe(repliedAt);
  });

  it('completing twice makes no second occurrence', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY });
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY + 1 }))?.created).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
  });

  it('ends the series when the rule has no next date, and leaves one-off tasks alone', async () => {
    const { task } = await db.createTask(database, routine({ recurrence: { rrule: 'FREQ=DAILY;COUNT=1' } }), undefined, 1);
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY }))?.created).toBeUndefined();
    const single = await db.createTask(database, routine({ recurrence: undefined, dedupeKey: 'x' }), undefined, 1);
    expect((await db.setTaskStatus(database, single.task.id, 'done', { now: SATURDAY }))?.created).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
  });

  it('uses the series title after one occurrence was renamed on its own', async () => {
    const { task } = await db.createTask(database, routine({ title: 'Log calls (Friday: also weekly report)', recurrence: { rrule: 'FREQ=DAILY', seriesTitle: 'Log calls in the CRM' } }), undefined, 1);
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY }))?.created?.title).toBe('Log calls in the CRM');
  });
});

describe('reopening a completed routine task', () => {
  it('takes back the occurrence its completion made, with a tombstone for sync', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const done = await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY });
    const reopened = await db.setTaskStatus(database, task.id, 'open', { now: SATURDAY + 1 });
    expect(reopened?.removedId).toBe(done?.created?.id);
    expect(reopened?.task.nextOccurrenceId).toBeUndefined();
    expect(reopened?.task.completedAt).toBeUndefined();
    expect(await database.getAllKeys('tasks')).toEqual([task.id]);
    expect(await database.get('tombstones', done!.created!.id)).toEqual({ id: done!.created!.id, deletedAt: SATURDAY + 1 });
  });

  it('keeps an occurrence the rep already edited, and then completing the old one again makes none', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const next = (await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY }))!.created!;
    await db.updateTask(database, next.id, { notes: 'Also the Hamburg leads' }, SATURDAY + 1);
    const reopened = await db.setTaskStatus(database, task.id, 'open', { now: SATURDAY + 2 });
    expect(reopened?.removedId).toBeUndefined();
    expect(reopened?.task.nextOccurrenceId).toBe(next.id);
    expect(await openCount()).toBe(2);
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY + 3 }))?.created).toBeUndefined();
    expect(await database.count('tasks')).toBe(2);
    expect((await db.getTask(database, next.id))?.notes).toBe('Also the Hamburg leads');
  });

  it('keeps an occurrence the rep already completed (and the one that made)', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const next = (await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY }))!.created!;
    const after = (await db.setTaskStatus(database, next.id, 'done', { now: SATURDAY + 1 }))!.created!;
    await db.setTaskStatus(database, task.id, 'open', { now: SATURDAY + 2 });
    expect(await database.count('tasks')).toBe(3);
    expect((await db.getTask(database, next.id))?.status).toBe('done');
    expect((await db.getTask(database, after.id))?.status).toBe('open');
  });

  it('starts the series again when the occurrence it made was deleted meanwhile', async () => {
    const { task } = await db.createTask(database, routine(), undefined, 1);
    const next = (await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY }))!.created!;
    await db.deleteTask(database, next.id, SATURDAY + 1);
    expect((await db.setTaskStatus(database, task.id, 'open', { now: SATURDAY + 2 }))?.task.nextOccurrenceId).toBeUndefined();
    expect((await db.setTaskStatus(database, task.id, 'done', { now: SATURDAY + 3 }))?.created?.due?.date).toBe('2026-11-30');
    expect(await openCount()).toBe(1);
  });
});

describe('task.update with status done, through the router', () => {
  it('completes a weekday routine on Friday and schedules Monday', async () => {
    // Friday 27 November 2026, noon UTC.
    const { send, broadcasts } = await makeRouter(() => Date.UTC(2026, 10, 27, 12));
    const created = await send('popup', 'task.create', { draft: { ...routine(), due: { date: '2026-11-27' } } });
    if (!created.ok) throw new Error(created.error.message);
    const done = await send('popup', 'task.update', { id: created.data.task.id, patch: { status: 'done' } });
    expect(done).toMatchObject({ ok: true, data: { task: { status: 'done' } } });
    const list = await send('popup', 'task.listDue', { today: '2026-11-30' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.dueToday.map((t) => t.title)).toEqual(['Log calls in the CRM']);
    // Open pages hear of both: the completed task and the occurrence it made.
    expect(broadcasts.at(-1)).toEqual({ entity: 'task', ids: [created.data.task.id, list.data.dueToday[0]!.id] });
  });
});
