// Re-importing a CSV into the store it came from (issue 13, defect 2): a row is a patch of the
// columns the file has, never older than the stored task, and a row that changes nothing is
// "unchanged". Through the real router and store, with sync's own test of "edited here".
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { putSyncItem } from '@/lib/db/sync-store';
import { isDirty } from '@/lib/sync/picture';
import { makeRouter } from '../../helpers/router';
import { seedVariedTasks } from './seed-tasks';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 28, 10);

/** A router whose clock the test moves. */
async function setUp() {
  let clock = T0;
  const router = await makeRouter(() => clock);
  return { ...router, advance: (ms: number) => (clock += ms), now: () => clock };
}

type Router = Awaited<ReturnType<typeof setUp>>;

async function createRichTask(router: Router) {
  const created = await router.send('content', 'task.create', {
    draft: {
      title: 'Call Dana',
      notes: 'About the renewal',
      due: { date: '2026-12-01' },
      priority: 'high',
      categories: { goal: 'existing_customer', channel: 'direct' },
      source: { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgDana', title: 'Renewal', externalId: 'thread-FMfcgDana' },
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      reminder: { offsetMinutes: 30 },
      dedupeKey: 'gmail:thread-FMfcgDana:dana@northwind.example',
    },
    contact: { name: 'Dana Lee', email: 'dana@northwind.example' },
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.data.task;
}

async function exportCsv(router: Router): Promise<string> {
  const reply = await router.send('optionsTab', 'data.export', { format: 'csv' });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.content;
}

/** Links the task to a server item as sync does after a push: from here on it is clean. */
async function markSynced(router: Router, taskId: string) {
  const database = await router.getDb();
  const task = (await db.getTask(database, taskId))!;
  await putSyncItem(database, { taskId, href: `https://dav.example/tasks/${taskId}.ics`, uid: taskId, syncedUpdatedAt: task.updatedAt, ics: '' }, task.updatedAt);
}

async function dirtyTaskIds(router: Router): Promise<string[]> {
  const database = await router.getDb();
  const items = new Map((await database.getAll('syncItems')).map((i) => [i.taskId, i]));
  return (await database.getAll('tasks')).filter((t) => isDirty(t, items.get(t.id))).map((t) => t.id);
}

function csvImport(router: Router, content: string, commit: boolean) {
  return router.send('optionsTab', 'data.import', { format: 'csv', content, commit });
}

describe('re-importing a CSV', () => {
  it('an older export after a rename keeps the rename and every field a CSV cannot carry, and pushes nothing', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    const oldFile = await exportCsv(router);

    router.advance(DAY);
    expect(await router.send('popup', 'task.update', { id: task.id, patch: { title: 'Call Dana about the renewal' } })).toMatchObject({ ok: true });
    await markSynced(router, task.id);
    const database = await router.getDb();
    const before = await db.getTask(database, task.id);

    router.advance(DAY);
    const preview = await csvImport(router, oldFile, false);
    expect(preview).toMatchObject({ ok: true, data: { errors: [], preview: { tasks: 1, newTasks: 0, updatedTasks: 0, olderTasks: 1 } } });
    const broadcastsBefore = router.broadcasts.length;
    const done = await csvImport(router, oldFile, true);
    expect(done).toMatchObject({ ok: true, data: { committed: true, preview: { updatedTasks: 0, olderTasks: 1 } } });
    if (done.ok) expect(done.data.preview.changes).toEqual([expect.objectContaining({ id: task.id, title: 'Call Dana about the renewal', kind: 'older' })]);

    const after = await db.getTask(database, task.id);
    expect(after).toEqual(before);
    expect(after).toMatchObject({
      title: 'Call Dana about the renewal',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      reminder: { offsetMinutes: 30 },
      dedupeKey: 'gmail:thread-FMfcgDana:dana@northwind.example',
      source: { externalId: 'thread-FMfcgDana' },
    });
    expect(await dirtyTaskIds(router)).toEqual([]);
    expect(router.broadcasts.slice(broadcastsBefore).filter((b) => b.entity === 'task' && b.ids.length)).toEqual([]);
  });

  it('the file it was just exported to is "unchanged", and bumps nothing', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    await markSynced(router, task.id);
    const file = await exportCsv(router);
    router.advance(DAY);
    const reply = await csvImport(router, file, true);
    expect(reply).toMatchObject({ ok: true, data: { committed: true, preview: { tasks: 1, newTasks: 0, updatedTasks: 0, unchangedTasks: 1, olderTasks: 0, changes: [] } } });
    expect((await db.getTask(await router.getDb(), task.id))?.updatedAt).toBe(task.updatedAt);
    expect(await dirtyTaskIds(router)).toEqual([]);
  });

  it('a CSV with only some columns patches only those', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    router.advance(DAY);
    const content = `id,title,due_date\r\n${task.id},Call Dana back,2026-12-03\r\n`;
    const reply = await csvImport(router, content, true);
    expect(reply).toMatchObject({ ok: true, data: { errors: [], committed: true, preview: { updatedTasks: 1 } } });
    const after = (await db.getTask(await router.getDb(), task.id))!;
    // Only title and due date moved; everything else is as it was, and the edit is dated now.
    expect(after).toEqual({ ...task, title: 'Call Dana back', due: { date: '2026-12-03' }, updatedAt: router.now() });
  });

  it('a newer row updates exactly the changed fields, and the preview lists them', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    const file = await exportCsv(router);
    // The rep edits the exported file in a spreadsheet: a new title, due two days later, done.
    const parsed = Papa.parse<Record<string, string>>(file.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const row = parsed.data[0]!;
    Object.assign(row, { title: 'Call Dana Lee', due_date: '2026-12-03', priority: 'normal' });
    const edited = Papa.unparse(parsed.data, { newline: '\r\n' });

    router.advance(DAY);
    const preview = await csvImport(router, edited, false);
    expect(preview).toMatchObject({ ok: true, data: { errors: [], preview: { updatedTasks: 1, unchangedTasks: 0, olderTasks: 0 } } });
    if (!preview.ok) return;
    expect(preview.data.preview.changes).toEqual([
      {
        id: task.id,
        title: 'Call Dana',
        kind: 'updated',
        fields: [
          { field: 'title', from: 'Call Dana', to: 'Call Dana Lee' },
          { field: 'priority', from: 'high', to: 'normal' },
          { field: 'due', from: '2026-12-01', to: '2026-12-03' },
        ],
      },
    ]);
    // The preview wrote nothing.
    expect(await db.getTask(await router.getDb(), task.id)).toEqual(task);

    await csvImport(router, edited, true);
    const after = await db.getTask(await router.getDb(), task.id);
    expect(after).toEqual({ ...task, title: 'Call Dana Lee', due: { date: '2026-12-03' }, priority: 'normal', updatedAt: router.now() });
  });

  it('exports updated_at, and a row newer than the stored task wins over it', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    const file = await exportCsv(router);
    const parsed = Papa.parse<Record<string, string>>(file.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toContain('updated_at');
    expect(parsed.data[0]!.updated_at).toBe(new Date(task.updatedAt).toISOString());
    // Another device edited the task later and exported that.
    Object.assign(parsed.data[0]!, { notes: 'Renewal signed', updated_at: new Date(T0 + 2 * DAY).toISOString() });
    router.advance(DAY);
    await router.send('popup', 'task.update', { id: task.id, patch: { title: 'Edited here, in between' } });
    const reply = await csvImport(router, Papa.unparse(parsed.data), true);
    expect(reply).toMatchObject({ ok: true, data: { committed: true, preview: { updatedTasks: 1 } } });
    // The row is a patch: its title is the one it had, and the rest of the file's fields apply.
    expect(await db.getTask(await router.getDb(), task.id)).toMatchObject({ title: 'Call Dana', notes: 'Renewal signed', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } });
  });

  it('every kind of task (timed, done, escaped, with and without a person) comes back "unchanged", with no twin contacts', async () => {
    const router = await setUp();
    const database = await router.getDb();
    await seedVariedTasks(database);
    // A person known by name alone cannot be found by email or phone: the link must still hold.
    await db.createTask(database, { title: 'Lunch with Bo', notes: '', priority: 'normal', categories: {} }, { name: 'Bo' }, T0);
    const before = await db.readAllRecords(database);
    const file = await exportCsv(router);
    router.advance(DAY);
    const reply = await csvImport(router, file, true);
    expect(reply).toMatchObject({ ok: true, data: { errors: [], preview: { tasks: 5, newTasks: 0, updatedTasks: 0, unchangedTasks: 5, changes: [] } } });
    expect(await db.readAllRecords(database)).toEqual(before);
  });

  it('an export from before updated_at applies as edits made now: the preview lists and counts them, and nothing else is stripped', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    const parsed = Papa.parse<Record<string, string>>((await exportCsv(router)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const oldFormat = Papa.unparse({ fields: parsed.meta.fields!.filter((f) => f !== 'updated_at'), data: parsed.data });
    router.advance(DAY);
    await router.send('popup', 'task.update', { id: task.id, patch: { title: 'Call Dana about the renewal' } });
    const reply = await csvImport(router, oldFormat, false);
    expect(reply).toMatchObject({
      ok: true,
      data: {
        preview: {
          updatedTasks: 1,
          undatedUpdates: 1,
          changes: [{ id: task.id, kind: 'updated', title: 'Call Dana about the renewal', fields: [{ field: 'title', from: 'Call Dana about the renewal', to: 'Call Dana' }] }],
        },
      },
    });
    await csvImport(router, oldFormat, true);
    expect(await db.getTask(await router.getDb(), task.id)).toMatchObject({ title: 'Call Dana', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' }, reminder: { offsetMinutes: 30 }, source: { externalId: 'thread-FMfcgDana' } });
  });

  it('a task deleted here comes back from the file, named in the preview', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    const file = await exportCsv(router);
    router.advance(DAY);
    await router.send('popup', 'task.delete', { id: task.id });
    const reply = await csvImport(router, file, true);
    expect(reply).toMatchObject({ ok: true, data: { preview: { newTasks: 1, changes: [{ id: task.id, kind: 'restored', title: 'Call Dana' }] } } });
    const database = await router.getDb();
    expect(await db.getTask(database, task.id)).toMatchObject({ title: 'Call Dana', contactId: task.contactId });
    expect(await database.get('tombstones', task.id)).toBeUndefined();
  });

  it('empty cells clear what they can clear, and keep what a task must have', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    router.advance(DAY);
    const content = `id,title,status,priority,due_date,goal,contact_email,source_url\n${task.id},Call Dana,,,,,,\n`;
    const reply = await csvImport(router, content, true);
    expect(reply).toMatchObject({ ok: true, data: { errors: [], preview: { updatedTasks: 1 } } });
    if (reply.ok) expect(reply.data.preview.changes[0]?.fields.map((f) => f.field)).toEqual(['due', 'goal', 'contact', 'source']);
    const after = (await db.getTask(await router.getDb(), task.id))!;
    expect(after).toMatchObject({ status: 'open', priority: 'high', categories: { channel: 'direct' }, source: { site: 'gmail', title: 'Renewal', externalId: 'thread-FMfcgDana' } });
    expect(after.due).toBeUndefined();
    expect(after.categories.goal).toBeUndefined();
    expect(after.contactId).toBeUndefined();
    expect(after.source?.url).toBeUndefined();
  });

  it('a row naming a person the task did not have links it to them, found or created', async () => {
    const router = await setUp();
    const database = await router.getDb();
    const { task } = await db.createTask(database, { title: 'Plan Q1', notes: '', priority: 'normal', categories: {} }, undefined, T0);
    router.advance(DAY);
    const content = `id,title,contact_name,contact_email\n${task.id},Plan Q1,Wang Fang,wang.fang@example.cn\n`;
    const reply = await csvImport(router, content, true);
    expect(reply).toMatchObject({ ok: true, data: { preview: { updatedTasks: 1, changes: [{ fields: [{ field: 'contact', from: '', to: 'Wang Fang' }] }] } } });
    const contact = await db.findContact(database, { email: 'wang.fang@example.cn' });
    expect(contact).toMatchObject({ name: 'Wang Fang' });
    expect((await db.getTask(database, task.id))?.contactId).toBe(contact!.id);
  });

  it('a row that completes a routine task is a completion like any other: the series goes on, once', async () => {
    const router = await setUp();
    const task = await createRichTask(router);
    router.advance(DAY);
    const content = `id,title,status\n${task.id},Call Dana,done\n`;
    const reply = await csvImport(router, content, true);
    expect(reply).toMatchObject({ ok: true, data: { preview: { updatedTasks: 1 } } });
    const database = await router.getDb();
    const open = (await database.getAll('tasks')).filter((t) => t.status === 'open');
    expect(open).toMatchObject([{ title: 'Call Dana', due: { date: '2026-12-08' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } }]);
    expect((await db.getTask(database, task.id))?.nextOccurrenceId).toBe(open[0]!.id);
    // The same file again changes nothing and makes no second occurrence.
    expect(await csvImport(router, content, true)).toMatchObject({ ok: true, data: { preview: { unchangedTasks: 1 } } });
    expect((await database.getAll('tasks')).filter((t) => t.status === 'open')).toHaveLength(1);
  });
});
