// The popup's state: today's, overdue and next-week tasks, reloaded whenever the background
// says a task changed (so a task created in a tab appears while the popup is open), plus the
// last action that can be undone.
import { signal } from '@preact/signals';
import { snoozeDue, type SnoozeChoice } from '@/lib/dates/snooze';
import { todayLocal } from '@/lib/dates/today';
import { request, type ResponseMap, type TaskView } from '@/lib/messages';

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

/** `alongWith`: something the rows also need (the categories, at start): one render, not two. */
export async function loadDue(alongWith?: Promise<unknown>): Promise<void> {
  const load = ++latestLoad;
  try {
    const list = await request('task.listDue', { limit: ROW_LIMIT, upcomingDays: 7 });
    await alongWith?.catch(() => undefined);
    if (load !== latestLoad) return;
    due.value = list;
    loadError.value = null;
  } catch (error) {
    if (load === latestLoad) loadError.value = (error as Error).message;
  }
}

async function run(action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    actionError.value = null;
    return true;
  } catch (error) {
    actionError.value = (error as Error).message;
    return false;
  }
}

/** Quick add: "Call Dana tomorrow 3pm" → title "Call Dana", due tomorrow 15:00 (read by the background). */
export function addTask(text: string): Promise<boolean> {
  return run(async () => {
    const { dueFromText } = await request('classify.suggest', { dueText: text.slice(0, 100) });
    const title = (dueFromText ? text.replace(dueFromText.matched, ' ') : text).replace(/\s+/g, ' ').trim() || text.trim();
    // Without a date in the words it is due today — also when the list has not loaded yet, so
    // a task added in the popup's first instant is never left without a date (and unseen).
    const dueDate = dueFromText ? { date: dueFromText.date, ...(dueFromText.time ? { time: dueFromText.time } : {}) } : { date: due.value?.today ?? todayLocal() };
    await request('task.create', { draft: { title: title.slice(0, 200), due: dueDate, source: { site: 'manual' } } });
  });
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

export function undoLast(): Promise<boolean> {
  const action = lastAction.value;
  lastAction.value = null;
  return action ? run(action.undo) : Promise.resolve(false);
}
