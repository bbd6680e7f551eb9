// Tasks for the pure insight tests: only the fields the arithmetic reads matter.
import type { Task } from '@/lib/model';

let n = 0;
/** A timestamp at noon UTC on a calendar date, so dayOf below maps it back to that date. */
export const at = (date: string) => Date.parse(`${date}T12:00:00Z`);
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function task(over: Partial<Task> & { created?: string; completed?: string }): Task {
  const { created, completed, ...rest } = over;
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `task ${n}`,
    notes: '',
    priority: 'normal',
    categories: {},
    status: completed ? 'done' : 'open',
    createdAt: at(created ?? '2026-11-01'),
    updatedAt: at(created ?? '2026-11-01'),
    ...(completed ? { completedAt: at(completed) } : {}),
    ...rest,
  };
}
