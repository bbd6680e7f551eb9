// The watch set a page gets (issue 16): only waiting follow-ups with "close when they reply" on,
// thread ids only on their own site, capped and small; and the push to tabs when it changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFollowUpWatch, patchWatchSet } from '@/lib/background/follow-up-watch';
import * as db from '@/lib/db';
import { MAX_WATCH_ENTRIES, type Reply, type WatchEntry } from '@/lib/messages';
import type { FollowUp, TaskDraft } from '@/lib/model';
import { resetFakeBrowser } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 11, 2, 15);
const waiting = (over: Partial<FollowUp> = {}): FollowUp => ({ closeOnReply: true, state: 'waiting', people: ['dana@northwind.example'], ...over });
const draft = (title: string, over: Partial<TaskDraft> = {}): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...over });

function entriesOf(reply: Reply): { entries: WatchEntry[]; truncated: boolean } {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as { entries: WatchEntry[]; truncated: boolean };
}

beforeEach(() => void resetFakeBrowser());

describe('followUp.watchSet', () => {
  it('hands a page only what waits, thread ids only on their own site, subjects everywhere', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const make = async (title: string, over: Partial<TaskDraft>, at = NOW) => (await db.createTask(database, draft(title, over), undefined, at)).task;
    const gmailThread = await make('Gmail thread', { source: { site: 'gmail', externalId: 't1' }, followUp: waiting({ threadId: 't1', subjectKey: 'quote' }) }, NOW - 2);
    const gmailIdOnly = await make('Gmail id only', { source: { site: 'gmail', externalId: 't2' }, followUp: waiting({ threadId: 't2' }) }, NOW - 1);
    await make('Switched off', { source: { site: 'gmail' }, followUp: waiting({ threadId: 't3', closeOnReply: false }) });
    await make('Already replied', { source: { site: 'gmail' }, followUp: { ...waiting({ threadId: 't4' }), state: 'replied' } });
    await make('No follow-up', { source: { site: 'gmail', externalId: 't5' } });
    const done = await make('Done by hand', { source: { site: 'gmail' }, followUp: waiting({ threadId: 't6' }) });
    await db.updateTask(database, done.id, { status: 'done' }, NOW);

    const gmail = entriesOf(await send('content', 'followUp.watchSet', { site: 'gmail' }));
    expect(gmail).toEqual({
      truncated: false,
      entries: [
        { taskId: gmailIdOnly.id, people: ['dana@northwind.example'], threadId: 't2', since: NOW - 1 },
        { taskId: gmailThread.id, people: ['dana@northwind.example'], threadId: 't1', subjectKey: 'quote', since: NOW - 2 },
      ],
    });
    // On Outlook the Gmail thread id means nothing: the subject still does; a bare person does not.
    const outlook = entriesOf(await send('content', 'followUp.watchSet', { site: 'outlook' }));
    expect(outlook.entries).toEqual([{ taskId: gmailThread.id, people: ['dana@northwind.example'], subjectKey: 'quote', since: NOW - 2 }]);
  });

  it('is capped at the newest few hundred and stays small', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const total = MAX_WATCH_ENTRIES + 20;
    for (let i = 0; i < total; i++) {
      const people = [`person${i}@client${i}.example`, `cc${i}@client${i}.example`];
      await db.createTask(database, draft(`F${i}`, { source: { site: 'gmail' }, followUp: waiting({ people, threadId: `thread-f:${1_000_000 + i}`, subjectKey: `proposal for account ${i}` }) }), undefined, NOW + i);
    }
    const set = entriesOf(await send('content', 'followUp.watchSet', { site: 'gmail' }));
    expect(set.truncated).toBe(true);
    expect(set.entries).toHaveLength(MAX_WATCH_ENTRIES);
    expect(set.entries[0]!.since).toBe(NOW + total - 1);
    // Two people, a thread id and a subject each: about 210 bytes an entry (62 KB for 300) —
    // small to hand to a page once per load; the content script keeps it, not per row.
    expect(JSON.stringify(set).length).toBeLessThan(MAX_WATCH_ENTRIES * 256);
  }, 30_000);
});

describe('the cached watch set', () => {
  it('tells the tabs only when what they watch changed', async () => {
    const { getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    let pushes = 0;
    const watch = createFollowUpWatch(getDb, async () => void pushes++, 0);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    expect((await watch.waiting()).tasks).toEqual([]);
    const task = (await db.createTask(database, draft('F', { source: { site: 'gmail' }, followUp: waiting({ threadId: 't1' }) }), undefined, NOW)).task;
    watch.invalidate();
    await settle();
    expect(pushes).toBe(1);
    expect((await watch.waiting()).tasks.map((t) => t.id)).toEqual([task.id]);
    // A title edit changes nothing a page watches.
    await db.updateTask(database, task.id, { title: 'Renamed' }, NOW + 1);
    watch.invalidate();
    await settle();
    expect(pushes).toBe(1);
    // Completing it does; and a reader right after the change (the popup's list, before the
    // push is due) never gets the set from before it.
    await db.updateTask(database, task.id, { status: 'done' }, NOW + 2);
    watch.invalidate();
    expect((await watch.waiting()).tasks).toEqual([]);
    await settle();
    expect(pushes).toBe(2);
    expect((await watch.waiting()).tasks).toEqual([]);
  });
});

describe('patching the cached set after a change', () => {
  it('takes changed tasks out and puts back those still waiting, as a full read would', async () => {
    const { getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const make = async (title: string, at: number) =>
      (await db.createTask(database, draft(title, { source: { site: 'gmail' }, followUp: waiting({ threadId: title }) }), undefined, at)).task;
    const a = await make('a', NOW);
    const b = await make('b', NOW + 1);
    const watch = createFollowUpWatch(getDb, async () => undefined, 10_000);
    expect((await watch.waiting()).tasks.map((t) => t.title)).toEqual(['b', 'a']);
    const c = await make('c', NOW - 5);
    await db.updateTask(database, b.id, { status: 'done' }, NOW + 2);
    await db.updateTask(database, a.id, { closeOnReply: false, followUp: { ...a.followUp!, closeOnReply: false } }, NOW + 3);
    watch.invalidate([c.id, b.id, a.id]);
    const patched = await watch.waiting();
    expect(patched.tasks.map((t) => t.title)).toEqual(['c']);
    const fresh = createFollowUpWatch(getDb, async () => undefined);
    expect(patched).toEqual(await fresh.waiting());
  });

  it('keeps the newest few hundred and says when it had to leave some out', () => {
    const task = (i: number) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, title: `t${i}`, notes: '', priority: 'normal' as const, categories: {}, status: 'open' as const, createdAt: i, updatedAt: i, followUp: waiting() });
    const full = { tasks: Array.from({ length: MAX_WATCH_ENTRIES }, (_, i) => task(MAX_WATCH_ENTRIES - i)), truncated: false };
    const newer = task(10_000);
    const next = patchWatchSet(full, [newer.id], [newer]);
    expect(next.tasks).toHaveLength(MAX_WATCH_ENTRIES);
    expect(next.tasks[0]).toBe(newer);
    expect(next.truncated).toBe(true);
    expect(patchWatchSet(full, [full.tasks[0]!.id], [undefined]).tasks).toHaveLength(MAX_WATCH_ENTRIES - 1);
  });
});
