// A sync reads what changed, not the whole store: every task write queues its id (in the same
// transaction), the push reads only the queue, and a delete the server accepted leaves no
// tombstone behind. The engine runs for real against an in-memory CalDAV list (fake-dav.ts).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Task, TaskDraft } from '@/lib/model';
import { saveSyncSettings } from '@/lib/db/sync-store';
import { runSync } from '@/lib/sync/engine';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { restoreSnapshot, type DbSnapshot } from '../../helpers/db-snapshot';
import { fakeTaskList } from '../../helpers/fake-dav';
import { countReads } from '../../helpers/read-counter';

const LIST = 'https://dav.example/rep/tasks/';
const draft = (title: string, extra: Partial<TaskDraft> = {}): TaskDraft => ({ title, notes: '', priority: 'normal', categories: {}, ...extra });

let clock = Date.parse('2026-11-28T10:00:00Z');
const now = () => (clock += 1_000);
let database: db.TasklaneDb;
let server: ReturnType<typeof fakeTaskList>;
const sync = () => runSync({ db: database, client: server.client, collectionUrl: LIST, now, locale: 'en' });
const queued = () => database.getAllKeys('syncQueue');
const add = async (title: string, extra: Partial<TaskDraft> = {}): Promise<Task> => (await db.createTask(database, draft(title, extra), undefined, now())).task;

beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
  server = fakeTaskList();
});

describe('the sync queue', () => {
  it('a sync with nothing changed reads no tasks, tombstones or links', async () => {
    for (let i = 0; i < 40; i++) await add(`Follow-up #${i}`, { due: { date: '2026-12-01' } });
    const doomed = await add('Deleted before the first sync');
    await db.deleteTask(database, doomed.id, now());
    expect((await sync()).report.pushed).toBe(40);
    await sync();

    const reads = countReads();
    const quiet = await sync();
    expect(quiet.report).toMatchObject({ pulled: 0, pushed: 0, deleted: 0, requests: 1 });
    for (const store of ['tasks', 'tombstones', 'syncItems', 'contacts', 'categories']) {
      expect(reads.values[store] ?? 0, store).toBe(0);
    }
    // The cursor, the queue's marker and nothing else.
    expect(reads.total('values')).toBeLessThanOrEqual(3);
    expect(reads.total('keys')).toBeLessThanOrEqual(1);
  });

  it('pushes a changed task once, from the queue, and then it leaves the queue', async () => {
    const tasks = [await add('Call Dana'), await add('Send the deck'), await add('Invoice')];
    await sync();
    expect(await queued()).toEqual([]);

    await db.updateTask(database, tasks[1]!.id, { title: 'Send the deck (v2)' }, now());
    expect(await queued()).toEqual([tasks[1]!.id]);
    const reads = countReads();
    const { report } = await sync();
    expect(report).toMatchObject({ pushed: 1, pulled: 0 });
    // Read by the push, and again by the link's write to settle its place in the queue.
    expect(reads.values.tasks).toBeLessThanOrEqual(2);
    expect([...server.items.values()].find((i) => i.ics.includes(tasks[1]!.id))!.ics).toContain('SUMMARY:Send the deck (v2)');
    expect(await queued()).toEqual([]);
    expect((await sync()).report).toMatchObject({ pushed: 0, pulled: 0 });
    expect(server.requests.PUT).toBe(4);
  });

  it('prunes the tombstone of a delete the server accepted', async () => {
    const kept = await add('Kept');
    const gone = await add('Deleted later');
    await sync();
    await db.deleteTask(database, gone.id, now());
    expect(await database.getAllKeys('tombstones')).toEqual([gone.id]);

    const { report } = await sync();
    expect(report.deleted).toBe(1);
    expect([...server.items.values()].map((i) => i.ics).join()).not.toContain(gone.id);
    expect(await database.getAllKeys('tombstones')).toEqual([]);
    expect(await database.getAllKeys('syncItems')).toEqual([kept.id]);
    expect(await queued()).toEqual([]);
  });

  it('does not queue again what a pull wrote, and queues a local edit made after it', async () => {
    const task = await add('Renewal call');
    await sync();
    server.edit(task.id, (ics) => ics.replace(/^SUMMARY:.*$/m, 'SUMMARY:Renewal call (moved)').replace(/^LAST-MODIFIED:.*$/m, 'LAST-MODIFIED:20261128T120000Z'));

    const pulled = await sync();
    expect(pulled.report).toMatchObject({ pulled: 1, pushed: 0 });
    expect((await db.getTask(database, task.id))?.title).toBe('Renewal call (moved)');
    expect(await queued()).toEqual([]);

    await db.updateTask(database, task.id, { priority: 'high' }, Date.parse('2026-11-28T13:00:00Z'));
    expect(await queued()).toEqual([task.id]);
    expect((await sync()).report).toMatchObject({ pushed: 1, pulled: 0, conflicts: 0 });
    expect(await queued()).toEqual([]);
  });

  it('uploads everything on the first sync to a newly chosen list', async () => {
    const settings = { serverUrl: 'https://dav.example', username: 'rep', password: 'pw', collectionUrl: LIST, enabled: true };
    await saveSyncSettings(database, settings);
    await add('One');
    await add('Two');
    await sync();
    expect(server.items.size).toBe(2);

    const other = fakeTaskList();
    const otherList = 'https://dav.example/rep/other/';
    await saveSyncSettings(database, { ...settings, collectionUrl: otherList });
    const { report } = await runSync({ db: database, client: other.client, collectionUrl: otherList, now, locale: 'en' });
    expect(report.pushed).toBe(2);
    expect(other.items.size).toBe(2);
  });
});

describe('the first sync after the version 7 migration', () => {
  it('pushes what the version-6 database had not synced: never-synced and edited tasks, and its deletes', async () => {
    freshIndexedDb();
    const snapshot = JSON.parse(readFileSync(new URL('../../fixtures/db/v6.json', import.meta.url), 'utf8')) as DbSnapshot;
    await restoreSnapshot(db.DB_NAME, snapshot);
    database = await db.openTasklaneDb();
    // The server holds what the links say it does.
    const links = snapshot.stores.syncItems!.records as { href: string; etag: string; ics: string; taskId: string }[];
    for (const link of links) server.holds(link.href, link.etag, link.ics);
    const list = new URL('./', links[0]!.href).href;

    const { report } = await runSync({ db: database, client: server.client, collectionUrl: list, now, locale: 'en' });
    // Three never synced, one edited since; the tombstone with a link is deleted on the server.
    expect(report).toMatchObject({ pushed: 4, deleted: 1, pulled: 0, conflicts: 0 });
    expect(server.items.size).toBe(5);
    const deletedAfterSync = links.find((l) => !(snapshot.stores.tasks!.records as Task[]).some((t) => t.id === l.taskId))!;
    expect(server.items.has(deletedAfterSync.href)).toBe(false);
    // Its tombstone is pruned; the one that never reached the server stays.
    expect(await database.getAllKeys('tombstones')).toEqual(['9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b']);
    expect(await queued()).toEqual([]);
    expect((await runSync({ db: database, client: server.client, collectionUrl: list, now, locale: 'en' })).report).toMatchObject({ pushed: 0, pulled: 0, deleted: 0 });
  });
});
