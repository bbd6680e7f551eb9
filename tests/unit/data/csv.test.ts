import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { parseTasksCsv } from '@/lib/data/csv-import';
import { DEFAULT_CATEGORIES } from '@/lib/taxonomy';
import { makeRouter } from '../../helpers/router';
import { seedVariedTasks } from './seed-tasks';

async function exportCsv() {
  const source = await makeRouter();
  const database = await source.getDb();
  await seedVariedTasks(database);
  const reply = await source.send('optionsTab', 'data.export', { format: 'csv' });
  if (!reply.ok) throw new Error(reply.error.message);
  return { csv: reply.data, tasks: await database.getAll('tasks') };
}

const essentials = (t: { title: string; due?: unknown; categories: unknown; status: string; priority: string; notes: string }) => ({
  title: t.title,
  notes: t.notes,
  due: t.due,
  categories: t.categories,
  status: t.status,
  priority: t.priority,
});
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

const csvOptions = {
  categories: DEFAULT_CATEGORIES,
  now: 1_764_000_000_000,
  newId: () => crypto.randomUUID(),
  normaliseContact: (c: { name?: string; email?: string; phone?: string; company?: string }) => c,
};

describe('the CSV of tasks', () => {
  it('has the contract columns, a BOM, and one row per task', async () => {
    const { csv } = await exportCsv();
    expect(csv).toMatchObject({ mime: 'text/csv', filename: expect.stringMatching(/\.csv$/) });
    expect(csv.content.startsWith('\uFEFFid,title,notes,status,priority,due_date,due_time,goal,cycle,customer,channel,contact_name,contact_email,contact_phone,company,source_site,source_url,source_title,created_at,updated_at,completed_at,follow_up,close_on_reply,follow_up_people,follow_up_thread,follow_up_subject,replied_at,replied_by\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(4);
    const pricing = parsed.data.find((r) => r.title?.startsWith('Follow up'))!;
    expect(pricing).toMatchObject({ due_date: '2026-11-20', due_time: '10:00', goal: 'new_customer', contact_email: 'dana.lee@northwind.example', contact_phone: '+14155550134', source_site: 'gmail' });
    // A formula from page text is defused for spreadsheets.
    expect(parsed.data.some((r) => r.title === `'=HYPERLINK("http://evil.example")`)).toBe(true);
  });

  it('imports back into a fresh database as the same tasks', async () => {
    const { csv, tasks } = await exportCsv();
    const target = await makeRouter();
    const reply = await target.send('optionsTab', 'data.import', { format: 'csv', content: csv.content, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { errors: [], committed: true, preview: { tasks: 4, newTasks: 4, contacts: 2 } } });
    const database = await target.getDb();
    const imported = await database.getAll('tasks');
    expect(imported.map(essentials).sort(byTitle)).toEqual(tasks.map(essentials).sort(byTitle));
    // Same ids, same creation and completion times, contacts found again by email.
    expect(imported.map((t) => [t.id, t.createdAt, t.completedAt]).sort()).toEqual(tasks.map((t) => [t.id, t.createdAt, t.completedAt]).sort());
    const contacts = await database.getAll('contacts');
    expect(contacts.map((c) => c.email).sort()).toEqual(['dana.lee@northwind.example', 'wang.fang@example.cn']);
    const pricing = imported.find((t) => t.title.startsWith('Follow up'))!;
    expect(contacts.find((c) => c.id === pricing.contactId)).toMatchObject({ name: 'Dana Lee', phone: '+14155550134', company: 'Northwind' });
  });

  it('names the row of a bad date and writes nothing', async () => {
    const content = 'title,due_date,goal\nCall Dana,2026-11-28,new_customer\nCall Li,2026-02-30,new_customer\nCall Bo,,\n';
    const { send, getDb } = await makeRouter();
    const reply = await send('optionsTab', 'data.import', { format: 'csv', content, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { committed: false, errors: [{ row: 3, message: 'Row 3: due_date "2026-02-30" is not a date like 2026-11-28.' }] } });
    expect(await (await getDb()).count('tasks')).toBe(0);
  });

  it('accepts category labels in either language, and names unknown ones', () => {
    const content = 'title,goal,customer,channel\nA,Payment collection,企业客户,ONLINE\nB,Golf,,\n';
    const { plan, errors } = parseTasksCsv(content, csvOptions);
    expect(plan.tasks[0]).toMatchObject({ kind: 'patch', fields: { categories: { goal: 'payment_collection', customer: 'b2b', channel: 'online' } } });
    expect(errors).toEqual([{ row: 3, message: 'Row 3: goal "Golf" is not one of your goal values.', key: 'importNotOneOf', params: ['goal', 'Golf'] }]);
  });

  it('reports several bad rows at once, each by its row', () => {
    const content = 'title,status,priority,due_time\n,open,,\nOk,maybe,,\nOk,,urgent,\nOk,,,09:00\n';
    const { errors } = parseTasksCsv(content, csvOptions);
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4, 5]);
    expect(errors[0]!.message).toMatch(/^Row 2: title/);
    expect(errors[3]!.message).toBe('Row 5: due_time needs a due_date.');
  });

  it.each([
    ['no header naming a title', 'name,date\nCall Dana,2026-11-28\n'],
    ['an empty file', ''],
    ['a JSON file', '{"app":"tasklane"}'],
  ])('answers %s with one error on row 0', async (_name, content) => {
    const { send } = await makeRouter();
    const reply = await send('optionsTab', 'data.import', { format: 'csv', content, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { committed: false, errors: [{ row: 0, message: expect.stringContaining('"title"') }] } });
  });

  it('updates a stored task when a row carries its id', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    const { task } = await db.createTask(database, { title: 'Old title', notes: '', priority: 'normal', categories: {} }, undefined, 1);
    const reply = await send('optionsTab', 'data.import', { format: 'csv', content: `id,title,status\n${task.id},New title,done\n`, commit: true });
    expect(reply).toMatchObject({ ok: true, data: { preview: { newTasks: 0, updatedTasks: 1 }, committed: true } });
    expect(await db.getTask(database, task.id)).toMatchObject({ title: 'New title', status: 'done', completedAt: expect.any(Number) });
  });
});
