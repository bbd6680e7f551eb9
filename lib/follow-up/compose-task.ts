// What a sent message with "follow up if no reply" becomes: a task for its first recipient (the
// others listed in its notes and watched too), classified by the usual suggestion, due on the
// chosen business day, waiting for a reply in the message's thread. Pure; the compose control
// reads the window and sends the requests.
import { addBusinessDays, type LocalDate } from '../dates/local-date';
import type { SiteId } from '../detect/types';
import type { RequestInput } from '../messages/protocol';
import type { TaskCategories } from '../model';
import { MAX } from '../model/limits';
import { subjectKey } from './subject-key';

/** Business days ahead, or a date the rep picked. */
export type FollowUpChoice = { days: number } | { date: LocalDate };

/** The compose window as it was when Send was pressed (it is gone by the time it is sent). */
export interface SentMessage {
  site: SiteId;
  /** Recipients' addresses, To before Cc, the rep's own left out, lower-cased. */
  recipients: string[];
  /** The first recipient's name, when the chip shows one. */
  name: string | null;
  subject: string | null;
  threadId: string | null;
  body: string;
  url: string | null;
}

const MAX_PEOPLE = 50;

export function dueFor(choice: FollowUpChoice, today: LocalDate): LocalDate {
  return 'date' in choice ? choice.date : addBusinessDays(today, choice.days);
}

/** The classifier's question about the sent message, as for a person found on a page. */
export function suggestFor(sent: SentMessage): RequestInput<'classify.suggest'> {
  const subject = sent.subject?.trim().slice(0, MAX.sourceTitle);
  const text = sent.body.replace(/\s+/g, ' ').trim().slice(0, MAX.text);
  return {
    contact: { email: sent.recipients[0]!, ...(sent.name ? { name: sent.name.slice(0, MAX.name) } : {}) },
    site: sent.site,
    ...(subject ? { subject } : {}),
    ...(text ? { text } : {}),
    ...(sent.url && sent.url.length <= MAX.url ? { url: sent.url } : {}),
  };
}

/**
 * The task.create request. `othersLabel`: the notes' heading for the other recipients, in the
 * rep's language ("Also sent to:"). `submissionId` makes it a task of its own even beside an open
 * task for the same person and thread, and a retried send creates it once.
 */
export function followUpRequest(
  sent: SentMessage,
  suggested: { title: string; categories: TaskCategories },
  due: LocalDate,
  othersLabel: string,
  submissionId: string,
): RequestInput<'task.create'> {
  const [first, ...others] = sent.recipients;
  const key = subjectKey(sent.subject);
  const threadId = sent.threadId?.slice(0, MAX.externalId) || undefined;
  const subject = sent.subject?.trim().slice(0, MAX.sourceTitle) || undefined;
  const url = sent.url && sent.url.length <= MAX.url ? sent.url : undefined;
  const where = threadId ?? key.slice(0, 200);
  return {
    draft: {
      title: suggested.title.slice(0, MAX.title),
      notes: others.length ? `${othersLabel} ${others.join(', ')}`.slice(0, MAX.notes) : '',
      due: { date: due },
      categories: suggested.categories,
      source: { site: sent.site, ...(url ? { url } : {}), ...(subject ? { title: subject } : {}), ...(threadId ? { externalId: threadId } : {}) },
      followUp: {
        closeOnReply: true,
        state: 'waiting',
        people: sent.recipients.slice(0, MAX_PEOPLE),
        ...(threadId ? { threadId } : {}),
        ...(key ? { subjectKey: key.slice(0, MAX.sourceTitle) } : {}),
      },
      dedupeKey: `${sent.site}:sent:${where}:${first!.slice(0, 120)}`,
    },
    contact: { email: first!, ...(sent.name ? { name: sent.name.slice(0, MAX.name) } : {}) },
    submissionId,
  };
}
