// The message around a clicked person, turned into what the requests carry: the subject, the
// classifier's message fields (own text, quoted history, signature, sent date, sender — each cut
// to the protocol's caps) and where the follow-up is for its dedupe key. Not part of the content
// script: it is bundled with what a click does, loaded on the first click
// (entrypoints/page-actions.ts, ./actions-loader.ts), and run directly by the classify CLI.
import type { Detector } from '@/lib/detect/detector';
import { readMessage } from '@/lib/detect/message/read';
import { readRecordStage } from '@/lib/detect/message/record-stage';
import type { DetectedContact, MessageParts } from '@/lib/detect/types';
import type { RequestInput } from '@/lib/messages';
import { MAX } from '@/lib/model/limits';
import type { PageMessage, PersonOnPage } from './follow-up';
import { messageKey } from './page-key';

type MessageFields = Pick<RequestInput<'classify.suggest'>, 'body' | 'quoted' | 'signature' | 'sentDate' | 'sender' | 'stage'>;

/** Page text as one bounded string, its lines kept (the classifier reads history by line). */
const block = (value: string | null | undefined, max: number) => value?.trim().slice(0, max) || undefined;

/** Messages of one conversation looked at for a sender's newest (a thread rarely shows more). */
const MAX_MESSAGES = 30;

/**
 * Where the sender's newest message is. Detection shows a person once per view, anchored at
 * their first message; in a conversation they wrote several times (OWA, Gmail threads) the
 * follow-up is about the newest: the latest sent date among the messages whose sender is them,
 * the last on the page when the dates tie or cannot be read. A list row is its own email.
 */
function newestOwnMessage(person: PersonOnPage, detector: Detector, doc: Document, parts: MessageParts | undefined, today: string | undefined): Element {
  const { contact, url, context } = person;
  if (!parts || contact.role !== 'sender' || contact.row || !contact.email) return contact.anchor;
  let best = contact.anchor;
  let bestDate = '';
  try {
    const messages = [...doc.querySelectorAll(parts.message)].slice(0, MAX_MESSAGES);
    if (messages.length < 2) return best;
    for (const message of messages) {
      const sender = detector.detectPage(message, url, { selfEmail: context.selfEmail }).contacts.find((c) => c.role === 'sender');
      if (sender?.email !== contact.email) continue;
      const date = readMessage(sender.anchor, doc, url, { parts, ...(today ? { today } : {}) }).sentDate ?? '';
      if (date >= bestDate) {
        best = sender.anchor;
        bestDate = date;
      }
    }
  } catch {
    return contact.anchor;
  }
  return best;
}

/** The person with the message around them read: see PageMessage. Never throws. */
export function readPageMessage(person: PersonOnPage, detector: Detector, doc: Document, today?: string): PageMessage {
  const { context, url } = person;
  const adapter = detector.adapterFor(url, doc);
  const anchor = newestOwnMessage(person, detector, doc, adapter?.parts, today);
  const m = readMessage(anchor, doc, url, { parts: adapter?.parts, subject: context.subject, ...(today ? { today } : {}) });
  // Who sent it: the person clicked if they did, else the sender detected in that message.
  let sender: DetectedContact | undefined = person.contact.role === 'sender' ? person.contact : undefined;
  if (!sender && m.container) {
    try {
      sender = detector.detectPage(m.container, url, { selfEmail: context.selfEmail }).contacts.find((c) => c.role === 'sender');
    } catch {
      sender = undefined;
    }
  }
  const email = sender?.email && sender.email.length <= MAX.email ? sender.email : undefined;
  const name = block(sender?.name?.replace(/\s+/g, ' '), MAX.name);
  const fields: MessageFields = {
    body: block(m.body, MAX.text),
    quoted: block(m.quoted, MAX.text),
    signature: block(m.signature, MAX.text),
    sentDate: m.sentDate ?? undefined,
    sender: email || name ? { ...(email ? { email } : {}), ...(name ? { name } : {}) } : undefined,
    // A record page's relationship field (its type or lifecycle stage), for existing vs new.
    stage: person.contact.role === 'record' ? (readRecordStage(doc) ?? undefined) : undefined,
  };
  // No id in the address or the page: a message's own words name it (subject, or a row's text).
  // Text that is not known to be a message (a record page's) leaves it to the page's address.
  const words = m.recognised ? (m.subject ?? m.body?.slice(0, 500)) : null;
  const where = m.messageId ?? (words ? messageKey(url, [words, email ?? name, m.sentDate]) : null);
  return {
    // A webmail's newest message alone; a record page (its adapter reads its own text) keeps that.
    ...(fields.body && (adapter?.parts || !person.text) ? { text: fields.body } : {}),
    subject: m.subject?.replace(/\s+/g, ' ').trim().slice(0, MAX.sourceTitle) || null,
    messageId: m.messageId?.slice(0, MAX.externalId) ?? null,
    where,
    fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as MessageFields,
  };
}
