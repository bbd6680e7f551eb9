// The reminder plan's read (lib/db/reminder-reads.ts): the open tasks whose reminder can fall in
// a window of instants, found by due date and, for tasks with an offset, per offset.
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { listOpenRemindable } from '@/lib/db/reminder-reads';
import { addDays } from '@/lib/dates/local-date';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';

const TODAY = '2026-11-28';
const local = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();
const NOW = local(TODAY, '10:00');
const DAY_MS = 86_400_000;
const DAY_MIN = 24 * 60;
const draft = (title: string, over: Partial<TaskDraft>): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...over });

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});

const titles = async () => (await listOpenRemindable(database, NOW - DAY_MS, NOW + 7 * DAY_MS)).map((t) => t.title).sort();

describe('listOpenRemindable', () => {
  it('reads yesterday to a week ahead, plus each offset’s own window; never done tasks or the backlog', async () => {
    const add = (title: string, over: Partial<TaskDraft>) => db.createTask(database, draft(title, over), undefined, 1);
    await add('yesterday', { due: { date: addDays(TODAY, -1), time: '18:00' } });
    await add('in a week', { due: { date: addDays(TODAY, 7) } });
    await add('two days ago', { due: { date: addDays(TODAY, -2) } });
    await add('in nine days', { due: { date: addDays(TODAY, 9) } });
    await add('due in 30 days, 28 days early', { due: { date: addDays(TODAY, 30) }, reminder: { offsetMinutes: 28 * DAY_MIN } });
    await add('due in 30 days, 40 days early', { due: { date: addDays(TODAY, 30) }, reminder: { offsetMinutes: 40 * DAY_MIN } });
    await add('due 20 days ago, 20 days after', { due: { date: addDays(TODAY, -20) }, reminder: { offsetMinutes: -20 * DAY_MIN } });
    await add('today, 15 minutes early', { due: { date: TODAY, time: '16:00' }, reminder: { offsetMinutes: 15 } });
    await add('undated', {});
    const done = await add('done today', { due: { date: TODAY } });
    await db.updateTask(database, done.task.id, { status: 'done' }, 2);

    expect(await titles()).toEqual([
      'due 20 days ago, 20 days after',
      'due in 30 days, 28 days early',
      'in a week',
      'today, 15 minutes early',
      'yesterday',
    ]);
  });

  it('reads a task once even when its offset window and the due window overlap', async () => {
    await db.createTask(database, draft('today, 0 early', { due: { date: TODAY }, reminder: { offsetMinutes: 0 } }), undefined, 1);
    await db.createTask(database, draft('today, 5 early', { due: { date: TODAY }, reminder: { offsetMinutes: 5 } }), undefined, 1);
    expect(await titles()).toEqual(['today, 0 early', 'today, 5 early']);
  });
});
