// Tasks as an iCalendar file of VTODO items (RFC 5545), for calendar and task apps. Built with
// ical.js, which escapes text and folds long lines. A date-only task gets DUE;VALUE=DATE; a
// timed one a floating DUE (no zone): it is due at that wall-clock time wherever the rep is.
import ICAL from 'ical.js';
import { toParts } from '../dates/local-date';
import { DIMENSIONS, type CategoryValue, type Priority, type Task } from '../model';

export const ICS_PRODID = '-//Tasklane//Tasklane tasks//EN';

/** RFC 5545 PRIORITY: 1 highest, 9 lowest, 5 medium. */
export const PRIORITY: Record<Priority, number> = { high: 1, normal: 5, low: 9 };

const utc = (ms: number) => ICAL.Time.fromJSDate(new Date(ms), true);

function dueTime(due: NonNullable<Task['due']>) {
  if (!due.time) return ICAL.Time.fromDateString(due.date);
  const { year, month, day } = toParts(due.date);
  const [hour, minute] = due.time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour: hour!, minute: minute!, second: 0, isDate: false });
}

export type LabelOf = (dimension: string, id: string) => string;

function vtodo(task: Task, labelOf: LabelOf, stamp: number) {
  const todo = new ICAL.Component('vtodo');
  todo.addPropertyWithValue('uid', task.id);
  todo.addPropertyWithValue('dtstamp', utc(stamp));
  writeTaskProperties(todo, task, labelOf);
  return todo;
}

/**
 * Adds a task's fields to a VTODO (all but UID and DTSTAMP). Shared with CalDAV sync
 * (lib/sync/vtodo.ts), which removes these properties from the server's copy first and adds
 * the ones only sync carries.
 */
export function writeTaskProperties(todo: ICAL.Component, task: Task, labelOf: LabelOf): void {
  todo.addPropertyWithValue('created', utc(task.createdAt));
  todo.addPropertyWithValue('last-modified', utc(task.updatedAt));
  todo.addPropertyWithValue('summary', task.title);
  if (task.notes) todo.addPropertyWithValue('description', task.notes);
  if (task.due) todo.addPropertyWithValue('due', dueTime(task.due));
  todo.addPropertyWithValue('status', task.status === 'done' ? 'COMPLETED' : 'NEEDS-ACTION');
  if (task.completedAt !== undefined) todo.addPropertyWithValue('completed', utc(task.completedAt));
  todo.addPropertyWithValue('priority', PRIORITY[task.priority]);
  const labels = DIMENSIONS.flatMap((d) => (task.categories[d] ? [labelOf(d, task.categories[d])] : []));
  if (labels.length) {
    const categories = new ICAL.Property('categories');
    categories.setValues(labels);
    todo.addProperty(categories);
  }
  if (task.source?.url) todo.addPropertyWithValue('url', task.source.url);
  // The ids too, so a later import or another tool can tell the categories apart exactly.
  for (const dimension of DIMENSIONS) {
    const id = task.categories[dimension];
    if (id) todo.addPropertyWithValue(`x-tasklane-${dimension}`, id);
  }
}

export function buildTasksIcs(
  tasks: readonly Task[],
  categories: readonly CategoryValue[],
  locale: 'en' | 'zh-CN',
  now: number,
): string {
  const labels = new Map(categories.map((c) => [`${c.dimension}:${c.id}`, c.labels[locale]]));
  const labelOf = (dimension: string, id: string) => labels.get(`${dimension}:${id}`) ?? id;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  for (const task of tasks) calendar.addSubcomponent(vtodo(task, labelOf, now));
  return calendar.toString() + '\r\n';
}
