import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { makeRouter } from '../../helpers/router';
import { seedVariedTasks } from './seed-tasks';

type Records = Awaited<ReturnType<typeof db.readAllRecords>>;

const byKey = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
function normalised(records: Records) {
  return {
    tasks: [...records.tasks].sort(byKey((t) => t.id)),
    contacts: [...records.contacts].sort(byKey((c) => c.id)),
    categories: [...records.categories].sort(byKey((c) => `${c.dimension}:${c.id}`)),
    templates: [...records.templates].sort(byKey((t) => t.id)),
    targets: [...records.targets].sort(byKey((t) => t.id)),
    tombstones: [...records.tombstones].sort(byKey((t) => t.id)),
    settings: records.settings,
  };
}

async function exportJson() {
  const source = await makeRouter();
  const database = await source.getDb();
  await seedVariedTasks(database);
  // Every kind of record, not only tasks.
  const [first] = await database.getAll('tasks');
  await db.deleteTask(database, (await db.createTask(database, { title: 'gone', notes: '', priority: 'normal', categories: {} }, undefined, 5)).task.id, 6);
  await db.saveTarget(database, { id: crypto.randomUUID(), dimension: 'goal', value: 'new_customer', period: 'week', count: 20, metric: 'completed' });
  await db.saveCategory(database, { dimension: 'goal', id: 'renewals', labels: { en: 'Renewals', 'zh-CN': '续约' }, color: '#123456', order: 9, archived: false });
  await db.updateTask(database, first!.id, { categories: { goal: 'renewals' } }, 7);
  await db.saveSettings(database, { resellerDomains: ['partner.example'], goalKeywords: { new_customer: ['demo', '试用'] } });
  const reply = await source.send('optionsTab', 'data.export', { format: 'json' });
  if (!reply.ok) throw new Error(reply.error.message);
  return { reply: reply.data, records: await db.readAllRecords(database) };
}

describe('the JSON backup', () => {
  it('restores into a fresh database as identical data', async () => {
    const { reply, records } = await exportJson();
    expect(reply).toMatchObject({ mime: 'application/json', filename: expect.stringMatching(/^tasklane-backup-\d{4}-\d{2}-\d{2}\.json$/) });
    expect(records.tasks).toHaveLength(4);

    const target = await makeRouter();
    const preview = await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: false });
    expect(preview).toMatchObject({ ok: true, data: { errors: [], committed: false, preview: { tasks: 4, newTasks: 4, updatedTasks: 0, contacts: 2, targets: 1 } } });
    expect(await (await target.getDb()).count('tasks')).toBe(0);

    const done = await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    expect(done).toMatchObject({ ok: true, data: { errors: [], committed: true } });
    expect(normalised(await db.readAllRecords(await target.getDb()))).toEqual(normalised(records));
    expect(target.broadcasts.map((b) => b.entity)).toEqual(expect.arrayContaining(['task', 'category', 'target', 'settings']));
  });

  it('importing the same backup again changes nothing (newer updatedAt wins)', async () => {
    const { reply } = await exportJson();
    const target = await makeRouter();
    await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    const again = await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    expect(again).toMatchObject({ ok: true, data: { preview: { newTasks: 0, updatedTasks: 0 }, committed: true } });
  });

  it('keeps a newer local edit and takes a newer copy from the file', async () => {
    const { reply, records } = await exportJson();
    const target = await makeRouter();
    const database = await target.getDb();
    await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    const [a, b] = records.tasks;
    await db.updateTask(database, a!.id, { title: 'edited here later' }, a!.updatedAt + 10);
    const backup = JSON.parse(reply.content);
    backup.tasks = backup.tasks.map((t: { id: string; updatedAt: number }) => (t.id === b!.id ? { ...t, title: 'newer in file', updatedAt: t.updatedAt + 10 } : t));
    const result = await target.send('optionsTab', 'data.import', { format: 'json', content: JSON.stringify(backup), commit: true });
    expect(result).toMatchObject({ ok: true, data: { preview: { newTasks: 0, updatedTasks: 1, olderTasks: 1, unchangedTasks: 2 } } });
    // The preview says which copy wins, field by field.
    if (result.ok) {
      expect(result.data.preview.changes).toEqual(expect.arrayContaining([
        { id: a!.id, title: 'edited here later', kind: 'older', fields: [{ field: 'title', from: 'edited here later', to: a!.title }] },
        { id: b!.id, title: b!.title, kind: 'updated', fields: [{ field: 'title', from: b!.title, to: 'newer in file' }] },
      ]));
    }
    expect((await db.getTask(database, a!.id))?.title).toBe('edited here later');
    expect((await db.getTask(database, a!.id))?.updatedAt).toBe(a!.updatedAt + 10);
    expect((await db.getTask(database, b!.id))?.title).toBe('newer in file');
  });

  it('carries a completed routine task’s link to its next occurrence, so reopening the restore still takes it back', async () => {
    const source = await makeRouter();
    const created = await source.send('popup', 'task.create', { draft: { title: 'Weekly pipeline review', due: { date: '2026-11-27' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=FR' } } });
    if (!created.ok) throw new Error(created.error.message);
    const id = created.data.task.id;
    await source.send('popup', 'task.update', { id, patch: { status: 'done' } });
    const exported = await source.send('optionsTab', 'data.export', { format: 'json' });
    if (!exported.ok) throw new Error(exported.error.message);
    const [saved] = JSON.parse(exported.data.content).tasks.filter((t: { id: string }) => t.id === id);
    expect(saved.nextOccurrenceId).toEqual(expect.any(String));

    const target = await makeRouter();
    await target.send('optionsTab', 'data.import', { format: 'json', content: exported.data.content, commit: true });
    await target.send('popup', 'task.update', { id, patch: { status: 'open' } });
    expect((await (await target.getDb()).getAll('tasks')).map((t) => [t.id, t.status])).toEqual([[id, 'open']]);
    // A link that is not a task id is a bad record, named like any other.
    const backup = JSON.parse(exported.data.content);
    backup.tasks.find((t: { id: string }) => t.id === id).nextOccurrenceId = 'next week';
    const bad = await makeRouter();
    const refused = await bad.send('optionsTab', 'data.import', { format: 'json', content: JSON.stringify(backup), commit: true });
    expect(refused).toMatchObject({ ok: true, data: { committed: false, errors: [{ message: expect.stringContaining('nextOccurrenceId') }] } });
  });

  it('a deletion record in the backup does not shadow a task that is here', async () => {
    const { reply } = await exportJson();
    const target = await makeRouter();
    await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    const database = await target.getDb();
    const [kept] = await database.getAll('tasks');
    const backup = JSON.parse(reply.content);
    backup.tasks = backup.tasks.filter((t: { id: string }) => t.id !== kept!.id);
    backup.tombstones.push({ id: kept!.id, deletedAt: 1 });
    await target.send('optionsTab', 'data.import', { format: 'json', content: JSON.stringify(backup), commit: true });
    expect(await database.get('tombstones', kept!.id)).toBeUndefined();
    expect(await db.getTask(database, kept!.id)).toEqual(kept);
  });

  it('writes nothing when one task among good ones is bad, and names it', async () => {
    const { reply } = await exportJson();
    const backup = JSON.parse(reply.content);
    backup.tasks[2].due = { date: '2026-02-30' };
    const target = await makeRouter();
    const result = await target.send('optionsTab', 'data.import', { format: 'json', content: JSON.stringify(backup), commit: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.committed).toBe(false);
    expect(result.data.errors).toEqual([
      { row: 3, message: expect.stringMatching(/^Task 3 in "tasks": .*due\.date/), key: 'importItemInvalid', params: ['3', { key: 'importList_tasks' }], issue: { field: 'due.date', reason: 'date' } },
    ]);
    const database = await target.getDb();
    expect(await database.count('tasks')).toBe(0);
    expect(await database.count('contacts')).toBe(0);
    expect(await database.count('targets')).toBe(0);
    expect((await db.getSettings(database)).resellerDomains).toEqual([]);
  });

  it('refuses a task that points at a category value that exists nowhere', async () => {
    const { reply } = await exportJson();
    const backup = JSON.parse(reply.content);
    backup.tasks[0].categories.channel = 'carrier_pigeon';
    const target = await makeRouter();
    const result = await target.send('optionsTab', 'data.import', { format: 'json', content: JSON.stringify(backup), commit: true });
    expect(result).toMatchObject({ ok: true, data: { committed: false, errors: [{ row: 1, message: expect.stringContaining('channel "carrier_pigeon"') }] } });
    expect(await (await target.getDb()).count('tasks')).toBe(0);
  });

  it.each([
    ['not JSON', 'id,title\n1,Call Dana', /not valid JSON/],
    ['JSON of another app', JSON.stringify({ app: 'other', tasks: [] }), /not a Tasklane backup/],
    ['a newer format', JSON.stringify({ app: 'tasklane', version: 99 }), /format version 99/],
    ['a list', '[]', /not a Tasklane backup/],
  ])('answers %s with one plain error on row 0', async (_name, content, message) => {
    const { send, getDb } = await makeRouter();
    const reply = await send('optionsTab', 'data.import', { format: 'json', content, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { committed: false, errors: [{ row: 0, message: expect.stringMatching(message) }] } });
    if (reply.ok) expect(reply.data.errors).toHaveLength(1);
    expect(await (await getDb()).count('tasks')).toBe(0);
  });

  it('leaves the data unchanged and answers storage_full when the quota runs out mid-import', async () => {
    const { reply } = await exportJson();
    const target = await makeRouter();
    const database = await target.getDb();
    await db.createTask(database, { title: 'already here', notes: '', priority: 'normal', categories: {} }, undefined, 1);
    const before = await db.readAllRecords(database);

    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // Let a few writes land inside the transaction first: the abort must undo them.
      if (++puts > 3) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.apply(this, args);
    };
    let result;
    try {
      result = await target.send('optionsTab', 'data.import', { format: 'json', content: reply.content, commit: true });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(puts).toBeGreaterThan(3);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(await db.readAllRecords(database)).toEqual(before);
  });
});
