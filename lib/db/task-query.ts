// The options page's "All tasks" table: filters, search and sort, run in the worker so only a
// page of rows (≤ 200) travels to the page. The popup never uses this: it reads its few rows
// from the [status, due.date] index (tasks.ts).
//
// A query never walks the whole store for its common views. Each filter that an index holds
// (status; a category value with its status; a due range; a person) names a set of key ranges,
// counted by key alone. Then either the smallest set is read whole and sorted here, or the
// index of the sort is walked in order and stops once the page is full — whichever reads fewer
// tasks (lib/db/task-query-plan.ts). The total comes from a count when one set is exactly the
// filter. What no index holds (text, a person with a status, "no value") is checked on each
// task read.
import type { Contact, Dimension, Task } from '../model';
import { DIMENSIONS } from '../model';
import type { TasklaneDb } from './schema';
import { planQuery, type FilterPart, type Plan } from './task-query-plan';
import { idsInRanges, readRanges, walkOrdered, type ReadTx } from './task-query-reads';

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
  /** Follow-ups waiting for a reply (with "close when they reply" on), or those a reply closed or flagged. */
  followUp?: 'waiting' | 'replied';
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

function followUpIs(task: Task, state: 'waiting' | 'replied'): boolean {
  const f = task.followUp;
  return state === 'replied' ? f?.state === 'replied' : f?.state === 'waiting' && f.closeOnReply;
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
    if (query.followUp && !followUpIs(task, query.followUp)) return false;
    return true;
  };
}

/** The parts of the query that narrow it. */
function filterParts(query: TaskQuery): Set<FilterPart> {
  const parts = new Set<FilterPart>();
  if (query.status !== 'all') parts.add('status');
  for (const d of DIMENSIONS) if (query[d] !== undefined) parts.add(query[d] === UNSET ? 'unset' : d);
  if (query.dueFrom || query.dueTo) parts.add('due');
  if (query.person) parts.add('person');
  if (query.text) parts.add('text');
  if (query.followUp) parts.add('followUp');
  return parts;
}

/**
 * Due date and time, soonest first; tasks without a date last; then oldest first; then by id
 * (the order the store keeps, so ties come out as they always did).
 */
function byDue(a: Task, b: Task): number {
  const aKey = a.due ? `${a.due.date} ${a.due.time ?? '99:99'}` : '\uffff';
  const bKey = b.due ? `${b.due.date} ${b.due.time ?? '99:99'}` : '\uffff';
  return aKey < bKey ? -1 : aKey > bKey ? 1 : a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
  const compare = SORTS[query.sort];
  const tx: ReadTx = db.transaction('tasks');
  const plan = await planQuery(tx, query, filterParts(query), contactIds);

  if (plan.kind === 'read') {
    const found = (await readRanges(tx, plan.set)).filter(matches).sort(compare);
    return { tasks: found.slice(query.offset, query.offset + query.limit), total: found.length };
  }
  const options = { skip: query.offset, take: query.limit, matches, compare, exact: plan.exact };
  const walked = await walkOrdered(tx, plan.ordered, options);
  const tasks = walked.tasks;
  // Sorted by due date, the undated come last: after the dated range, in creation order.
  if (plan.undated && tasks.length < query.limit) {
    tasks.push(...(await undatedTail(tx, plan.undated, { ...options, skip: walked.skipLeft, take: query.limit - tasks.length })));
  }
  return { tasks, total: plan.total };
}

/**
 * The tasks without a due date, in creation order: per status (a range each), its ids by
 * creation minus its dated ones. One status's list is read from the skip-th id on (with `exact`,
 * skipped unread); several are merged by the sort, which reads each list's head.
 */
async function undatedTail(
  tx: ReadTx,
  sets: NonNullable<Extract<Plan, { kind: 'walk' }>['undated']>,
  options: { skip: number; take: number; matches: (task: Task) => boolean; compare: (a: Task, b: Task) => number; exact: boolean },
): Promise<Task[]> {
  const lists = await Promise.all(
    sets.byCreation.ranges.map(async (range, i) => {
      const [all, dated] = await Promise.all([
        idsInRanges(tx, { index: sets.byCreation.index, ranges: [range] }),
        idsInRanges(tx, { index: sets.dated.index, ranges: [sets.dated.ranges[i]] }),
      ]);
      const datedIds = new Set(dated);
      return all.filter((id) => !datedIds.has(id));
    }),
  );
  let { skip } = options;
  // Every one matches: skip without reading.
  if (options.exact && lists.length === 1) [lists[0], skip] = [lists[0]!.slice(skip), 0];
  const at = lists.map(() => 0);
  /** The next stored task of list i (undefined at its end). */
  const next = async (i: number): Promise<Task | undefined> => {
    while (at[i]! < lists[i]!.length) {
      const task = await tx.store.get(lists[i]![at[i]!++]!);
      if (task) return task;
    }
    return undefined;
  };
  const heads = await Promise.all(lists.map((_, i) => next(i)));
  const out: Task[] = [];
  while (out.length < options.take) {
    let best = -1;
    for (const [i, head] of heads.entries()) if (head && (best < 0 || options.compare(head, heads[best]!) < 0)) best = i;
    if (best < 0) break;
    const task = heads[best]!;
    heads[best] = await next(best);
    if (!options.matches(task)) continue;
    if (skip > 0) skip--;
    else out.push(task);
  }
  return out;
}
