// Whether a message a page shows answers a waiting follow-up: from one of its people, in its
// thread, dated after the task, and written by a person — not the rep, not an auto-responder,
// not a bounce. Pure: the content script reads the message off the page (the site's adapter
// says where) and asks this; a false "no" only leaves the task open, a false "yes" closes it
// wrongly, so every doubt answers no.
import { shownAfter } from '../dates/shown-date';
import type { WatchEntry } from '../messages/requests/follow-up';
import { subjectKey } from './subject-key';

/** One waiting follow-up as the background hands it to pages (followUp.watchSet): the
 *  protocol's own type (types only: nothing of the protocol reaches the content script). */
export type { WatchEntry };

/** A message (an open thread's message, or a list row) as the page shows it. */
export interface ShownMessage {
  from: string | null;
  /** Its date's text: a title attribute with the full date when the site has one, else the text. */
  date: string | null;
  threadId: string | null;
  subject: string | null;
  /** The start of its body or the row's preview, for auto-reply wording. */
  snippet?: string | null;
}

export interface ReplyFound {
  taskId: string;
  from: string;
  /** The reply's date as shown (the earliest instant it can mean). */
  at: number;
}

/** Mailboxes that send bounces, and what bounces are titled (en, zh). */
const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon|bounces?)([+@.-]|$)/i;
const BOUNCE_WORDS = /undeliverable|delivery status notification|delivery (has )?failed|delivery failure|mail delivery (system|subsystem)|returned mail|failure notice|退信|无法投递|投递失败|系统退信/i;
/** Auto-responders' wording (en, zh, de, fr): subject prefixes and the opening of their bodies. */
const AUTOMATIC = /out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|^\s*auto\s*:|vacation (reply|responder|response)|away from (the|my) office|on (annual )?leave until|自动回复|自动答复|休假|不在办公室|abwesenheitsnotiz|automatische antwort|réponse automatique|absence du bureau/i;
const SNIPPET_CHARS = 300;

export function isAutomatic(message: Pick<ShownMessage, 'subject' | 'snippet'>): boolean {
  return AUTOMATIC.test(message.subject ?? '') || AUTOMATIC.test((message.snippet ?? '').slice(0, SNIPPET_CHARS));
}

export function isBounce(message: Pick<ShownMessage, 'from' | 'subject' | 'snippet'>): boolean {
  return BOUNCE_SENDER.test(message.from ?? '') || BOUNCE_WORDS.test(message.subject ?? '') || BOUNCE_WORDS.test((message.snippet ?? '').slice(0, SNIPPET_CHARS));
}

/** The same conversation: the site's thread ids when both sides have one, else the subjects. */
export function sameThread(
  entry: Pick<WatchEntry, 'threadId' | 'subjectKey'>,
  message: Pick<ShownMessage, 'threadId' | 'subject'>,
  /** The message's subject key, when the caller compares one message with several entries. */
  keyOf: () => string = () => subjectKey(message.subject),
): boolean {
  if (entry.threadId && message.threadId) return entry.threadId === message.threadId;
  if (!entry.subjectKey) return false;
  const key = keyOf();
  return key !== '' && key === entry.subjectKey;
}

/**
 * The waiting follow-ups `message` answers (usually none, at most one per task). `self`: the
 * rep's own addresses; `now`: when the page is read, for relative dates and the year of "Dec 3".
 */
export function repliesIn(message: ShownMessage, watch: readonly WatchEntry[], self: ReadonlySet<string>, now: Date = new Date()): ReplyFound[] {
  const from = message.from?.trim().toLowerCase();
  if (!from || self.has(from)) return [];
  // The cheap tests first: most messages a page shows answer nothing, and the bounce and
  // auto-reply patterns are big ones (compiled again after each of V8's major GCs). The subject's
  // key is worked out once, not once per entry.
  let key: string | undefined;
  const keyOf = () => (key ??= subjectKey(message.subject));
  const candidates = watch.filter((entry) => entry.people.includes(from) && sameThread(entry, message, keyOf));
  if (!candidates.length || isBounce(message) || isAutomatic(message)) return [];
  const found: ReplyFound[] = [];
  for (const entry of candidates) {
    const after = shownAfter(message.date, entry.since, now);
    if (after) found.push({ taskId: entry.taskId, from, at: after.at });
  }
  return found;
}
