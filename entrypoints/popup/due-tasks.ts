// The popup's state: today's, overdue and next-week tasks, reloaded whenever the background
// says a task changed (so a task created in a tab appears while the popup is open), plus the
// last action that can be undone.
import { signal } from '@preact/signals';
import { snoozeDue, type SnoozeChoice } from '@/lib/dates/snooze';
import type { ResponseMap, TaskView } from '@/lib/messages';
import { errorText } from '@/components/i18n';
import { request } from '@/lib/messages/client';

export type DueList = ResponseMap['task.listDue'];

/** The popup shows at most this many rows per list and asks for no more. */
export const ROW_LIMIT = 50;

export const due = signal<DueList | null>(null);
export const loadError = signal<string | null>(null);
export const actionError = signal<string | null>(null);
/** What the undo bar offers: a message and how to take the action back. */
export const lastAction = signal<{ message: string; undo: () => Promise<unknown> } | null>(null);

/** Each load's number: a reply that arrives after a later load's is stale and dropped. */
let latestLoad = 0;

/**
 * `alongWith`: what the rows also need (the categories, at start), waited for once the list has
 * come: one render, not two. A function, so that it may be asked for after this request.
 */
export async function loadDue(alongWith?: () => Promise<unknown>): Promise<void> {
  const load = ++latestLoad;
  try {
    const list = await request('task.listDue', { limit: ROW_LIMIT, upcomingDays: 7 });
    await alongWith?.().catch(() => undefined);
    if (load !== latestLoad) return;
    due.value = list;
    loadError.value = null;
  } catch (error) {
    if (load === latestLoad) loadError.value = errorText(error);
  }
}

async function run(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    actionError.value = null;
    return true;
  } catch (error) {
    actionError.value = errorText(error);
    return false;
  }
}

/**
 * Quick add: "Call Dana tomorrow 3pm about the renewal" → due tomorrow 15:00, for the one known
 * Dana, classified like a click on a page. The background reads, matches and classifies
 * (lib/background/quick-add.ts); without a date in the words the task is due today.
 */
export function addTask(text: string): Promise<boolean> {
  return run(() => request('task.quickAdd', { text: text.slice(0, 200) }));
}

export function completeTask(task: TaskView, message: string): Promise<boolean> {
  return run(async () => {
    await request('task.update', { id: task.id, patch: { status: 'done' } });
    lastAction.value = { message, undo: () => request('task.update', { id: task.id, patch: { status: 'open' } }) };
  });
}

export function snoozeTask(task: TaskView, choice: SnoozeChoice, message: string): Promise<boolean> {
  const previous = task.due ?? null;
  return run(async () => {
    await request('task.update', { id: task.id, patch: { due: snoozeDue(choice) } });
    lastAction.value = { message, undo: () => request('task.update', { id: task.id, patch: { due: previous } }) };
  });
}

/**
 * Renames a task. For a routine task, "this one" keeps the series' title for the occurrences
 * to come; "all" renames the series.
 */
export function renameTask(task: TaskView, title: string, scope: 'this' | 'all'): Promise<boolean> {
  const recurrence = task.recurrence;
  if (!recurrence) return run(() => request('task.update', { id: task.id, patch: { title } }));
  const { seriesTitle, ...rule } = recurrence;
  const patch = scope === 'this' ? { title, recurrence: { ...rule, seriesTitle: seriesTitle ?? task.title } } : { title, recurrence: rule };
  return run(() => request('task.update', { id: task.id, patch }));
}

/**
 * Makes a task repeat, changes its rule, or stops it (null) — through task.update, which keeps
 * the series right. The series' other fields (its title, its start) stay.
 */
export function repeatTask(task: TaskView, rrule: string | null, message: string): Promise<boolean> {
  const previous = task.recurrence ?? null;
  const recurrence = rrule ? { ...previous, rrule } : null;
  return run(async () => {
    await request('task.update', { id: task.id, patch: { recurrence } });
    lastAction.value = { message, undo: () => request('task.update', { id: task.id, patch: { recurrence: previous } }) };
  });
}

export function undoLast(): Promise<boolean> {
  const action = lastAction.value;
  lastAction.value = null;
  return action ? run(action.undo) : Promise.resolve(false);
}
