// The import's in-memory copy (lib/db/import-mirror.ts): the same file must leave the store
// exactly as the row-by-row path over the real transaction leaves it (tasks, contacts,
// tombstones, due counters, sync queue), a preview writes nothing, and the copy keeps
// IndexedDB's rules (unique indexes, add over an existing key, copies handed out).
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTasksCsv } from '@/lib/data/csv-import';
import * as db from '@/lib/db';
import { mirrorStores } from '@/lib/db/import-mirror';
import { ImportWriter } from '@/lib/db/import-writer';
import { importTasks } from '@/lib/db/import-tasks';
import type { Stores } from '@/lib/db/transaction';
import { normaliseContact } from '@/lib/background/contacts';
import { freshIndexedDb } from '../../helpers/fresh-db';

const NOW = Date.UTC(2026, 11, 6, 12);
const ALL: Stores[] = ['tasks', 'contacts', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue', 'categories', 'templates', 'targets', 'meta'];

let ids = 0;
beforeEach(() => {
  ids = 0;
  // Deterministic ids, so two runs of the same import can be compared record by record.
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`);
  freshIndexedDb();
});
afterEach(() => vi.restoreAllMocks());

/** A store with plain, routine, done, contact-linked and deleted tasks; returns their ids. */
async function seed(database: db.TasklaneDb) {
  const dana = { name: 'Dana Lee', email: 'dana@northwind.example', company: 'Northwind' };
  const draft = { notes: '', priority: 'normal' as const, categories: { goal: 'existing_customer' } };
  const plain = await db.createTask(database, { ...draft, title: 'Call Dana', due: { date: '2026-12-08' } }, dana, NOW - 5000);
  const routine = await db.createTask(database, { ...draft, title: 'Weekly check-in', due: { date: '2026-12-07' }, recurrence: { rrule: 'FREQ=WEEKLY' } }, dana, NOW - 4000);
  const done = await db.createTask(database, { ...draft, title: 'Send the quote', due: { date: '2026-12-01' } }, undefined, NOW - 3000);
  await db.updateTask(database, done.task.id, { status: 'done' }, NOW - 2500);
  const gone = await db.createTask(database, { ...draft, title: 'Old lead', due: { date: '2026-12-02' } }, undefined, NOW - 2000);
  await db.deleteTask(database, gone.task.id, NOW - 1000);
  return { plain: plain.task.id, routine: routine.task.id, done: done.task.id, gone: gone.task.id };
}

/** Edits, a completion of a routine task, a reopen, a restore, new rows with old and new people. */
function csvFor(id: Awaited<ReturnType<typeof seed>>): string {
  const row = (cells: Record<string, string>) => ({ id: '', title: '', status: '', due_date: '', goal: '', contact_name: '', contact_email: '', contact_phone: '', ...cells });
  return Papa.unparse([
    row({ id: id.plain, title: 'Call Dana about the renewal', status: 'open', due_date: '2026-12-09', goal: 'existing_customer', contact_name: 'Dana Lee', contact_email: 'dana@northwind.example' }),
    row({ id: id.routine, title: 'Weekly check-in', status: 'done', due_date: '2026-12-07', goal: 'existing_customer', contact_email: 'dana@northwind.example' }),
    row({ id: id.done, title: 'Send the quote', status: 'open', due_date: '2026-12-01', goal: 'existing_customer' }),
    row({ id: id.gone, title: 'Old lead', status: 'open', due_date: '2026-12-02', goal: 'new_customer' }),
    row({ title: 'Meet Lin', status: 'open', due_date: '2026-12-08', goal: 'new_customer', contact_name: 'Lin Wei', contact_email: 'lin@example.cn' }),
    row({ title: 'Quote for Lin', status: 'open', due_date: '2026-12-10', goal: 'new_customer', contact_name: 'Lin Wei', contact_email: 'LIN@example.cn' }),
    row({ title: 'Ring Dana', status: 'open', due_date: '2026-12-08', goal: 'existing_customer', contact_email: 'dana@northwind.example' }),
    row({ title: 'Call the front desk', status: 'open', due_date: '2026-12-11', contact_name: 'Front desk', contact_phone: '+1 415 555 0134' }),
  ]);
}

async function planOf(database: db.TasklaneDb, content: string) {
  const read = parseTasksCsv(content, {
    categories: await db.listCategories(database),
    now: NOW,
    newId: () => crypto.randomUUID(),
    normaliseContact: (input) => normaliseContact(input, 'en-US'),
  });
  expect(read.errors).toEqual([]);
  return read.plan;
}

async function dump(database: db.TasklaneDb) {
  const out: Record<string, unknown> = {};
  for (const name of ALL) out[name] = await database.getAll(name);
  // The due counters' marker records when the database was opened, not what the import did.
  out.meta = (out.meta as Record<string, unknown>[]).map(({ builtAt: _when, ...rest }) => rest);
  return out;
}

/** The same store and file, imported by `run`; the store afterwards. */
async function importWith(run: (database: db.TasklaneDb, plan: Awaited<ReturnType<typeof planOf>>) => Promise<unknown>) {
  ids = 0;
  freshIndexedDb();
  const database = await db.openTasklaneDb();
  const plan = await planOf(database, csvFor(await seed(database)));
  await run(database, plan);
  const after = await dump(database);
  database.close();
  return after;
}

describe('an import through the in-memory copy', () => {
  it('leaves the store exactly as the row-by-row path over the real transaction does', async () => {
    const direct = await importWith((database, plan) => db.writeAtomically(database, ALL, (tx) => importTasks(tx, plan, new Map(), NOW)));
    const mirrored = await importWith((database, plan) => db.applyImport(database, plan, true, NOW));
    expect(mirrored).toEqual(direct);
    // The file did do something: a next occurrence, a restored task, one new contact for Lin.
    const tasks = mirrored.tasks as { title: string }[];
    expect(tasks.filter((t) => t.title === 'Weekly check-in')).toHaveLength(2);
    expect(tasks.map((t) => t.title)).toContain('Old lead');
    expect((mirrored.contacts as { email?: string }[]).filter((c) => c.email === 'lin@example.cn')).toHaveLength(1);
    expect(mirrored.tombstones).toEqual([]);
  });

  it('leaves the same store when its tasks are written while the rows are still worked out', async () => {
    // 1,500 rows over 1,500 stored tasks: the commit issues the first thousand rows' tasks before
    // it works out the rest.
    const { bigTasksCsv } = await import('../../helpers/big-import');
    const edited = (csv: string) => csv.replace(/,open,/g, ',done,').replace(/about order/g, 'about the order');
    const run = async (write: (database: db.TasklaneDb, plan: Awaited<ReturnType<typeof planOf>>) => Promise<unknown>) => {
      ids = 0;
      freshIndexedDb();
      const database = await db.openTasklaneDb();
      await db.applyImport(database, await planOf(database, bigTasksCsv(1500, NOW - 60_000)), true, NOW - 60_000);
      await write(database, await planOf(database, edited(bigTasksCsv(1500, NOW - 60_000))));
      const after = await dump(database);
      database.close();
      return after;
    };
    const direct = await run((database, plan) => db.writeAtomically(database, ALL, (tx) => importTasks(tx, plan, new Map(), NOW)));
    const streamed = await run((database, plan) => db.applyImport(database, plan, true, NOW));
    // Past 1,000 entries applyImport leaves the sync queue to the next sync (tested below).
    expect({ ...streamed, syncQueue: [] }).toEqual({ ...direct, syncQueue: [] });
    expect((streamed.tasks as { status: string; title: string }[]).filter((t) => t.status === 'done' && t.title.includes('the order'))).toHaveLength(1500);
  });

  it('previews the same counts as it imports and writes nothing', async () => {
    const database = await db.openTasklaneDb();
    const plan = await planOf(database, csvFor(await seed(database)));
    const before = await dump(database);
    const progress: [string, number, number][] = [];
    // A preview opens no readwrite transaction at all (it neither writes nor blocks a writer).
    const modes: (string | undefined)[] = [];
    const open = database.transaction.bind(database);
    const watch = vi.spyOn(database, 'transaction').mockImplementation(((names: never, mode?: IDBTransactionMode) => {
      modes.push(mode);
      return open(names, mode);
    }) as never);
    const preview = await db.applyImport(database, plan, false, NOW, (step, done, total) => progress.push([step, done, total]));
    watch.mockRestore();
    expect(modes).toEqual(['readonly']);
    expect(await dump(database)).toEqual(before);
    expect(progress.every(([step]) => step === 'check')).toBe(true);
    const commit = await db.applyImport(database, plan, true, NOW, (step, done, total) => progress.push([step, done, total]));
    expect(commit.preview).toEqual(preview.preview);
    expect(preview.preview).toMatchObject({ tasks: 8, newTasks: 5, updatedTasks: 3 });
    const writes = progress.filter(([step]) => step === 'write');
    expect(writes.at(-1)![1]).toBe(writes.at(-1)![2]);
    expect(writes.at(-1)![2]).toBeGreaterThan(8);
  });
});

describe('the copy keeps IndexedDB rules', () => {
  it('refuses a second contact with a stored email, and add over an existing key', async () => {
    const database = await db.openTasklaneDb();
    await seed(database);
    await db.writeAtomically(database, ALL, async (real) => {
      const mirror = await mirrorStores(real, ['tasks', 'contacts'], ['syncQueue']);
      const contacts = mirror.tx.objectStore('contacts');
      const dana = (await contacts.index('by_email').get('dana@northwind.example'))!;
      await expect(contacts.put({ ...dana, id: 'someone-else' })).rejects.toMatchObject({ name: 'ConstraintError' });
      await expect(contacts.add({ ...dana, name: 'Dana again' })).rejects.toMatchObject({ name: 'ConstraintError' });
      // What get hands out cannot be changed behind the store's back.
      expect(() => {
        dana.name = 'changed in hand';
      }).toThrow(TypeError);
      expect((await contacts.get(dana.id))!.name).toBe('Dana Lee');
      // A store only written to cannot answer reads.
      await expect(mirror.tx.objectStore('syncQueue').get('x')).rejects.toThrow(/was not read/);
      // Moving the email to another record frees it for the index.
      await contacts.put({ ...dana, email: 'dana@new.example' });
      expect(await contacts.index('by_email').getKey('dana@northwind.example')).toBeUndefined();
      expect(await contacts.index('by_email').getKey('dana@new.example')).toBe(dana.id);
      new ImportWriter(real).finish(mirror);
    });
    expect((await db.findContact(database, { email: 'dana@new.example' }))?.name).toBe('Dana Lee');
  });
});

describe('the writer', () => {
  it('issues a streamed store in the order written, a delete after its put, and the rest at the end', async () => {
    const database = await db.openTasklaneDb();
    await seed(database);
    const [first] = (await database.getAll('tasks')).filter((t) => t.title === 'Call Dana');
    const heard: number[] = [];
    let issuedEarly = 0;
    await db.writeAtomically(database, ALL, async (real) => {
      const mirror = await mirrorStores(real, ['tasks', 'contacts', 'dueCounts', 'targetCounts'], ['syncQueue', 'tombstones']);
      const writer = new ImportWriter(real, (written) => heard.push(written), 2);
      const tasks = mirror.tx.objectStore('tasks');
      mirror.stores.get('tasks')!.stream();
      await tasks.put({ ...first!, id: 'a1', dedupeKey: 'k' });
      await tasks.put({ ...first!, id: 'a2', dedupeKey: undefined });
      writer.drain(mirror, 'tasks');
      issuedEarly = writer.count;
      // The key moves from a1 (already issued) to a3: only the order written keeps it unique.
      await tasks.delete('a1');
      await tasks.put({ ...first!, id: 'a3', dedupeKey: 'k' });
      await mirror.tx.objectStore('syncQueue').put({ taskId: 'a3', at: NOW });
      writer.finish(mirror);
    });
    expect(issuedEarly).toBe(2);
    expect(await database.get('tasks', 'a1')).toBeUndefined();
    expect(await database.getKeyFromIndex('tasks', 'by_dedupe', 'k')).toBe('a3');
    expect(await database.get('tasks', 'a2')).toBeDefined();
    expect(await database.get('syncQueue', 'a3')).toBeDefined();
    // Every second write heard, and the last (five in all).
    expect(heard).toEqual([2, 4, 5]);
  });
});

describe('the sync queue after an import', () => {
  async function importCsv(rows: number) {
    const database = await db.openTasklaneDb();
    await database.put('syncMeta', { collectionUrl: 'https://dav.example/tasks/', seededAt: NOW - 1 }, 'queue');
    const { bigTasksCsv } = await import('../../helpers/big-import');
    await db.applyImport(database, await planOf(database, bigTasksCsv(rows, NOW)), true, NOW);
    return { queued: await database.count('syncQueue'), marker: await database.get('syncMeta', 'queue'), tasks: await database.count('tasks') };
  }

  it('queues each task of a small import and keeps the queue marker', async () => {
    expect(await importCsv(10)).toMatchObject({ queued: 10, tasks: 10, marker: { collectionUrl: 'https://dav.example/tasks/' } });
  });

  it('drops the marker of a large one instead, so the next sync compares every task', async () => {
    expect(await importCsv(1500)).toEqual({ queued: 0, tasks: 1500, marker: undefined });
  });
});
