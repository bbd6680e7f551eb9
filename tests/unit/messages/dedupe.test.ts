// Dedupe through the real router and store: one click on a person is idempotent against their
// OPEN task for that conversation; different emails, a completed task and a rep's typed panel
// submission all make new tasks.
import { describe, expect, it } from 'vitest';
import { createRequest, type PersonOnPage } from '@/lib/content/follow-up';
import type { Task } from '@/lib/model';
import { peopleOn } from '../../helpers/page-people';
import { makeRouter } from '../../helpers/router';

const values = { title: 'Follow up with Priya', due: { date: '2026-12-04' }, categories: {} };

function priyaRows(): PersonOnPage[] {
  return peopleOn('gmail-inbox').filter((p) => p.contact.email === 'priya.raman@northwind-traders.com');
}

async function setUp() {
  const router = await makeRouter();
  const create = async (payload: unknown) => {
    const reply = await router.send('content', 'task.create', payload);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data;
  };
  const all = async (): Promise<Task[]> => (await router.getDb()).getAll('tasks');
  return { ...router, create, all };
}

describe('dedupe through the router', () => {
  it('two emails from one sender in the inbox make two tasks', async () => {
    const { create, all } = await setUp();
    const [first, second] = priyaRows();
    const a = await create(createRequest(first!, values));
    const b = await create(createRequest(second!, values));
    expect([a.created, b.created]).toEqual([true, true]);
    expect(a.task.id).not.toBe(b.task.id);
    expect((await all()).map((t) => t.source?.title).sort()).toEqual(['Agenda for the quarterly business review', 'Q3 renewal: revised quote for 40 seats']);
  });

  it('one click again on the same row returns the open task, and says it was not created', async () => {
    const { create, all } = await setUp();
    const [row] = priyaRows();
    const a = await create(createRequest(row!, values));
    const again = await create(createRequest(row!, { ...values, title: 'A retry' }));
    expect(again).toEqual({ task: a.task, created: false, storage: 'persistent' });
    expect(await all()).toHaveLength(1);
  });

  it('a completed task does not block a new one for the same row and person', async () => {
    const { create, send, all } = await setUp();
    const [row] = priyaRows();
    const done = await create(createRequest(row!, values));
    expect(await send('popup', 'task.update', { id: done.task.id, patch: { status: 'done' } })).toMatchObject({ ok: true });
    const next = await create(createRequest(row!, { ...values, title: 'Follow up again' }));
    expect(next.created).toBe(true);
    expect(next.task).toMatchObject({ title: 'Follow up again', status: 'open' });
    const stored = await all();
    expect(stored.map((t) => [t.title, t.status]).sort()).toEqual([['Follow up again', 'open'], ['Follow up with Priya', 'done']]);
    // The new open task is now the one a repeat click finds.
    expect((await create(createRequest(row!, values))).task.id).toBe(next.task.id);
  });

  it('reopening the completed task after a new one was made leaves two open tasks and one key', async () => {
    const { create, send, all } = await setUp();
    const [row] = priyaRows();
    const old = await create(createRequest(row!, values));
    await send('popup', 'task.update', { id: old.task.id, patch: { status: 'done' } });
    const fresh = await create(createRequest(row!, values));
    expect(await send('popup', 'task.update', { id: old.task.id, patch: { status: 'open' } })).toMatchObject({ ok: true });
    expect((await all()).filter((t) => t.status === 'open')).toHaveLength(2);
    expect((await create(createRequest(row!, values))).task.id).toBe(fresh.task.id);
  });

  it('completing and reopening with no new task in between makes the task the one a click finds again', async () => {
    const { create, send } = await setUp();
    const [row] = priyaRows();
    const task = await create(createRequest(row!, values));
    await send('popup', 'task.update', { id: task.task.id, patch: { status: 'done' } });
    await send('popup', 'task.update', { id: task.task.id, patch: { status: 'open' } });
    expect(await create(createRequest(row!, values))).toMatchObject({ created: false, task: { id: task.task.id } });
  });
});

describe('a quick-create panel submission', () => {
  const typed = { title: 'Send Priya the countersigned order form', due: { date: '2026-12-05' }, categories: {}, notes: 'She asked for the PDF, not a link.' };

  it('saves what the rep typed even when the person already has an open task for this email', async () => {
    const { create, all } = await setUp();
    const [row] = priyaRows();
    const first = await create(createRequest(row!, values));
    const panel = await create(createRequest(row!, typed, { submissionId: '0a1b2c3d4e5f6a7b' }));
    expect(panel.created).toBe(true);
    expect(panel.undoToken).toEqual(expect.any(String));
    expect(panel.task).toMatchObject({ title: typed.title, notes: typed.notes, due: typed.due, status: 'open' });
    expect((await all()).map((t) => t.id).sort()).toEqual([first.task.id, panel.task.id].sort());
  });

  it('is idempotent per submission: the same submission sent again, or twenty times at once, is one task', async () => {
    const { create, all } = await setUp();
    const [row] = priyaRows();
    await create(createRequest(row!, values));
    const once = await create(createRequest(row!, typed, { submissionId: '0a1b2c3d4e5f6a7b' }));
    const again = await create(createRequest(row!, typed, { submissionId: '0a1b2c3d4e5f6a7b' }));
    expect(again).toEqual({ task: once.task, created: false, storage: 'persistent' });
    const burst = await Promise.all(Array.from({ length: 20 }, () => create(createRequest(row!, { ...typed, title: 'Burst' }, { submissionId: '99887766aabbccdd' }))));
    expect(burst.filter((r) => r.created)).toHaveLength(1);
    expect(await all()).toHaveLength(3);
  });

  it('made first, it is the open task a later one-click on that row returns', async () => {
    const { create, all } = await setUp();
    const [row] = priyaRows();
    const panel = await create(createRequest(row!, typed, { submissionId: '0a1b2c3d4e5f6a7b' }));
    const click = await create(createRequest(row!, values));
    expect(click).toMatchObject({ created: false, task: { id: panel.task.id, title: typed.title } });
    expect(await all()).toHaveLength(1);
  });

  it('refuses a malformed submission id with a clear error and writes nothing', async () => {
    const { send, all } = await setUp();
    const [row] = priyaRows();
    const reply = await send('content', 'task.create', { ...createRequest(row!, typed), submissionId: 'x'.repeat(500) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await all()).toHaveLength(0);
  });
});
