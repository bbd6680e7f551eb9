// A task's follow-up (issue 16) in its VTODO: X-TASKLANE-FOLLOWUP, next to STATUS (NEEDS-ACTION
// or COMPLETED as for any task). The value is form-encoded (state=waiting&close=1&people=…):
// it holds no comma, semicolon, backslash or line break, so neither iCalendar's TEXT escaping
// nor a server that re-serialises the item can change it, and it stays readable.
import * as v from 'valibot';
import { FollowUpSchema, type FollowUp } from '../model';

export const FOLLOW_UP_PROPERTY = 'x-tasklane-followup';

/** Longest value read back: 50 people, a thread id, a subject and a reply fit in far less. */
const MAX_VALUE = 8_000;

export function encodeFollowUp(f: FollowUp): string {
  const params = new URLSearchParams({ state: f.state, close: f.closeOnReply ? '1' : '0', people: f.people.join(' ') });
  if (f.threadId) params.set('thread', f.threadId);
  if (f.subjectKey) params.set('subject', f.subjectKey);
  if (f.reply) {
    params.set('reply-at', String(f.reply.at));
    params.set('reply-seen', String(f.reply.seenAt));
    params.set('reply-from', f.reply.from);
    params.set('reply-site', f.reply.site);
    if (f.reply.url) params.set('reply-url', f.reply.url);
  }
  return params.toString();
}

/** The follow-up a value describes, or undefined when it is not one (never throws). */
export function decodeFollowUp(value: unknown): FollowUp | undefined {
  if (typeof value !== 'string' || value.length > MAX_VALUE) return undefined;
  const p = new URLSearchParams(value);
  const replyAt = p.get('reply-at');
  const candidate = {
    closeOnReply: p.get('close') === '1',
    state: p.get('state') ?? '',
    people: (p.get('people') ?? '').split(' ').filter(Boolean),
    ...(p.get('thread') ? { threadId: p.get('thread') } : {}),
    ...(p.get('subject') ? { subjectKey: p.get('subject') } : {}),
    ...(replyAt
      ? {
          reply: {
            at: Number(replyAt),
            seenAt: Number(p.get('reply-seen')),
            from: p.get('reply-from') ?? '',
            site: p.get('reply-site') ?? '',
            ...(p.get('reply-url') ? { url: p.get('reply-url') } : {}),
          },
        }
      : {}),
  };
  const parsed = v.safeParse(FollowUpSchema, candidate);
  return parsed.success ? parsed.output : undefined;
}
