// How the options table's query reads (lib/db/task-query.ts): which key ranges hold its
// candidates, how many each holds (counted by key), and whether to read the smallest set whole
// or to walk the sort's index until the page is full.
import type { Dimension } from '../model';
import { DIMENSIONS, TASK_STATUSES } from '../model';
import { CREATED_INDEX } from './scan-indexes';
import type { TaskQuery } from './task-query';
import { countRanges, type Ordered, type Ranges, type ReadTx } from './task-query-reads';

/** A part of the filter: each narrows the tasks; 'unset' ("no value"), text and follow-up state no index holds. */
export type FilterPart = 'status' | Dimension | 'due' | 'person' | 'text' | 'unset' | 'followUp';

/** Key ranges, and the parts of the filter every task in them passes (and only those). */
interface CandidateSet extends Ranges {
  covers: FilterPart[];
}

export type Plan =
  /** Read the set whole, check the rest of the filter on each task, sort here. */
  | { kind: 'read'; set: Ranges }
  | {
      kind: 'walk';
      ordered: Ordered;
      /** Every task the walk meets matches: pages are skipped by keys alone. */
      exact: boolean;
      total: number;
      /** Sorted by due date without a due filter: the dated walk, then these (undated) ids; a range per status. */
      undated?: { byCreation: Ranges; dated: Ranges };
    };

/** Every key that starts with `prefix` (an array sorts after any string or number). */
const startingWith = (prefix: IDBValidKey[]) => IDBKeyRange.bound(prefix, [...prefix, []]);

/** The statuses a query covers: one, or every status ('all': there is no status-free index since version 9). */
const statusesOf = (query: TaskQuery): string[] => (query.status === 'all' ? [...TASK_STATUSES] : [query.status]);

/** A status's part of [status, due.date] in the query's due range (the whole status without one). */
function dueRange(status: string, query: TaskQuery): IDBKeyRange {
  const { dueFrom, dueTo } = query;
  return IDBKeyRange.bound([status, dueFrom ?? ''], dueTo ? [status, dueTo] : [status, []]);
}

/** The sets of tasks the query's indexed filters name. The first is the status's own. */
function candidateSets(query: TaskQuery, parts: Set<FilterPart>, contactIds: Set<string> | undefined): CandidateSet[] {
  const s = query.status;
  const all = s === 'all';
  // With status 'all' there is no status part: every set "covers" it.
  const sets: CandidateSet[] = [all ? { index: null, ranges: [undefined], covers: ['status'] } : { index: 'by_status_created', ranges: [startingWith([s])], covers: ['status'] }];
  for (const d of DIMENSIONS) {
    if (!parts.has(d)) continue;
    const value = query[d]!;
    sets.push({ index: CREATED_INDEX[d], ranges: [startingWith(all ? [value] : [value, s])], covers: ['status', d] });
  }
  if (parts.has('due')) sets.push({ index: 'by_status_due', ranges: statusesOf(query).map((status) => dueRange(status, query)), covers: ['status', 'due'] });
  if (contactIds) {
    sets.push({ index: 'by_contact', ranges: [...contactIds].map((id) => IDBKeyRange.only(id)), covers: all ? ['status', 'person'] : ['person'] });
  }
  return sets;
}

/** The index whose order is the sort's (up to ties), over the query's status: a range per status. */
function orderFor(query: TaskQuery): Ordered {
  const statuses = statusesOf(query);
  const ofStatus = statuses.map((status) => ({ status, range: startingWith([status]) }));
  if (query.sort === 'updated') return { index: 'by_status_updated', ranges: ofStatus, direction: 'prev' };
  if (query.sort === 'created') return { index: 'by_status_created', ranges: ofStatus, direction: 'prev' };
  const dated = query.dueFrom || query.dueTo ? statuses.map((status) => ({ status, range: dueRange(status, query) })) : ofStatus;
  return { index: 'by_status_due', ranges: dated, direction: 'next' };
}

export async function planQuery(tx: ReadTx, query: TaskQuery, parts: Set<FilterPart>, contactIds: Set<string> | undefined): Promise<Plan> {
  const sets = candidateSets(query, parts, contactIds);
  const counts = await Promise.all(sets.map((set) => countRanges(tx, set)));
  const best = counts.indexOf(Math.min(...counts));
  // A set that is exactly the filter gives the total by its count.
  const exactSet = sets.findIndex((set) => [...parts].every((part) => set.covers.includes(part)));

  const ordered = orderFor(query);
  const dueFiltered = parts.has('due');
  // The walk runs over the status's tasks (sorted by due date with a due filter: that range).
  const domain = query.sort === 'due' && dueFiltered ? sets.findIndex((set) => set.index === ordered.index) : 0;
  const exactWalk = exactSet >= 0 && exactSet === domain;
  // Tasks a walk reads to fill the page: all it passes over, unless it skips by keys.
  const walkCost = exactSet < 0 ? Infinity
    : exactWalk ? query.limit
    : ((query.offset + query.limit) * counts[domain]!) / Math.max(1, counts[exactSet]!);
  if (counts[best]! <= walkCost) return { kind: 'read', set: sets[best]! };

  const plan: Plan = { kind: 'walk', ordered, exact: exactWalk, total: counts[exactSet]! };
  if (query.sort === 'due' && !dueFiltered) {
    // Per status (each [status] prefix is the same range in both indexes).
    const ranges = ordered.ranges.map(({ range }) => range);
    plan.undated = { byCreation: { index: 'by_status_created', ranges }, dated: { index: ordered.index, ranges } };
  }
  return plan;
}
