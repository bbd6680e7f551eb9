// What the toast says after the rep creates a task on a page: created (with Undo when the
// background gave a token) or already there — and, when the browser refuses storage and the
// worker keeps data in memory, that the task lasts only this session. Pure, so it is tested.
import type { ResponseMap } from '@/lib/messages/protocol';

type CreateReply = Pick<ResponseMap['task.create'], 'created' | 'undoToken' | 'storage'> & { task: { title: string } };

export interface CreatedToast {
  text: string;
  /** Offered only for a task this click made. */
  undoToken?: string;
  /** A second line that must not be cut off: the storage warning. */
  note?: string;
}

/** The rep's translator (lib/i18n.ts over Preferences → Language), for the strings a toast uses. */
export type ToastStrings = (key: 'toastCreated' | 'toastExists' | 'toastSessionOnly', ...subs: string[]) => string;

export function createdToast(reply: CreateReply, t: ToastStrings): CreatedToast {
  const made = reply.created && reply.undoToken;
  return {
    text: t(made ? 'toastCreated' : 'toastExists', reply.task.title),
    ...(made ? { undoToken: reply.undoToken } : {}),
    ...(reply.storage === 'memory' ? { note: t('toastSessionOnly') } : {}),
  };
}
