// Shared set-up for the sync integration tests: a fresh local database, a fresh task list on
// the shared Radicale, and a sync run with a request counter.
import { inject } from 'vitest';
import * as db from '@/lib/db';
import type { Task, TaskDraft } from '@/lib/model';
import { createDavClient, type DavClient } from '@/lib/sync/dav-client';
import { runSync } from '@/lib/sync/engine';
import { freshIndexedDb } from '../helpers/fresh-db';
import { USERS } from './radicale';

export const serverUrl = () => inject('radicaleUrl');

export function repClient(fetchImpl?: typeof fetch, url = serverUrl()): DavClient {
  return createDavClient({ serverUrl: url, username: 'rep', password: USERS.rep }, fetchImpl);
}

/** A new, empty task list for one test, so tests never see each other's items. */
export async function newTaskList(name = 'Tasklane test'): Promise<string> {
  const client = repClient();
  const { homeUrl } = await client.discover();
  return (await client.createTaskList(homeUrl, name)).url;
}

/** A device: its own IndexedDB database. */
export async function newDevice(): Promise<db.TasklaneDb> {
  freshIndexedDb();
  return db.openTasklaneDb(`tasklane-${crypto.randomUUID()}`);
}

export function sync(database: db.TasklaneDb, listUrl: string, client: DavClient = repClient()) {
  return runSync({ db: database, client, collectionUrl: listUrl, now: Date.now, locale: 'en' });
}

export const draft = (title: string, extra: Partial<TaskDraft> = {}): TaskDraft => ({
  title, notes: '', priority: 'normal', categories: {}, ...extra,
});

export async function addTask(database: db.TasklaneDb, title: string, extra: Partial<TaskDraft> = {}): Promise<Task> {
  return (await db.createTask(database, draft(title, extra), undefined, Date.now())).task;
}

export async function allTasks(database: db.TasklaneDb): Promise<Task[]> {
  return database.getAll('tasks');
}

/** Every item of a list as the server has it: href → iCalendar text. */
export async function remoteItems(listUrl: string): Promise<Map<string, string>> {
  // A client of the list's own server: credentials go only to the origin it was made for.
  const client = repClient(undefined, new URL('/', listUrl).href);
  const listing = await client.listChanges(listUrl, undefined, false);
  const items = await client.fetchItems(listUrl, [...listing.members.keys()]);
  return new Map(items.map((i) => [i.href, i.ics]));
}

export const uidsOf = (items: Map<string, string>) =>
  [...items.values()].map((ics) => /^UID:(.*)$/m.exec(ics)?.[1]?.trim());
