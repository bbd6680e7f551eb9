// Follow-ups that close themselves (issue 16), through the real router and store (fake-indexeddb):
// the default for tasks made from a thread, a page's reply report (checked again here), the
// flag-only setting, Reopen, a routine follow-up, the watch set, the notification and the nudge.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply } from '@/lib/messages';
import type { Task } from '@/lib/model';
import { resetFakeBrowser } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 11, 2, 15); // a Wednesday
const HOUR = 3_600_000;
const DANA = { name: 'Dana Okafor', email: 'dana@northwind.example' };
const shown = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions()) as [string, { title: string; message: string; buttons?: { title: string }[] }][];

function data<T>(reply: Reply | { ok: boolean }): T {
  if (!reply.ok) throw new Error(JSON.stringify((reply as { error: unknown }).error));
  return (reply as unknown as { data: T }).data;
}

async function setUp() {
  let now = NOW;
  const router = await makeRouter(() => now);
  const create = async (source: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
    data<{ task: Task }>(
      await router.send('content', 'task.create', {
        draft: { title: 'Send the quote to Dana', due: { date: '2026-12-04' }, ...(source ? { source } : {}), ...extra },
        contact: DANA,
      }),
    ).task;
  const thread = { site: 'gmail', externalId: 'thread-f:1789', title: 'Re: Quote for Q1', url: 'https://mail.google.com/mail/u/0/#inbox/FMfc' };
  return { ...router, create, thread, advance: (ms: number) => (now += ms), clock: () => now };
}

beforeEach(() => void resetFakeBrowser());

describe('close when they reply: defaults', () => {
  it('is on for a task made from a mail thread, with the contact as the person and the thread linked', async () => {
    const { create, thread } = await setUp();
    const task = await create(thread);
    expect(task.followUp).toEqual({ closeOnReply: true, state: 'waiting', people: ['dana@northwind.example'], threadId: 'thread-f:1789', subjectKey: 'quote for q1' });
  });

  it('is off for a typed task, a CRM record and a page without a thread id', async () => {
    const { create } = await setUp();
    expect((await create(undefined)).followUp).toBeUndefined();
    expect((await create({ site: 'salesforce', externalId: '003xx' })).followUp).toBeUndefined();
    expect((await create({ site: 'gmail' })).followUp).toBeUndefined();
  });

  it('keeps the follow-up a compose draft sends', async () => {
    const { create } = await setUp();
    const followUp = { closeOnReply: true, state: 'waiting', people: ['dana@northwind.example', 'li@northwind.example'], subjectKey: 'pricing' };
    expect((await create({ site: 'outlook' }, { followUp })).followUp).toEqual(followUp);
  });

  it('switches on and off from an edit; on needs the person’s address', async () => {
    const { create, send } = await setUp();
    const typed = await create(undefined);
    const on = data<{ task: Task }>(await send('popup', 'task.update', { id: typed.id, patch: { closeOnReply: true } })).task;
    expect(on.followUp).toMatchObject({ closeOnReply: true, state: 'waiting', people: ['dana@northwind.example'] });
    expect(on).not.toHaveProperty('closeOnReply');
    const off = data<{ task: Task }>(await send('popup', 'task.update', { id: typed.id, patch: { closeOnReply: false } })).task;
    expect(off.followUp).toMatchObject({ closeOnReply: false, people: ['dana@northwind.example'] });
    const nobody = data<{ task: Task }>(await send('popup', 'task.create', { draft: { title: 'Think' } })).task;
    expect(await send('popup', 'task.update', { id: nobody.id, patch: { closeOnReply: true } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('followUp.replySeen', () => {
  it('completes the task, records the reply and says who replied, with Reopen', async () => {
    const { create, thread, send, advance, broadcasts } = await setUp();
    const task = await create(thread);
    advance(2 * HOUR);
    const reply = data<{ outcome: string; task: Task }>(
      await send('content', 'followUp.replySeen', { taskId: task.id, from: 'Dana@Northwind.example', at: NOW + HOUR, site: 'gmail', url: thread.url }),
    );
    expect(reply.outcome).toBe('completed');
    expect(reply.task).toMatchObject({ status: 'done', completedAt: NOW + HOUR, followUp: { state: 'replied', reply: { at: NOW + HOUR, seenAt: NOW + 2 * HOUR, from: 'dana@northwind.example', site: 'gmail', url: thread.url } } });
    expect(broadcasts.at(-1)).toEqual({ entity: 'task', ids: [task.id] });
    const [[id, note]] = shown() as [[string, { title: string; message: string; buttons?: { title: string }[] }]];
    expect(id).toBe(`tasklane:replied:${task.id}`);
    expect(note.title).toBe('Dana Okafor replied — follow-up closed');
    expect(note.message).toBe('Send the quote to Dana');
    expect(note.buttons).toEqual([{ title: 'Reopen' }]);
  });

  it('ignores an older message, another person, a task not waiting, and a second report', async () => {
    const { create, thread, send, getDb } = await setUp();
    const task = await create(thread);
    const seen = (over: Record<string, unknown>) => send('content', 'followUp.replySeen', { taskId: task.id, from: DANA.email, at: NOW + HOUR, site: 'gmail', ...over });
    expect(data<{ outcome: string }>(await seen({ at: NOW - 1 })).outcome).toBe('ignored');
    expect(data<{ outcome: string }>(await seen({ from: 'someone@else.example' })).outcome).toBe('ignored');
    expect(data<{ outcome: string }>(await seen({})).outcome).toBe('completed');
    const after = (await (await getDb()).get('tasks', task.id))!;
    expect(data<{ outcome: string }>(await seen({ at: NOW + 2 * HOUR })).outcome).toBe('ignored');
    expect((await (await getDb()).get('tasks', task.id))!).toEqual(after);
    const typed = await create(undefined);
    expect(data<{ outcome: string }>(await send('content', 'followUp.replySeen', { taskId: typed.id, from: DANA.email, at: NOW + HOUR, site: 'gmail' })).outcome).toBe('ignored');
    expect(shown()).toHaveLength(1);
  });

  it('refuses a malformed report and a web page asking for the popup’s list', async () => {
    const { send } = await setUp();
    expect(await send('content', 'followUp.replySeen', { taskId: 'x', from: DANA.email, at: NOW, site: 'gmail' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('content', 'followUp.replySeen', { taskId: crypto.randomUUID(), from: 'not-an-address', at: NOW, site: 'gmail' })).toMatchObject({ ok: false });
    expect(await send('content', 'followUp.watchSet', { site: 'myspace' })).toMatchObject({ ok: false });
    expect(await send('content', 'followUp.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('content', 'followUp.reopen', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('only flags the task when the rep chose that, and says so', async () => {
    const { create, thread, send } = await setUp();
    await send('optionsTab', 'settings.save', { patch: { replyAction: 'flag' } });
    const task = await create(thread);
    const reply = data<{ outcome: string; task: Task }>(await send('content', 'followUp.replySeen', { taskId: task.id, from: DANA.email, at: NOW + HOUR, site: 'gmail' }));
    expect(reply.outcome).toBe('flagged');
    expect(reply.task.status).toBe('open');
    expect(reply.task.followUp?.state).toBe('replied');
    expect(shown()[0]![1].title).toBe('Dana Okafor replied — follow-up flagged');
  });

  it('Reopen makes it wait again, open, with the reply forgotten; the popup lists it as replied today, then waiting', async () => {
    const { create, thread, send } = await setUp();
    const task = await create(thread);
    await send('content', 'followUp.replySeen', { taskId: task.id, from: DANA.email, at: NOW + HOUR, site: 'gmail' });
    let list = data<{ waiting: Task[]; repliedToday: Task[] }>(await send('popup', 'followUp.list', {}));
    expect(list.waiting).toEqual([]);
    expect(list.repliedToday.map((t) => t.id)).toEqual([task.id]);
    const reopened = data<{ task: Task }>(await send('popup', 'followUp.reopen', { id: task.id })).task;
    expect(reopened.status).toBe('open');
    expect(reopened.completedAt).toBeUndefined();
    expect(reopened.followUp).toEqual({ closeOnReply: true, state: 'waiting', people: [DANA.email], threadId: 'thread-f:1789', subjectKey: 'quote for q1' });
    list = data<{ waiting: Task[]; repliedToday: Task[] }>(await send('popup', 'followUp.list', {}));
    expect(list.waiting.map((t) => t.id)).toEqual([task.id]);
    expect(list.repliedToday).toEqual([]);
    // Reopening from the task list (task.update status open) also makes it wait again.
    await send('content', 'followUp.replySeen', { taskId: task.id, from: DANA.email, at: NOW + HOUR, site: 'gmail' });
    const viaUpdate = data<{ task: Task }>(await send('popup', 'task.update', { id: task.id, patch: { status: 'open' } })).task;
    expect(viaUpdate.followUp?.state).toBe('waiting');
  });

  it('a routine follow-up advances once; its next occurrence waits for the next reply; Reopen takes it back', async () => {
    const { create, thread, send, getDb } = await setUp();
    const task = await create(thread, { recurrence: { rrule: 'FREQ=WEEKLY' } });
    const reply = data<{ task: Task }>(await send('content', 'followUp.replySeen', { taskId: task.id, from: DANA.email, at: NOW + HOUR, site: 'gmail' }));
    const nextId = reply.task.nextOccurrenceId!;
    const next = (await (await getDb()).get('tasks', nextId))!;
    expect(next).toMatchObject({ status: 'open', due: { date: '2026-12-11' }, followUp: { state: 'waiting' } });
    expect(next.followUp).not.toHaveProperty('reply');
    await send('popup', 'followUp.reopen', { id: task.id });
    expect(await (await getDb()).get('tasks', nextId)).toBeUndefined();
  });
});
