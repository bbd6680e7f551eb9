// A follow-up (issue 16) in the CSV export and the JSON backup, through the router: written as a
// few columns, read back by a re-import into a fresh database and onto the stored task; the JSON
// backup keeps the whole record.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Reply } from '@/lib/messages';
import type { FollowUp, Task, TaskDraft } from '@/lib/model';
import { makeRouter } from '../../helpers/router';

const NOW = Date.UTC(2026, 11, 2, 15);
const draft = (title: string, over: Partial<TaskDraft> = {}): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...over });
const waiting: FollowUp = { closeOnReply: true, state: 'waiting', people: ['dana@northwind.example', 'li@northwind.example'], threadId: 'thread-f:1789', subjectKey: 'quote, q1' };
const reply = { at: NOW + 3_600_000, seenAt: NOW + 3_600_000, from: 'li@northwind.example', site: 'gmail' };

function ok<K extends 'data.export' | 'data.import'>(r: Reply<K>) {
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

async function seeded() {
  const router = await makeRouter(() => NOW);
  const database = await router.getDb();
  const open = (await db.createTask(database, draft('Waiting', { source: { site: 'gmail', externalId: 'thread-f:1789' }, followUp: waiting }), undefined, NOW)).task;
  const closed = (await db.createTask(database, draft('Closed', { source: { site: 'gmail' }, followUp: { ...waiting, threadId: 't2' } }), undefined, NOW)).task;
  await db.markReplied(database, closed.id, reply, { now: NOW + 3_600_000, action: 'complete' });
  await db.createTask(database, draft('Plain'), undefined, NOW);
  return { ...router, database, open, closed };
}

describe('follow-ups in the CSV', () => {
  it('are a few columns, and a re-import into a fresh database keeps them', async () => {
    const { send, database } = await seeded();
    const csv = ok(await send('optionsTab', 'data.export', { format: 'csv' }) as Reply<'data.export'>);
    const rows = Papa.parse<Record<string, string>>(csv.content.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.title === 'Waiting')).toMatchObject({ follow_up: 'waiting', close_on_reply: 'yes', follow_up_people: 'dana@northwind.example li@northwind.example', follow_up_thread: 'thread-f:1789', follow_up_subject: 'quote, q1', replied_at: '', replied_by: '' });
    expect(rows.find((r) => r.title === 'Closed')).toMatchObject({ follow_up: 'replied', replied_at: new Date(reply.at).toISOString(), replied_by: 'li@northwind.example', status: 'done' });
    expect(rows.find((r) => r.title === 'Plain')).toMatchObject({ follow_up: '', follow_up_people: '' });

    const target = await makeRouter(() => NOW + 10_000_000);
    const result = ok(await target.send('optionsTab', 'data.import', { format: 'csv', content: csv.content, commit: true }) as Reply<'data.import'>);
    expect(result.errors).toEqual([]);
    const byTitle = new Map((await (await target.getDb()).getAll('tasks')).map((t) => [t.title, t]));
    const stored = new Map((await database.getAll('tasks')).map((t) => [t.title, t]));
    expect(byTitle.get('Waiting')!.followUp).toEqual(waiting);
    expect(byTitle.get('Closed')!.followUp).toEqual(stored.get('Closed')!.followUp);
    expect(byTitle.get('Plain')!.followUp).toBeUndefined();
  });

  it('a sheet edit switches a follow-up off or clears it; a file without the columns leaves it', async () => {
    const { send, database, open } = await seeded();
    const later = new Date(NOW + 5_000_000).toISOString();
    const importCsv = async (content: string) => ok(await send('optionsTab', 'data.import', { format: 'csv', content, commit: true }) as Reply<'data.import'>);
    expect((await importCsv(`id,title,updated_at\r\n${open.id},Waiting (renamed),${later}\r\n`)).errors).toEqual([]);
    expect((await db.getTask(database, open.id))!.followUp).toEqual(waiting);
    await importCsv(`id,title,updated_at,follow_up,close_on_reply,follow_up_people\r\n${open.id},Waiting,${new Date(NOW + 6_000_000).toISOString()},waiting,no,dana@northwind.example\r\n`);
    expect((await db.getTask(database, open.id))!.followUp).toEqual({ closeOnReply: false, state: 'waiting', people: ['dana@northwind.example'] });
    await importCsv(`id,title,updated_at,follow_up\r\n${open.id},Waiting,${new Date(NOW + 7_000_000).toISOString()},\r\n`);
    expect((await db.getTask(database, open.id))!).not.toHaveProperty('followUp');
    const bad = await importCsv(`title,follow_up,follow_up_people\r\nX,waiting,not-an-address\r\nY,maybe,a@b.example\r\n`);
    expect(bad.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(bad.committed).toBe(false);
  });
});

describe('follow-ups in the JSON backup', () => {
  it('restore whole, with the reply', async () => {
    const { send, database } = await seeded();
    const backup = ok(await send('optionsTab', 'data.export', { format: 'json' }) as Reply<'data.export'>);
    const target = await makeRouter(() => NOW + 10_000_000);
    expect(ok(await target.send('optionsTab', 'data.import', { format: 'json', content: backup.content, commit: true }) as Reply<'data.import'>).errors).toEqual([]);
    const pick = (tasks: Task[]) => tasks.map((t) => [t.id, t.status, t.followUp]).sort();
    expect(pick(await (await target.getDb()).getAll('tasks'))).toEqual(pick(await database.getAll('tasks')));
    expect(JSON.parse(backup.content).tasks.find((t: Task) => t.title === 'Closed').followUp.reply).toEqual(reply);
  });
});
