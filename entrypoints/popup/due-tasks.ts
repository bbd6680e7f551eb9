// The popup's state: today's and overdue tasks, reloaded whenever the background says a task
// changed, so a task created in a tab appears while the popup is open.
import { signal } from '@preact/signals';
import { request, type ResponseMap } from '@/lib/messages';

export type DueList = ResponseMap['task.listDue'];

/** The popup shows at most this many rows and asks for no more. */
export const ROW_LIMIT = 50;

export const due = signal<DueList | null>(null);
export const loadError = signal<string | null>(null);

export async function loadDue(): Promise<void> {
  try {
    due.value = await request('task.listDue', { limit: ROW_LIMIT, upcomingDays: 7 });
    loadError.value = null;
  } catch (error) {
    loadError.value = (error as Error).message;
  }
}

export async function addTask(title: string): Promise<void> {
  const today = due.value?.today;
  await request('task.create', {
    draft: { title, ...(today ? { due: { date: today } } : {}), source: { site: 'manual' } },
  });
}

export async function completeTask(id: string): Promise<void> {
  await request('task.update', { id, patch: { status: 'done' } });
}
