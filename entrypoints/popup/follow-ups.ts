// The popup's follow-ups (issue 16): what waits for a reply and what a reply closed today,
// reloaded with the rest of the popup whenever a task changes.
import { signal } from '@preact/signals';
import { daysBetween } from '@/lib/dates/local-date';
import { todayLocal } from '@/lib/dates/today';
import { errorText, locale, t } from '@/components/i18n';
import type { ResponseMap, TaskView } from '@/lib/messages';
import { request } from '@/lib/messages/client';
import { actionError } from './due-tasks';

export const followUps = signal<ResponseMap['followUp.list'] | null>(null);

let latestLoad = 0;

export async function loadFollowUps(): Promise<void> {
  const load = ++latestLoad;
  try {
    const list = await request('followUp.list', { limit: 50 });
    if (load === latestLoad) followUps.value = list;
  } catch (error) {
    if (load === latestLoad) actionError.value = errorText(error);
  }
}

export async function reopenFollowUp(task: TaskView): Promise<void> {
  try {
    await request('followUp.reopen', { id: task.id });
    actionError.value = null;
  } catch (error) {
    actionError.value = errorText(error);
  }
}

/** "Close when they reply" on or off for a task (its person must have an address to turn it on). */
export async function setCloseOnReply(task: TaskView, on: boolean): Promise<void> {
  try {
    await request('task.update', { id: task.id, patch: { closeOnReply: on } });
    actionError.value = null;
  } catch (error) {
    actionError.value = errorText(error);
  }
}

/** "3 days waiting" / "已等 3 天", by the UI language's plural rules; "Sent today" for none. */
export function daysWaitingLabel(createdAt: number, today: string): string {
  const days = Math.max(0, daysBetween(todayLocal(new Date(createdAt)), today));
  if (days === 0) return t('waitingSinceToday');
  const rule = new Intl.PluralRules(locale()).select(days);
  return t(rule === 'one' ? 'daysWaitingOne' : 'daysWaitingOther', days);
}

/** Whom the follow-up waits for: the contact's name, else the first address it watches. */
export const personOf = (task: TaskView): string => task.contact?.name || task.contact?.email || task.followUp?.people[0] || '';

/** What it is about: the thread's subject, else the task's title. */
export const subjectOf = (task: TaskView): string => task.source?.title || task.title;
