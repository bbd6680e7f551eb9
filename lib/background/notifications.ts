// Reminder notifications: the task's title and person, with Complete and Snooze buttons where
// the browser has them (Firefox shows none); a click opens the email or record it came from.
// Their words come in the rep's language at the time they fire (`t`: ./strings.ts).
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import type { Task } from '../model';
import { followUpButtonAction, followUpNoticeOf, isWaitingFollowUp, showNudgeReminder, type FollowUpNoticeActions } from './follow-up-notifications';

const PREFIX = 'tasklane:task:';
/** One notification for tasks that arrived (import, sync) with their reminder time already past. */
export const ARRIVED_NOTIFICATION = 'tasklane:arrived';

export const taskIdOfNotification = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null);

export async function showReminder(task: Task, personLabel: string | null, t: Translate): Promise<void> {
  // A follow-up nobody answered yet: Nudge again and Close instead of Complete and Snooze.
  if (isWaitingFollowUp(task)) return showNudgeReminder(task, personLabel, t);
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: task.title,
    message: [personLabel, task.due?.time ?? t('today')].filter(Boolean).join(' · '),
  };
  const buttons = [{ title: t('complete') }, { title: t('snoozeLaterToday') }];
  try {
    await browser.notifications.create(`${PREFIX}${task.id}`, { ...base, buttons, requireInteraction: true } as never);
  } catch {
    // Browsers without buttons or requireInteraction (Firefox) take the plain notification.
    await browser.notifications.create(`${PREFIX}${task.id}`, base);
  }
}

/**
 * "5 tasks reached their reminder time …": one notification for the tasks an import or a sync
 * brought in after their reminder time (within the last day). It replaces an earlier one.
 */
export async function showArrivedSummary(tasks: Pick<Task, 'title'>[], t: Translate): Promise<void> {
  const [only] = tasks;
  await browser.notifications.create(ARRIVED_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('remindersArrivedTitle'),
    message: tasks.length === 1 && only ? t('remindersArrivedOne', only.title) : t('remindersArrived', tasks.length),
  });
}

export interface NotificationActions extends FollowUpNoticeActions {
  complete: (taskId: string) => Promise<void>;
  snooze: (taskId: string) => Promise<void>;
  open: (taskId: string) => Promise<void>;
  /** The summary of late arrivals was clicked: show the rep their due tasks. */
  openDueList: () => Promise<void>;
}

export function watchNotifications(actions: NotificationActions): void {
  const run = (id: string, action: (taskId: string) => Promise<void>) => {
    const taskId = taskIdOfNotification(id);
    if (!taskId) return;
    void browser.notifications.clear(id);
    action(taskId).catch((error) => console.error('[tasklane] notification action', error));
  };
  const followUp = (id: string, action: (notice: NonNullable<ReturnType<typeof followUpNoticeOf>>) => (taskId: string) => Promise<void>) => {
    const notice = followUpNoticeOf(id);
    if (!notice) return false;
    void browser.notifications.clear(id);
    action(notice)(notice.taskId).catch((error) => console.error('[tasklane] notification action', error));
    return true;
  };
  browser.notifications.onClicked.addListener((id) => {
    if (followUp(id, () => actions.open)) return;
    if (id !== ARRIVED_NOTIFICATION) return run(id, actions.open);
    void browser.notifications.clear(id);
    actions.openDueList().catch((error) => console.error('[tasklane] notification action', error));
  });
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (followUp(id, (notice) => followUpButtonAction(notice, button, actions))) return;
    run(id, button === 0 ? actions.complete : actions.snooze);
  });
}
