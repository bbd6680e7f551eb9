// Turns a detected person on this page into the requests the background understands: a
// suggestion (classification, due date, title) and a task draft with its source and dedupe key.
// Page text is cut to the protocol's caps here, so a huge or hostile page yields a valid
// request rather than a refused one.
import type { Detector } from '@/lib/detect/detector';
import type { DetectedContact, PageContext, SiteId } from '@/lib/detect/types';
import type { RequestInput } from '@/lib/messages';
import type { CrmId, TaskCategories } from '@/lib/model';
import { MAX } from '@/lib/model/limits';
import { keyPart, pageKey } from './page-key';
import { phoneBlock } from '@/lib/detect/phone-block';

/** The message around the person, read at click time (./page-message.ts, loaded on the first
 *  click): its subject, its identity, and the classifier's message fields, bounded. */
export interface PageMessage {
  subject: string | null;
  /** Its id in the page's address or in the page (`_uid`, `mailid`, a Message-ID). */
  messageId: string | null;
  /** Where the follow-up is when no thread or record names it: the message's id, else a hash of
   *  its subject, sender and sent date (page-key.ts messageKey); null when there is no message. */
  where: string | null;
  fields: Pick<RequestInput<'classify.suggest'>, 'body' | 'quoted' | 'signature' | 'sentDate' | 'sender' | 'stage'>;
  /** The text to classify instead of the adapter's: a webmail's newest message alone (a record
   *  page keeps its adapter's text). */
  text?: string;
}

export interface PersonOnPage {
  contact: DetectedContact;
  site: SiteId;
  context: PageContext;
  url: URL;
  /** The email body or record text around the person, if the adapter offers it. */
  text: string | null;
  /** The message around the person: subject, own text, quoted history, signature, sent date,
   *  identity. Read on click; absent if the reader could not be loaded. */
  message?: PageMessage;
}

/**
 * The person the rep clicked, read at click time (Gmail reuses elements across views): the
 * context and text are those of the element they were found at — its list row or conversation,
 * not whichever conversation is open in a reading pane beside it.
 */
export function personOnPage(detector: Detector, found: { contact: DetectedContact; site: SiteId }, doc: Document, url: URL): PersonOnPage {
  const { anchor } = found.contact;
  return {
    contact: found.contact,
    site: found.site,
    context: detector.pageContext(doc, url, anchor),
    url,
    text: detector.adapterFor(url, doc)?.messageText?.(anchor) ?? null,
  };
}

const cut = (value: string | null | undefined, max: number) => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** What the UI calls the person: their name, else their address or number. */
export function personLabel(contact: DetectedContact): string {
  return cut(contact.name, 80) ?? contact.email ?? contact.phone ?? '';
}

export function contactInput(contact: DetectedContact) {
  const input = {
    name: cut(contact.name, MAX.name),
    email: contact.email && contact.email.length <= MAX.email ? contact.email : undefined,
    phone: cut(contact.phone, MAX.phone),
    company: cut(contact.company, MAX.company),
    // Read at the click (not while the page is scanned): the text a national number is written
    // in, from which the background works out its country (the cues stay out of this script).
    phoneBlock: contact.phone ? phoneBlock(contact)?.slice(0, MAX.phoneBlock) : undefined,
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => (Array.isArray(v) ? v.length : v))) as typeof input;
}

function pageUrl(url: URL): string | undefined {
  return /^https?:$/.test(url.protocol) && url.href.length <= MAX.url ? url.href : undefined;
}

/** The adapter's subject; on a record page the record's name; else the message's subject. */
export function subjectOf(person: PersonOnPage): string | undefined {
  const { context, message } = person;
  return cut(context.subject ?? (context.recordId ? context.recordName : message?.subject) ?? context.recordName, MAX.sourceTitle);
}

export function suggestRequest(person: PersonOnPage, dueText?: string): RequestInput<'classify.suggest'> {
  const url = pageUrl(person.url);
  const subject = subjectOf(person);
  const text = cut(person.message?.text ?? person.text, MAX.text);
  return {
    contact: contactInput(person.contact),
    site: person.site,
    ...(subject ? { subject } : {}),
    ...(text ? { text } : {}),
    ...(url ? { url } : {}),
    ...(dueText ? { dueText: dueText.slice(0, 100) } : {}),
    ...person.message?.fields,
  };
}

/**
 * Longest "where" and "who" in a key: with the site's name and the room the store needs for a
 * panel submission's id (lib/db/dedupe.ts) the key stays within MAX.dedupeKey, and a long
 * address can never cut the person off the end of it.
 */
const MAX_WHERE = 200;
const MAX_WHO = 120;

/**
 * Same conversation (or record) and same person → same key → a repeat click gets the open task
 * back; two emails from one person are two keys, also where one address shows them all.
 */
export function dedupeKey(person: PersonOnPage): string {
  // The thread or record; else the message (its id, or its words); else the page's address.
  const where = person.context.threadId ?? person.context.recordId ?? person.message?.where ?? pageKey(person.url);
  const who = person.contact.email ?? person.contact.phone ?? person.contact.name ?? '';
  return `${person.site}:${keyPart(where, MAX_WHERE)}:${keyPart(who, MAX_WHO)}`;
}

/** A panel submission's random id (16 hex digits; getRandomValues works on http pages too). */
export function newSubmissionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createRequest(
  person: PersonOnPage,
  values: { title: string; due: { date: string; time?: string }; categories: TaskCategories; notes?: string; rrule?: string; crm?: CrmId[] },
  /** `submissionId`: a quick-create panel submission, always created (see task.create). */
  options: { submissionId?: string } = {},
): RequestInput<'task.create'> {
  const url = pageUrl(person.url);
  const subject = subjectOf(person);
  const externalId = cut(person.context.threadId ?? person.context.recordId ?? person.message?.messageId, MAX.externalId);
  return {
    draft: {
      title: values.title.slice(0, MAX.title),
      notes: (values.notes ?? '').slice(0, MAX.notes),
      due: values.due,
      categories: values.categories,
      ...(values.rrule ? { recurrence: { rrule: values.rrule, start: values.due.date } } : {}),
      source: {
        site: person.site,
        ...(url ? { url } : {}),
        ...(subject ? { title: subject } : {}),
        ...(externalId ? { externalId } : {}),
      },
      dedupeKey: dedupeKey(person),
    },
    contact: contactInput(person.contact),
    // The panel's explicit CRM choice; a one-click create leaves it to the connections' defaults.
    ...(values.crm ? { crm: values.crm } : {}),
    ...(options.submissionId ? { submissionId: options.submissionId } : {}),
  };
}
