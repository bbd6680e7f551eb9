// A follow-up that waits for the person's reply (issue 16). Kept on the task itself so it syncs,
// exports and survives an Undo with the task; the content scripts only ever see the compact watch
// set the background derives from it, never the tasks.
import * as v from 'valibot';
import { MAX } from './limits';
import { EmailSchema, HttpUrlSchema, TimestampSchema, boundedString } from './primitives';

/** waiting: no answer seen yet; replied: an answer was seen (the task is completed or flagged). */
export const FOLLOW_UP_STATES = ['waiting', 'replied'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** Where and when the answer was seen: the task's history shows it. */
export const ReplySeenSchema = v.object({
  /** The reply's own date as the page showed it, read in the rep's zone. */
  at: TimestampSchema,
  /** When Tasklane saw it. */
  seenAt: TimestampSchema,
  from: EmailSchema,
  /** The site id (gmail, outlook, roundcube …) the reply was seen on. */
  site: boundedString(40),
  url: v.optional(HttpUrlSchema),
});
export type ReplySeen = v.InferOutput<typeof ReplySeenSchema>;

export const FollowUpSchema = v.object({
  /** "Close when they reply": on by default for tasks made from a thread, off for typed ones. */
  closeOnReply: v.boolean(),
  state: v.picklist(FOLLOW_UP_STATES),
  /** Whose message counts as the answer: the task's person first, then the other recipients. */
  people: v.pipe(v.array(EmailSchema), v.maxLength(50)),
  /** The site's own thread id, where it has one. */
  threadId: v.optional(boundedString(MAX.externalId)),
  /** Else the thread's subject, normalised (lib/follow-up/subject-key.ts): no Re:/Fwd:/回复:. */
  subjectKey: v.optional(boundedString(MAX.sourceTitle)),
  reply: v.optional(ReplySeenSchema),
});
export type FollowUp = v.InferOutput<typeof FollowUpSchema>;
