// A routine task completed or reopened in another app reaches Tasklane by sync (issue 13,
// defect 1): the pulled completion advances the series exactly once — also when the same
// completion is read twice — and the occurrence it made goes to the server on the push.
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Task, TaskDraft } from '@/lib/model';
import { newReport, type SyncContext } from '@/lib/sync/context';
import { runSync } from '@/lib/sync/engine';
import { pull } from '@/lib/sync/pull';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { fakeTaskList, LIST_URL } from '../../helpers/fake-dav';

// Friday 27 November 2026, noon UTC; the clock moves a minute per step.
let clock = Date.UTC(2026, 10, 27, 12);
const now = () => clock;
const weekly: TaskDraft = {
  title: 'Weekly pipeline review', notes: '', priority: 'normal', categories: {},
  due: { date: '2026-11-27' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=FR' },
};
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/** What a phone's task app writes when the rep ticks the task off there. */
const completedElsewhere = (at: number) => (ics: string) =>
  ics.replace(/^STATUS:.*$/m, `STATUS:COMPLETED\r\nCOMPLETED:${stamp(at)}`).replace(/^LAST-MODIFIED:.*$/m, `LAST-MODIFIED:${stamp(at)}`);
const reopenedElsewhere = (at: number) => (ics: string) =>
  ics.replace(/^STATUS:.*$/m, 'STATUS:NEEDS-ACTION').replace(/^COMPLETED:.*\r?\n/m, '').replace(/^LAST-MODIFIED:.*$/m, `LAST-MODIFIED:${stamp(at)}`);

async function newDevice(): Promise<db.TasklaneDb> {
  return db.openTasklaneDb(`tasklane-${crypto.randomUUID()}`);
}
const sync = (device: db.TasklaneDb, list: ReturnType<typeof fakeTaskList>) => {
  clock += 60_000;
  return runSync({ db: device, client: list.client, collectionUrl: LIST_URL, now, locale: 'en' });
};
const openTasks = async (device: db.TasklaneDb) => (await device.getAll('tasks')).filter((t) => t.status === 'open');
const uidOf = (ics: string) => /^UID:(.*)$/m.exec(ics)?.[1]?.trim();

let device: db.TasklaneDb;
let list: ReturnType<typeof fakeTaskList>;
let review: Task;
beforeEach(async () => {
  clock = Date.UTC(2026, 10, 27, 12);
  freshIndexedDb();
  device = await newDevice();
  list = fakeTaskList();
  review = (await db.createTask(device, weekly, undefined, clock)).task;
  await sync(device, list);
  expect(list.items.size).toBe(1);
});

describe('a routine task completed in another app', () => {
  it('advances the series once when the completion is pulled, and pushes the new occurrence', async () => {
    list.edit(review.id, completedElsewhere(clock + 30_000));
    const first = await sync(device, list);
    expect(first.report.pulled).toBe(1);

    expect(await db.getTask(device, review.id)).toMatchObject({ status: 'done' });
    const open = await openTasks(device);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Weekly pipeline review', due: { date: '2026-12-04' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=FR' } });
    // The same sync's push put the new occurrence on the server, and the completed one says
    // which occurrence it made, so another device does not make a second.
    expect([...list.items.values()].map((i) => uidOf(i.ics)).sort()).toEqual([review.id, open[0]!.id].sort());
    const completed = [...list.items.values()].find((i) => uidOf(i.ics) === review.id)!.ics;
    expect(completed).toContain('STATUS:COMPLETED');
    expect(completed).toContain(`X-TASKLANE-NEXT:${open[0]!.id}`);

    // Nothing changed: nothing more made.
    await sync(device, list);
    expect(await openTasks(device)).toHaveLength(1);
    expect(list.items.size).toBe(2);
  });

  it('advances it once even when the same completion is read twice', async () => {
    list.edit(review.id, completedElsewhere(clock + 30_000));
    // The other app saves the completed item again (no Tasklane property on it) before this
    // device pushed what its pull made: the pull reads a completion a second time.
    const ctx: SyncContext = {
      db: device, client: list.client, collectionUrl: LIST_URL, now, labels: async () => (_d: string, id: string) => id,
      contacts: new Map(), report: newReport(clock), changedTaskIds: new Set(), untitled: '(no title)',
    };
    await pull(ctx);
    expect(await openTasks(device)).toHaveLength(1);
    clock += 120_000;
    list.edit(review.id, completedElsewhere(clock));
    await pull(ctx);
    // Read and taken both times (the second as the newer side of a conflict).
    expect(ctx.report.pulled).toBe(2);
    expect(await openTasks(device)).toHaveLength(1);

    await sync(device, list);
    await sync(device, list);
    expect(await openTasks(device)).toHaveLength(1);
    expect(list.items.size).toBe(2);

    // A second device reading the whole list makes nothing: the completion was made elsewhere.
    const laptop = await newDevice();
    await sync(laptop, list);
    expect((await laptop.getAll('tasks')).map((t) => t.status).sort()).toEqual(['done', 'open']);
    expect(list.items.size).toBe(2);
  });

  it('takes the occurrence back when the other app reopens the task', async () => {
    list.edit(review.id, completedElsewhere(clock + 30_000));
    await sync(device, list);
    const [next] = await openTasks(device);
    expect(next?.due?.date).toBe('2026-12-04');
    list.edit(review.id, reopenedElsewhere(clock + 30_000));
    await sync(device, list);

    expect((await openTasks(device)).map((t) => t.id)).toEqual([review.id]);
    expect(await db.getTask(device, next!.id)).toBeUndefined();
    // Removed on the server too, and the reopened item no longer names it.
    expect([...list.items.values()].map((i) => uidOf(i.ics))).toEqual([review.id]);
    expect([...list.items.values()][0]!.ics).not.toContain('X-TASKLANE-NEXT');
  });
});

describe('a routine task completed on another Tasklane device', () => {
  it('two devices that both advanced one completion before hearing of each other end with one occurrence', async () => {
    const laptop = await newDevice();
    await sync(laptop, list);
    list.edit(review.id, completedElsewhere(clock + 30_000));
    // Both pull the completion (each makes an occurrence) before either pushes.
    const ctxFor = (database: db.TasklaneDb): SyncContext => ({
      db: database, client: list.client, collectionUrl: LIST_URL, now, labels: async () => (_d: string, id: string) => id,
      contacts: new Map(), report: newReport(clock), changedTaskIds: new Set(), untitled: '(no title)',
    });
    await pull(ctxFor(device));
    await pull(ctxFor(laptop));
    expect(await openTasks(device)).toHaveLength(1);
    expect(await openTasks(laptop)).toHaveLength(1);
    for (const each of [device, laptop, device, laptop]) await sync(each, list);

    const [kept] = await openTasks(device);
    expect((await openTasks(laptop)).map((t) => t.id)).toEqual([kept!.id]);
    expect([...list.items.values()].map((i) => uidOf(i.ics)).sort()).toEqual([review.id, kept!.id].sort());
    expect((await db.getTask(laptop, review.id))?.nextOccurrenceId).toBe(kept!.id);
  });

  it('arrives with its next occurrence, and the other device makes none of its own', async () => {
    const laptop = await newDevice();
    await sync(laptop, list);
    await db.updateTask(device, review.id, { status: 'done' }, clock);
    await sync(device, list);
    await sync(laptop, list);
    expect(await openTasks(laptop)).toHaveLength(1);
    expect((await db.getTask(laptop, review.id))?.status).toBe('done');
    expect(list.items.size).toBe(2);

    // Undo on the first device: the occurrence goes everywhere.
    await db.updateTask(device, review.id, { status: 'open' }, clock);
    await sync(device, list);
    await sync(laptop, list);
    expect((await openTasks(laptop)).map((t) => t.id)).toEqual([review.id]);
    expect(await laptop.count('tasks')).toBe(1);
    expect(list.items.size).toBe(1);
  });
});
