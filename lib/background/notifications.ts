// Reminder notifications: the task's title and person, with Complete and Snooze buttons where
// the browser has them (Firefox shows none); a click opens the email or record it came from.
import { browser } from 'wxt/browser';
import type { Task } from '../model';

const PREFIX = 'tasklane:task:';

export const taskIdOfNotification = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null);

export async function showReminder(task: Task, personLabel: string | null): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: task.title,
    message: [personLabel, task.due?.time ?? browser.i18n.getMessage('today')].filter(Boolean).join(' · '),
  };
  const buttons = [{ title: browser.i18n.getMessage('complete') }, { title: browser.i18n.getMessage('snoozeLaterToday') }];
  try {
    await browser.notifications.create(`${PREFIX}${task.id}`, { ...base, buttons, requireInteraction: true } as never);
  } catch {
    // Browsers without buttons or requireInteraction (Firefox) take the plain notification.
    await browser.notifications.create(`${PREFIX}${task.id}`, base);
  }
}

export interface NotificationActions {
  complete: (taskId: string) => Promise<void>;
  snooze: (taskId: string) => Promise<void>;
  open: (taskId: string) => Promise<void>;
}

export function watchNotifications(actions: NotificationActions): void {
  const run = (id: string, action: (taskId: string) => Promise<void>) => {
    const taskId = taskIdOfNotification(id);
    if (!taskId) return;
    void browser.notifications.clear(id);
    action(taskId).catch((error) => console.error('[tasklane] notification action', error));
  };
  browser.notifications.onClicked.addListener((id) => run(id, actions.open));
  browser.notifications.onButtonClicked?.addListener((id, button) => run(id, button === 0 ? actions.complete : actions.snooze));
}
