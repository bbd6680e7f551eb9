// Every way a task changes, through the router as the background wires it, queues that task for
// sync in the same write (lib/db/task-write.ts): the push reads only the queue, so a write that
// forgot it would never reach the server.
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { makeRouter } from '../../helpers/router';

const draft = (title: string, extra: Partial<TaskDraft> = {}): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...extra });

let router: Awaited<ReturnType<typeof makeRouter>>;
let database: db.TasklaneDb;

/** The ids queued by `action` alone, and the task ids it broadcast. */
async function queuedBy(action: () => Promise<unknown>): Promise<{ queued: string[]; broadcast: string[] }> {
  await database.clear('syncQueue');
  router.broadcasts.length = 0;
  await action();
  const broadcast = router.broadcasts.filter((b) => b.entity === 'task').flatMap((b) => b.ids);
  return { queued: (await database.getAllKeys('syncQueue')).sort(), broadcast: [...new Set(broadcast)].sort() };
}

async function created(title: string, extra: Partial<TaskDraft> = {}): Promise<string> {
  const reply = await router.send('popup', 'task.create', { draft: draft(title, extra) });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.task.id;
}

beforeEach(async () => {
  router = await makeRouter();
  database = await router.getDb();
});

describe('every task write queues the task for sync', () => {
  it('create, edit, complete (with the next occurrence), reopen, delete', async () => {
    let id = '';
    expect((await queuedBy(async () => (id = await created('Call Dana'))))).toEqual({ queued: [id], broadcast: [id] });
    expect(await queuedBy(() => router.send('popup', 'task.update', { id, patch: { title: 'Call Dana today' } }))).toEqual({ queued: [id], broadcast: [id] });

    const weekly = await created('Weekly pipeline review', { due: { date: '2026-11-30' }, recurrence: { rrule: 'FREQ=WEEKLY' } });
    const completion = await queuedBy(() => router.send('popup', 'task.update', { id: weekly, patch: { status: 'done' } }));
    expect(completion.broadcast).toHaveLength(2);
    expect(completion.queued).toEqual(completion.broadcast);
    // Reopening takes the untouched occurrence back (deleted, so its delete is queued too).
    const reopen = await queuedBy(() => router.send('popup', 'task.update', { id: weekly, patch: { status: 'open' } }));
    expect(reopen.broadcast).toEqual(completion.broadcast);
    expect(reopen.queued).toEqual(reopen.broadcast);

    expect(await queuedBy(() => router.send('popup', 'task.delete', { id }))).toEqual({ queued: [id], broadcast: [id] });
    expect(await database.get('tombstones', id)).toBeDefined();
  });

  it('a content script’s create and its undo', async () => {
    let id = '';
    let token = '';
    await queuedBy(async () => {
      const reply = await router.send('content', 'task.create', { draft: draft('From Gmail') });
      if (!reply.ok) throw new Error(reply.error.message);
      id = reply.data.task.id;
      token = reply.data.undoToken!;
    });
    expect(await queuedBy(() => router.send('content', 'task.undoCreate', { id, undoToken: token }))).toEqual({ queued: [id], broadcast: [id] });
  });

  it('bulk complete, re-categorise and delete', async () => {
    const ids = [await created('a'), await created('b'), await created('c')];
    const sorted = [...ids].sort();
    for (const action of [{ kind: 'complete' }, { kind: 'recategorise', dimension: 'goal', value: 'payment_collection' }, { kind: 'delete' }]) {
      expect(await queuedBy(() => router.send('optionsTab', 'task.bulk', { ids, action })), action.kind).toEqual({ queued: sorted, broadcast: sorted });
    }
  });

  it('deleting a category moves its tasks, and queues them', async () => {
    const ids = [await created('a', { categories: { channel: 'online' } }), await created('b', { categories: { channel: 'online' } })].sort();
    await created('c', { categories: { channel: 'direct' } });
    expect(await queuedBy(() => router.send('optionsTab', 'category.delete', { dimension: 'channel', id: 'online', reassignTo: 'direct' }))).toEqual({ queued: ids, broadcast: ids });
  });

  it('an import queues the tasks it wrote, and nothing for a preview', async () => {
    const id = await created('Renewal quote');
    const exported = await router.send('optionsTab', 'data.export', { format: 'json' });
    if (!exported.ok) throw new Error(exported.error.message);
    const backup = JSON.parse(exported.data.content) as { tasks: { id: string; title: string; updatedAt: number }[] };
    backup.tasks[0]!.title = 'Renewal quote (from the backup)';
    backup.tasks[0]!.updatedAt += 60_000;
    const content = JSON.stringify(backup);
    expect(await queuedBy(() => router.send('optionsTab', 'data.import', { format: 'json', content, commit: false }))).toEqual({ queued: [], broadcast: [] });
    expect(await queuedBy(() => router.send('optionsTab', 'data.import', { format: 'json', content, commit: true }))).toEqual({ queued: [id], broadcast: [id] });
  });
});
