// A routine task's series through every way its status changes (issue 13, defect 1): the popup's
// complete and Undo, the options page's bulk complete and reopen. Each completion makes exactly
// one next occurrence, and reopening takes back the one it made.
import { describe, expect, it } from 'vitest';
import type { TaskDraft } from '@/lib/model';
import { makeRouter } from '../../helpers/router';
import type { TasklaneDb } from '@/lib/db';
import { recountDue, storedDueCounts } from '../../helpers/due-recount';

// Friday 27 November 2026, noon UTC: a weekly Friday review due today.
const FRIDAY = () => Date.UTC(2026, 10, 27, 12);
const weekly: TaskDraft = {
  title: 'Weekly pipeline review', notes: '', priority: 'normal', categories: { cycle: 'weekly' },
  due: { date: '2026-11-27', time: '16:00' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=FR' },
};

/** The popup's counters agree with a recount of the tasks. */
async function expectCountsMatchTasks(database: TasklaneDb) {
  expect(await storedDueCounts(database)).toEqual(await recountDue(database));
}

async function setUp() {
  const router = await makeRouter(FRIDAY);
  const { send } = router;
  const created = await send('popup', 'task.create', { draft: weekly });
  if (!created.ok) throw new Error(created.error.message);
  /** Every task of the series, open and done, as the options page's table lists them. */
  const all = async (status: 'open' | 'done' | 'all' = 'all') => {
    const reply = await send('optionsTab', 'task.list', { status, limit: 200 });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data.tasks;
  };
  const ok = async (reply: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const settled = await reply;
    if (!settled.ok) throw new Error(settled.error?.message);
  };
  return { ...router, id: created.data.task.id, all, ok };
}

describe('a routine task completed from the popup', () => {
  it('complete → Undo → complete leaves exactly one open next occurrence', async () => {
    const { send, id, all, ok, getDb } = await setUp();
    await ok(send('popup', 'task.update', { id, patch: { status: 'done' } }));
    // The popup's Undo reopens the task with status 'open'.
    await ok(send('popup', 'task.update', { id, patch: { status: 'open' } }));
    expect((await all('open')).map((t) => [t.id, t.due?.date])).toEqual([[id, '2026-11-27']]);
    await ok(send('popup', 'task.update', { id, patch: { status: 'done' } }));

    const open = await all('open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Weekly pipeline review', due: { date: '2026-12-04', time: '16:00' } });
    expect(await all('all')).toHaveLength(2);
    // The popup's list for next Friday holds the one occurrence.
    const list = await send('popup', 'task.listDue', { today: '2026-12-04' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.dueToday.map((t) => t.id)).toEqual([open[0]!.id]);
    expect(list.data.total).toBe(1);
    await expectCountsMatchTasks(await getDb());
  });

  it('completing twice in a row makes one occurrence', async () => {
    const { send, id, all, ok } = await setUp();
    await ok(send('popup', 'task.update', { id, patch: { status: 'done' } }));
    await ok(send('popup', 'task.update', { id, patch: { status: 'done' } }));
    expect(await all('open')).toHaveLength(1);
    expect(await all('all')).toHaveLength(2);
  });
});

describe('a routine task in the options page’s bulk actions', () => {
  it('bulk complete leaves one open next occurrence', async () => {
    const { send, id, all, getDb } = await setUp();
    const reply = await send('optionsTab', 'task.bulk', { ids: [id], action: { kind: 'complete' } });
    expect(reply).toMatchObject({ ok: true, data: { changed: 1 } });
    const open = await all('open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Weekly pipeline review', due: { date: '2026-12-04' } });
    expect(open[0]!.id).not.toBe(id);
    await expectCountsMatchTasks(await getDb());
  });

  it('bulk reopen removes the occurrence the completion made', async () => {
    const { send, id, all, getDb } = await setUp();
    await send('optionsTab', 'task.bulk', { ids: [id], action: { kind: 'complete' } });
    const reply = await send('optionsTab', 'task.bulk', { ids: [id], action: { kind: 'reopen' } });
    expect(reply).toMatchObject({ ok: true, data: { changed: 1 } });
    expect((await all('all')).map((t) => [t.id, t.status])).toEqual([[id, 'open']]);
    // And a second bulk complete makes one again.
    await send('optionsTab', 'task.bulk', { ids: [id], action: { kind: 'complete' } });
    expect(await all('open')).toHaveLength(1);
    await expectCountsMatchTasks(await getDb());
  });
});
