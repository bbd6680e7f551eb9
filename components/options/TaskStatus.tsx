// A task's status as the tables show it: done, overdue (open past its due date) or open.
import { dueBucket, type DueBucket } from '@/lib/dates';
import type { Due } from '@/lib/model';
import { t } from './i18n-override';

/** Where an open task's due date falls; done tasks are 'none'. */
export function bucketOf(task: { status: 'open' | 'done'; due?: Due }, today: string): DueBucket {
  return task.status === 'open' ? dueBucket(task.due?.date, today) : 'none';
}

export function TaskStatus({ status, bucket }: { status: 'open' | 'done'; bucket: DueBucket }) {
  const state = status === 'done' ? 'done' : bucket === 'overdue' ? 'overdue' : 'open';
  const label = state === 'done' ? t('statusDone') : state === 'overdue' ? t('overdue') : t('statusOpen');
  return <span class={`status status-${state}`}>{label}</span>;
}
