// The tasks of an import, inside its one transaction: each is looked up (by id, or for a backup
// record also by dedupe key), its person resolved, then lib/data/task-merge.ts says whether it is
// new, an update, unchanged or older than the stored copy. Only new and updated tasks are
// written, so an unchanged or older row bumps no updatedAt and sync has nothing to push. A CSV
// row's update goes through writeTaskChange (./status-change.ts), like every status change.
import type { ImportPlan, ImportTask } from '../data/plan';
import { resolveImport, type ContactLink, type Resolution } from '../data/task-merge';
import { MAX_LISTED_CHANGES, type Contact, type NormalContact, type Task, type ImportTaskChange } from '../model';
import { findContactIn, upsertContact } from './contacts';
import { changedIds, writeTaskChange } from './status-change';
import { putTask } from './task-write';
import type { Stores, WriteTx } from './transaction';

export type ImportTx = WriteTx<Stores[]>;

export interface TaskImportTally {
  newTasks: number;
  updatedTasks: number;
  unchangedTasks: number;
  olderTasks: number;
  undatedUpdates: number;
  changes: ImportTaskChange[];
  moreChanges: number;
  /** The contacts the file's tasks point at. */
  contacts: Set<string>;
  /** Ids of the tasks written, for the change broadcast. */
  taskIds: string[];
}

const labelOf = (contact: Contact | NormalContact | undefined) => contact?.name || contact?.email || contact?.phone || '';

/** The row's person is the stored task's own when it matches by email, else phone, else name. */
function isSamePerson(stored: Contact, row: NormalContact): boolean {
  if (row.email) return stored.email === row.email;
  if (row.phone) return stored.phone === row.phone;
  return Boolean(row.name) && stored.name === row.name;
}

interface Link {
  link: ContactLink;
  /** A CSV row's person to find or create (and fill in) when its task is written. */
  upsert?: NormalContact;
}

async function resolveContact(tx: ImportTx, item: ImportTask, task: Task | undefined, storedContact: Contact | undefined): Promise<Link> {
  const contacts = tx.objectStore('contacts');
  if (item.kind === 'record') {
    const id = item.task.contactId;
    return { link: id ? { kind: 'to', id, label: labelOf(await contacts.get(id)) } : { kind: 'none' } };
  }
  if (item.contact === undefined) return { link: { kind: 'keep' } };
  if (item.contact === null) return { link: { kind: 'none' } };
  const row = item.contact;
  // A name-only person cannot be found by email or phone: the stored link is kept rather than a twin made.
  if (task?.contactId && storedContact && isSamePerson(storedContact, row)) {
    return { link: { kind: 'to', id: storedContact.id, label: labelOf(storedContact) }, upsert: row.email || row.phone ? row : undefined };
  }
  const found = await findContactIn(tx, row);
  return { link: { kind: 'to', ...(found ? { id: found.id } : {}), label: labelOf(found ?? row) }, upsert: row };
}

/** The stored copy an item meets. A backup's record is mapped onto stored ids first. */
async function storedCopy(tx: ImportTx, item: ImportTask, contactIds: Map<string, string>): Promise<{ item: ImportTask; task?: Task }> {
  const tasks = tx.objectStore('tasks');
  if (item.kind === 'patch') return { item, task: await tasks.get(item.id) };
  let record = { ...item.task };
  if (record.contactId) record.contactId = contactIds.get(record.contactId) ?? record.contactId;
  let existing = await tasks.get(record.id);
  const keyOwner = record.dedupeKey ? await tasks.index('by_dedupe').getKey(record.dedupeKey) : undefined;
  if (keyOwner && keyOwner !== record.id) {
    // The same one-click task made on two devices: keep one, under the stored id.
    if (!existing) {
      existing = await tasks.get(keyOwner);
      record = { ...record, id: keyOwner };
    } else {
      const { dedupeKey: _clash, ...rest } = record;
      record = rest;
    }
  }
  return { item: { ...item, task: record }, task: existing };
}

function tally(): TaskImportTally {
  return { newTasks: 0, updatedTasks: 0, unchangedTasks: 0, olderTasks: 0, undatedUpdates: 0, changes: [], moreChanges: 0, contacts: new Set(), taskIds: [] };
}

function listChange(counts: TaskImportTally, change: ImportTaskChange) {
  if (counts.changes.length < MAX_LISTED_CHANGES) counts.changes.push(change);
  else counts.moreChanges++;
}

/** Writes a new or updated task; returns the ids written (a completion may add its next occurrence). */
async function write(tx: ImportTx, item: ImportTask, resolution: Extract<Resolution, { task: Task }>, before: Task | undefined, upsert: NormalContact | undefined, now: number) {
  const task = { ...resolution.task };
  if (upsert) task.contactId = (await upsertContact(tx, upsert, now)).id;
  // A CSV row is the rep's edit: completing or reopening a routine task there keeps its series
  // like any other path. A backup's record is restored as it was (its occurrence link included).
  if (item.kind === 'patch' && before) return { task, ids: changedIds(await writeTaskChange(tx, before, task, { now })) };
  // `before` is the record this put replaces (under the stored id when the dedupe key merged them).
  await putTask(tx, before, task);
  // A restored task is no longer deleted.
  await tx.objectStore('tombstones').delete(task.id);
  return { task, ids: [task.id] };
}

/** How often importTasks reports how many rows it has worked out. */
const PROGRESS_EVERY = 1000;

export async function importTasks(
  tx: ImportTx,
  plan: ImportPlan,
  contactIds: Map<string, string>,
  now: number,
  progress?: (done: number) => void,
): Promise<TaskImportTally> {
  const counts = tally();
  for (const [index, original] of plan.tasks.entries()) {
    if (index % PROGRESS_EVERY === 0) progress?.(index);
    const { item, task: stored } = await storedCopy(tx, original, contactIds);
    const id = item.kind === 'record' ? item.task.id : item.id;
    const storedContact = stored?.contactId ? await tx.objectStore('contacts').get(stored.contactId) : undefined;
    const deletedAt = stored ? undefined : (await tx.objectStore('tombstones').get(id))?.deletedAt;
    const { link, upsert } = await resolveContact(tx, item, stored, storedContact);
    const resolution = resolveImport(item, { task: stored, deletedAt, contactLabel: labelOf(storedContact) }, link, now);

    if (resolution.kind === 'unchanged' || resolution.kind === 'older') {
      if (link.kind === 'to' && link.id) counts.contacts.add(link.id);
      if (resolution.kind === 'unchanged') counts.unchangedTasks++;
      else {
        counts.olderTasks++;
        listChange(counts, { id, title: stored!.title, kind: 'older', fields: resolution.fields });
      }
      continue;
    }
    const { task: written, ids } = await write(tx, item, resolution, stored, upsert, now);
    if (written.contactId) counts.contacts.add(written.contactId);
    counts.taskIds.push(...ids);
    if (resolution.kind === 'new') {
      counts.newTasks++;
      if (resolution.restored) listChange(counts, { id, title: written.title, kind: 'restored', fields: [] });
    } else {
      counts.updatedTasks++;
      if (resolution.undated) counts.undatedUpdates++;
      listChange(counts, { id, title: stored!.title, kind: 'updated', fields: resolution.fields });
    }
  }
  return counts;
}
