// What content scripts exchange with the background about follow-ups that wait for a reply
// (issue 16). The page never sees tasks: it asks for the compact watch set of its site (once per
// page, and again on a FollowUpWatchEvent), checks rows against it inside its observer pass, and
// tells the background when it saw an answer. Handlers: lib/background/follow-up-handlers.ts.
import * as v from 'valibot';
import { EmailSchema, HttpUrlSchema, IdSchema, SOURCE_SITES, TimestampSchema, type Task } from '../../model';
import type { RequestDefinitions, TaskView } from '../protocol';

/** At most this many entries go to a page: the most recently created waiting follow-ups. */
export const MAX_WATCH_ENTRIES = 300;

export const FOLLOW_UP_REQUESTS = {
  /** The follow-ups a page of this site should watch for a reply. */
  'followUp.watchSet': {
    access: 'content',
    input: v.object({ site: v.picklist(SOURCE_SITES) }),
  },
  /**
   * A page saw a message from one of the entry's people in its thread, dated after `since`.
   * The background checks it again (waiting, person, date) before it closes anything.
   */
  'followUp.replySeen': {
    access: 'content',
    input: v.object({
      taskId: IdSchema,
      from: EmailSchema,
      /** The reply's date as the page showed it, read in the rep's zone (ms since the epoch). */
      at: TimestampSchema,
      site: v.picklist(SOURCE_SITES),
      url: v.optional(HttpUrlSchema),
    }),
  },
  /** The popup's groups: follow-ups waiting for a reply, and those a reply closed or flagged today. */
  'followUp.list': {
    access: 'extension',
    input: v.object({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_WATCH_ENTRIES)), 50) }),
  },
  /** Reopen after a reply: the task opens (if completed) and waits for a reply again. */
  'followUp.reopen': { access: 'extension', input: v.object({ id: IdSchema }) },
  /** "Nudge again in 2 days": the due date moves two business days on; the link stays. */
  'followUp.nudge': { access: 'extension', input: v.object({ id: IdSchema }) },
} as const satisfies RequestDefinitions;

/** One follow-up waiting for a reply, as much as a page needs to recognise the answer. */
export interface WatchEntry {
  taskId: string;
  /** Lower-case addresses whose message counts as the answer, the task's person first. */
  people: string[];
  /** The site's own thread id; only sent to pages of the site the task was made on. */
  threadId?: string;
  /** The normalised subject (no Re:/Fwd:/回复:), when the task has one. */
  subjectKey?: string;
  /** The task's createdAt: an answer must be dated after it. */
  since: number;
}

/**
 * completed: the task was closed by the reply; flagged: marked replied but left open (the
 * "only flag it" setting); ignored: nothing changed (not waiting, not one of its people, older
 * than the task, already replied, or no such task).
 */
export type ReplyOutcome = 'completed' | 'flagged' | 'ignored';

export interface FollowUpResponses {
  'followUp.watchSet': { entries: WatchEntry[]; truncated: boolean };
  'followUp.replySeen': { outcome: ReplyOutcome; task?: Task };
  /** `waiting`: newest first; `repliedToday`: replies seen since the start of the rep's day, latest first. */
  'followUp.list': { waiting: TaskView[]; repliedToday: TaskView[]; today: string };
  'followUp.reopen': { task: Task };
  'followUp.nudge': { task: Task };
}
