import type { RequestInput } from '@/lib/messages';
import type { Dimension } from '@/lib/model';

export const PAGE_SIZE = 50;

export interface Filters {
  status: 'all' | 'open' | 'done';
  /** Per dimension: '' any, '-' unset, or a value id. */
  categories: Record<Dimension, string>;
  dueFrom: string;
  dueTo: string;
  person: string;
  text: string;
  /** '' any task, or follow-ups waiting for a reply / replied. */
  followUp: '' | 'waiting' | 'replied';
  sort: 'due' | 'updated' | 'created';
}

export const EMPTY_FILTERS: Filters = {
  status: 'open',
  categories: { goal: '', cycle: '', customer: '', channel: '' },
  dueFrom: '',
  dueTo: '',
  person: '',
  text: '',
  followUp: '',
  sort: 'due',
};

/** The 'task.list' payload for these filters and a page. */
export function listPayload(f: Filters, page: number): RequestInput<'task.list'> {
  const payload: RequestInput<'task.list'> = { status: f.status, sort: f.sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  for (const [dimension, value] of Object.entries(f.categories) as [Dimension, string][]) {
    if (value) payload[dimension] = value;
  }
  if (f.dueFrom) payload.dueFrom = f.dueFrom;
  if (f.dueTo) payload.dueTo = f.dueTo;
  if (f.person.trim()) payload.person = f.person.trim();
  if (f.text.trim()) payload.text = f.text.trim();
  if (f.followUp) payload.followUp = f.followUp;
  return payload;
}

/** The filters alone, as 'task.bulkMatching' takes them (no sort, no page). */
export function filterPayload(f: Filters): RequestInput<'task.bulkMatching'>['filter'] {
  const { sort: _sort, offset: _offset, limit: _limit, ...filter } = listPayload(f, 0);
  return filter;
}

/** True when anything narrows the list beyond its status. */
export function isFiltered(f: Filters): boolean {
  return JSON.stringify({ ...f, sort: 'due', status: 'open' }) !== JSON.stringify(EMPTY_FILTERS);
}

/** True when the filters differ from the defaults (Clear filters has something to do). */
export function isChanged(f: Filters): boolean {
  return JSON.stringify(f) !== JSON.stringify(EMPTY_FILTERS);
}

/** The title and body of the empty state for these filters. */
export function emptyMessage(f: Filters): [string, string] {
  if (isFiltered(f)) return ['noMatchingTasks', 'noMatchingTasksBody'];
  if (f.status === 'open') return ['noOpenTasks', 'noOpenTasksBody'];
  if (f.status === 'done') return ['noDoneTasks', 'noDoneTasksBody'];
  return ['noTasksTitle', 'noTasksBody'];
}
