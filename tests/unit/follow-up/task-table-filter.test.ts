// Options → Tasks filters by follow-up state (issue 16), through the router: waiting (with
// "close when they reply" on), replied (closed or flagged), and any.
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Reply } from '@/lib/messages';
import type { TaskDraft } from '@/lib/model';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 11, 2, 15);
const draft = (title: string, over: Partial<TaskDraft> = {}): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...over });
const people = ['dana@northwind.example'];

describe('task.list followUp filter', () => {
  it('lists waiting and replied follow-ups apart, in any status', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const make = async (title: string, over: Partial<TaskDraft> = {}) => (await db.createTask(database, draft(title, over), undefined, NOW)).task;
    await make('Plain');
    await make('Waiting', { followUp: { closeOnReply: true, state: 'waiting', people, threadId: 't1' } });
    await make('Switched off', { followUp: { closeOnReply: false, state: 'waiting', people } });
    const replied = await make('Replied', { followUp: { closeOnReply: true, state: 'waiting', people, threadId: 't2' } });
    await db.markReplied(database, replied.id, { at: NOW + 1, seenAt: NOW + 2, from: people[0]!, site: 'gmail' }, { now: NOW + 2, action: 'complete' });
    const titles = async (payload: Record<string, unknown>) => {
      const reply = (await send('popup', 'task.list', payload)) as Reply<'task.list'>;
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.data.tasks.map((t) => t.title).sort();
    };
    expect(await titles({ status: 'all', followUp: 'waiting' })).toEqual(['Waiting']);
    expect(await titles({ status: 'all', followUp: 'replied' })).toEqual(['Replied']);
    expect(await titles({ status: 'open', followUp: 'replied' })).toEqual([]);
    expect(await titles({ status: 'all' })).toEqual(['Plain', 'Replied', 'Switched off', 'Waiting']);
    expect(await send('popup', 'task.list', { followUp: 'maybe' })).toMatchObject({ ok: false });
  });
});
