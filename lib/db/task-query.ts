// The options page's "All tasks" table: filters, search and sort over the whole store, run in
// the worker with one cursor so only a page of rows (≤ 200) travels to the page. The popup
// never uses this: it reads its few rows from the [status, due.date] index (tasks.ts).
import type { Contact, Dimension, Task } from '../model';
import { DIMENSIONS } from '../model';
import type { TasklaneDb } from './schema';

/** '-' as a dimension filter means "no value set for this dimension". */
export const UNSET = '-';

export interface TaskQuery {
  status: 'open' | 'done' | 'all';
  goal?: string;
  cycle?: string;
  customer?: string;
  channel?: string;
  dueFrom?: string;
  dueTo?: string;
  /** Matches the contact's name, email or company, case-insensitive. */
  person?: string;
  /** Matches title or notes, case-insensitive. */
  text?: string;
  sort: 'due' | 'updated' | 'created';
  offset: number;
  limit: number;
}

export interface TaskPage {
  tasks: Task[];
  /** Matching tasks in all, past the page. */
  total: number;
}

function contactMatches(contact: Contact, needle: string): boolean {
  return [contact.name, contact.email ?? '', contact.company].some((field) => field.toLowerCase().includes(needle));
}

/** Ids of the contacts a person filter matches (the contacts store is small next to tasks). */
async function matchingContactIds(db: TasklaneDb, person: string): Promise<Set<string>> {
  const needle = person.toLowerCase();
  const ids = new Set<string>();
  let cursor = await db.transaction('contacts').store.openCursor();
  while (cursor) {
    if (contactMatches(cursor.value, needle)) ids.add(cursor.value.id);
    cursor = await cursor.continue();
  }
  return ids;
}

function makePredicate(query: TaskQuery, contactIds: Set<string> | undefined): (task: Task) => boolean {
  const text = query.text?.toLowerCase();
  const dimensions = DIMENSIONS.filter((d): d is Dimension => query[d] !== undefined);
  return (task) => {
    if (query.status !== 'all' && task.status !== query.status) return false;
    for (const dimension of dimensions) {
      const wanted = query[dimension];
      const actual = task.categories[dimension];
      if (wanted === UNSET ? actual !== undefined : actual !== wanted) return false;
    }
    if (query.dueFrom || query.dueTo) {
      const date = task.due?.date;
      if (!date || (query.dueFrom && date < query.dueFrom) || (query.dueTo && date > query.dueTo)) return false;
    }
    if (contactIds && !(task.contactId && contactIds.has(task.contactId))) return false;
    if (text && !task.title.toLowerCase().includes(text) && !task.notes.toLowerCase().includes(text)) return false;
    return true;
  };
}

/** Due date and time, soonest first; tasks without a date last; then oldest first. */
function byDue(a: Task, b: Task): number {
  const aKey = a.due ? `${a.due.date} ${a.due.time ?? '99:99'}` : '\uffff';
  const bKey = b.due ? `${b.due.date} ${b.due.time ?? '99:99'}` : '\uffff';
  return aKey < bKey ? -1 : aKey > bKey ? 1 : a.createdAt - b.createdAt;
}

const SORTS: Record<TaskQuery['sort'], (a: Task, b: Task) => number> = {
  due: byDue,
  // Newest first: the rep looks for what they just touched or just made.
  updated: (a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id),
  created: (a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id),
};

export async function queryTasks(db: TasklaneDb, query: TaskQuery): Promise<TaskPage> {
  const contactIds = query.person ? await matchingContactIds(db, query.person) : undefined;
  if (contactIds?.size === 0) return { tasks: [], total: 0 };
  const matches = makePredicate(query, contactIds);
  const found: Task[] = [];
  let cursor = await db.transaction('tasks').store.openCursor();
  while (cursor) {
    if (matches(cursor.value)) found.push(cursor.value);
    cursor = await cursor.continue();
  }
  found.sort(SORTS[query.sort]);
  return { tasks: found.slice(query.offset, query.offset + query.limit), total: found.length };
}
