// How an imported task meets the stored one. Pure: lib/db/import-tasks.ts reads what is
// stored, asks here what to do, and writes the answer in its transaction.
//
// The rule, for both readers: the newer copy wins, and a copy that changes nothing is no edit.
// - A JSON backup's task is a whole record: it replaces the stored one when its updatedAt is
//   later, with every field it has (a backup carries them all).
// - A CSV row is a patch of the columns the file has. With an updated_at, a row older than the
//   stored task is not applied; one as old or newer is (the same updated_at means the row was
//   exported from this very copy, so whatever differs was edited in the file). Without one
//   (exports from before Tasklane wrote the column, hand-made sheets) nothing says which copy
//   is newer: the row is an edit made now, and the preview lists what it changes.
// - A task deleted here that the file holds comes back: losing it for good is worse than
//   deleting it twice, and the preview names it.
import { DIMENSIONS, type ImportFieldChange, type Task } from '../model';
import type { ImportPatch, ImportTask, TaskFieldsPatch } from './plan';

/**
 * The person an imported task is to point at, as the store resolved it: keep the stored link
 * (no contact columns), none (empty contact cells), or a contact — stored (`id`) or one the
 * import will create (no `id`). `label` names them in the preview.
 */
export type ContactLink = { kind: 'keep' } | { kind: 'none' } | { kind: 'to'; id?: string; label: string };

export interface StoredSide {
  task?: Task;
  /** When the task was deleted here, if it was. */
  deletedAt?: number;
  /** The stored task's contact, named for the preview. */
  contactLabel: string;
}

export type Resolution =
  | { kind: 'new'; task: Task; restored: boolean }
  | { kind: 'updated'; task: Task; fields: ImportFieldChange[]; undated: boolean }
  | { kind: 'unchanged' }
  | { kind: 'older'; fields: ImportFieldChange[] };

/** What to do with one imported task. A new or updated task still needs its contactId when the link creates one. */
export function resolveImport(item: ImportTask, stored: StoredSide, contact: ContactLink, now: number): Resolution {
  if (item.kind === 'record') return resolveRecord(item.task, stored, contact);
  if (!stored.task) return { kind: 'new', task: newTaskFromPatch(item, contact, now), restored: stored.deletedAt !== undefined };
  const before = stored.task;
  const after = patchTask(before, item.fields, contact, now);
  const fields = taskChanges(before, after, stored.contactLabel, contact);
  if (sameContent(before, after) && !contactChanges(before, contact)) return { kind: 'unchanged' };
  if (item.editedAt !== undefined && item.editedAt < before.updatedAt) return { kind: 'older', fields };
  // The import is this device's edit, made now: it orders after the stored copy, so sync pushes it.
  return { kind: 'updated', task: { ...after, updatedAt: Math.max(now, before.updatedAt + 1) }, fields, undated: item.editedAt === undefined };
}

function resolveRecord(incoming: Task, stored: StoredSide, contact: ContactLink): Resolution {
  const before = stored.task;
  if (!before) return { kind: 'new', task: incoming, restored: stored.deletedAt !== undefined };
  if (sameContent(before, incoming)) return { kind: 'unchanged' };
  const fields = taskChanges(before, incoming, stored.contactLabel, contact);
  if (before.updatedAt >= incoming.updatedAt) return { kind: 'older', fields };
  return { kind: 'updated', task: incoming, fields, undated: false };
}

const linkedId = (before: Task | undefined, contact: ContactLink) =>
  contact.kind === 'keep' ? before?.contactId : contact.kind === 'to' ? contact.id : undefined;

/** A link to a contact the import creates is a change even though it has no id yet. */
const contactChanges = (before: Task, contact: ContactLink) =>
  contact.kind === 'to' ? contact.id === undefined || contact.id !== before.contactId : linkedId(before, contact) !== before.contactId;

function withContact(task: Task, before: Task | undefined, contact: ContactLink): Task {
  const { contactId: _old, ...rest } = task;
  const id = linkedId(before, contact);
  return id ? { ...rest, contactId: id } : rest;
}

function patchedDue(before: Task['due'], due: TaskFieldsPatch['due']): Task['due'] {
  if (due === undefined) return before;
  if (due === null) return undefined;
  const time = due.time === undefined ? before?.time : (due.time ?? undefined);
  return time ? { date: due.date, time } : { date: due.date };
}

function patchedSource(before: Task['source'], source: TaskFieldsPatch['source']): Task['source'] {
  if (!source) return before;
  const site = source.site ?? before?.site;
  const url = source.url === undefined ? before?.url : (source.url ?? undefined);
  const title = source.title === undefined ? before?.title : (source.title ?? undefined);
  // The thread or record id has no column: it stays, and so the source with it.
  const externalId = before?.externalId;
  if (!site && !url && !title && !externalId) return undefined;
  return { site: site ?? 'manual', ...(url ? { url } : {}), ...(title ? { title } : {}), ...(externalId ? { externalId } : {}) };
}

function patchedCategories(before: Task['categories'], categories: TaskFieldsPatch['categories']): Task['categories'] {
  const next = { ...before };
  for (const dimension of DIMENSIONS) {
    const value = categories?.[dimension];
    if (value === null) delete next[dimension];
    else if (value !== undefined) next[dimension] = value;
  }
  return next;
}

/** Drops the optional fields that came out undefined, so records compare and store cleanly. */
function compact(task: Task): Task {
  return Object.fromEntries(Object.entries(task).filter(([, value]) => value !== undefined)) as Task;
}

/** The stored task with the row's fields laid over it; everything the row has no column for stays. */
export function patchTask(before: Task, fields: TaskFieldsPatch, contact: ContactLink, now: number): Task {
  const status = fields.status ?? before.status;
  const completedAt = status === 'done' ? (fields.completedAt ?? (before.status === 'done' ? before.completedAt : undefined) ?? now) : undefined;
  const next: Task = {
    ...before,
    title: fields.title,
    notes: fields.notes ?? before.notes,
    priority: fields.priority ?? before.priority,
    status,
    due: patchedDue(before.due, fields.due),
    categories: patchedCategories(before.categories, fields.categories),
    source: patchedSource(before.source, fields.source),
    createdAt: fields.createdAt ?? before.createdAt,
    completedAt,
    followUp: fields.followUp === undefined ? before.followUp : (fields.followUp ?? undefined),
  };
  return compact(withContact(next, before, contact));
}

function newTaskFromPatch(item: ImportPatch, contact: ContactLink, now: number): Task {
  const { fields } = item;
  const createdAt = fields.createdAt ?? now;
  const status = fields.status ?? 'open';
  const task: Task = {
    id: item.id,
    title: fields.title,
    notes: fields.notes ?? '',
    due: patchedDue(undefined, fields.due),
    priority: fields.priority ?? 'normal',
    categories: patchedCategories({}, fields.categories),
    source: patchedSource(undefined, fields.source),
    status,
    createdAt,
    // A row that says when it was last edited keeps that; otherwise importing it is the edit.
    updatedAt: Math.max(item.editedAt ?? now, createdAt),
    completedAt: status === 'done' ? (fields.completedAt ?? now) : undefined,
    followUp: fields.followUp ?? undefined,
  };
  return compact(withContact(task, undefined, contact));
}

/** Equal in everything the rep sees or sync sends; updatedAt is when, not what. */
export function sameContent(a: Task, b: Task): boolean {
  return deepEqual({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 });
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return left.length === right.size && left.every(([key, value]) => right.has(key) && deepEqual(value, right.get(key)));
}

const NOTE_CHARS = 120;
const clip = (text: string) => (text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS - 1)}…` : text);
const dueText = (due: Task['due']) => (due ? (due.time ? `${due.date} ${due.time}` : due.date) : '');
const sourceText = (source: Task['source']) => source?.url ?? source?.title ?? source?.site ?? '';
const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

/** What differs between the stored task and the one the import would write, field by field. */
export function taskChanges(before: Task, after: Task, beforeContact: string, contact: ContactLink): ImportFieldChange[] {
  const changes: ImportFieldChange[] = [];
  const add = (field: ImportFieldChange['field'], from: string, to: string) => {
    if (from !== to) changes.push({ field, from, to });
  };
  add('title', before.title, after.title);
  add('notes', clip(before.notes), clip(after.notes));
  add('status', before.status, after.status);
  add('priority', before.priority, after.priority);
  add('due', dueText(before.due), dueText(after.due));
  for (const dimension of DIMENSIONS) add(dimension, before.categories[dimension] ?? '', after.categories[dimension] ?? '');
  if (contactChanges(before, contact)) {
    changes.push({ field: 'contact', from: before.contactId ? beforeContact : '', to: contact.kind === 'to' ? contact.label : '' });
  }
  if (!deepEqual(before.source, after.source)) changes.push({ field: 'source', from: sourceText(before.source), to: sourceText(after.source) });
  add('recurrence', before.recurrence?.rrule ?? '', after.recurrence?.rrule ?? '');
  add('reminder', before.reminder ? String(before.reminder.offsetMinutes) : '', after.reminder ? String(after.reminder.offsetMinutes) : '');
  add('followUp', before.followUp?.state ?? '', after.followUp?.state ?? '');
  add('created', iso(before.createdAt), iso(after.createdAt));
  // A change of status says the completion came or went; its time is news only on its own.
  if (before.status === after.status) add('completed', iso(before.completedAt), iso(after.completedAt));
  return changes;
}
