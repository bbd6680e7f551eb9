// Notifications of follow-ups (issue 16): "Dana Okafor replied — follow-up closed" with Reopen,
// and the reminder of a follow-up nobody answered, with "Nudge again in 2 days" and "Close".
// Their ids carry their kind, so a button press is routed without reading the task first.
// Their words are in the rep's language when they are shown (`t`: ./strings.ts).
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import type { Task } from '../model';

const REPLIED = 'tasklane:replied:';
const NUDGE = 'tasklane:nudge:';

export type FollowUpNotice = { kind: 'replied' | 'nudge'; taskId: string };

export function followUpNoticeOf(id: string): FollowUpNotice | null {
  if (id.startsWith(REPLIED)) return { kind: 'replied', taskId: id.slice(REPLIED.length) };
  if (id.startsWith(NUDGE)) return { kind: 'nudge', taskId: id.slice(NUDGE.length) };
  return null;
}

/** Whether a reminder for this task is a follow-up's (it gets Nudge and Close, not Complete and Snooze). */
export const isWaitingFollowUp = (task: Task) => task.followUp?.state === 'waiting' && task.status === 'open';

/** The reply notification's title: "<person> replied — follow-up closed" (or flagged). */
export function repliedTitle(person: string, outcome: 'completed' | 'flagged', t: Translate): string {
  return t(outcome === 'completed' ? 'followUpRepliedClosed' : 'followUpRepliedFlagged', person);
}

async function create(id: string, options: { title: string; message: string; buttons: { title: string }[] }): Promise<void> {
  const base = { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png'), title: options.title, message: options.message };
  try {
    await browser.notifications.create(id, { ...base, buttons: options.buttons } as never);
  } catch {
    // Browsers without notification buttons (Firefox): the plain notification; a click opens the task.
    await browser.notifications.create(id, base);
  }
}

export function showReplied(task: Task, person: string, outcome: 'completed' | 'flagged', t: Translate): Promise<void> {
  return create(`${REPLIED}${task.id}`, {
    title: repliedTitle(person, outcome, t),
    message: task.title,
    buttons: [{ title: t('reopen') }],
  });
}

/** A waiting follow-up's reminder: nobody answered by the due time. */
export function showNudgeReminder(task: Task, personLabel: string | null, t: Translate): Promise<void> {
  return create(`${NUDGE}${task.id}`, {
    title: task.title,
    message: [personLabel, t('followUpNoReplyYet')].filter(Boolean).join(' · '),
    buttons: [{ title: t('followUpNudgeAgain') }, { title: t('followUpClose') }],
  });
}

export interface FollowUpNoticeActions {
  reopen: (taskId: string) => Promise<void>;
  nudge: (taskId: string) => Promise<void>;
  close: (taskId: string) => Promise<void>;
  open: (taskId: string) => Promise<void>;
}

/** Button 0 of a reply is Reopen; of a nudge, Nudge again; button 1 of a nudge, Close. */
export function followUpButtonAction(notice: FollowUpNotice, button: number, actions: FollowUpNoticeActions): (taskId: string) => Promise<void> {
  if (notice.kind === 'replied') return actions.reopen;
  return button === 0 ? actions.nudge : actions.close;
}
