// "Close when they reply" (issue 16): on by default for a task made from an email thread, off
// for one typed by hand, and switchable on any task that has a person with an address.
import type { NormalContact } from '../db';
import { subjectKey } from '../follow-up/subject-key';
import type { FollowUp, SourceSite, Task, TaskDraft } from '../model';

/** Sites whose pages are mail threads: a task made there from a thread can see its answer. */
export const MAIL_SITES: ReadonlySet<SourceSite> = new Set(['gmail', 'outlook', 'roundcube', 'qqmail', 'netease']);

/** A waiting follow-up for `email` in the task's thread, or undefined when the task has no thread. */
function threadFollowUp(source: TaskDraft['source'], email: string | undefined): FollowUp | undefined {
  if (!email || !source || !MAIL_SITES.has(source.site) || !source.externalId) return undefined;
  const key = subjectKey(source.title);
  return { closeOnReply: true, state: 'waiting', people: [email], threadId: source.externalId, ...(key ? { subjectKey: key } : {}) };
}

/**
 * The draft as it is stored: a draft that says nothing about a follow-up and comes from a mail
 * thread (a site id and the thread's id) waits for the contact's reply. A draft with its own
 * followUp (the compose flow) keeps it.
 */
export function withDefaultFollowUp(draft: TaskDraft, contact: NormalContact | undefined): TaskDraft {
  if (draft.followUp) return draft;
  const followUp = threadFollowUp(draft.source, contact?.email);
  return followUp ? { ...draft, followUp } : draft;
}

/**
 * The follow-up after the rep switched "close when they reply" on or off. Off keeps the record
 * (people, thread) so on again restores it; on for a task without one needs the person's
 * address, else null (nothing to watch for).
 */
export function switchCloseOnReply(task: Task, on: boolean, contactEmail: string | undefined): FollowUp | null | undefined {
  if (task.followUp) return { ...task.followUp, closeOnReply: on };
  if (!on) return undefined;
  if (!contactEmail) return null;
  return {
    closeOnReply: true,
    state: 'waiting',
    people: [contactEmail],
    ...(task.source?.externalId && MAIL_SITES.has(task.source.site) ? { threadId: task.source.externalId } : {}),
    ...(subjectKey(task.source?.title) ? { subjectKey: subjectKey(task.source?.title) } : {}),
  };
}
