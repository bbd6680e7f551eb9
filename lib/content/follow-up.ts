// Turns a detected person on this page into the requests the background understands: a
// suggestion (classification, due date, title) and a task draft with its source and dedupe key.
// Page text is cut to the protocol's caps here, so a huge or hostile page yields a valid
// request rather than a refused one.
import type { Detector } from '@/lib/detect/detector';
import type { DetectedContact, PageContext, SiteId } from '@/lib/detect/types';
import type { RequestInput } from '@/lib/messages';
import type { TaskCategories } from '@/lib/model';
import { MAX } from '@/lib/model/limits';
import { keyPart, pageKey } from './page-key';

export interface PersonOnPage {
  contact: DetectedContact;
  site: SiteId;
  context: PageContext;
  url: URL;
  /** The email body or record text around the person, if the adapter offers it. */
  text: string | null;
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
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v)) as typeof input;
}

function pageUrl(url: URL): string | undefined {
  return /^https?:$/.test(url.protocol) && url.href.length <= MAX.url ? url.href : undefined;
}

function subjectOf(person: PersonOnPage): string | undefined {
  return cut(person.context.subject ?? person.context.recordName, MAX.sourceTitle);
}

export function suggestRequest(person: PersonOnPage, dueText?: string): RequestInput<'classify.suggest'> {
  const url = pageUrl(person.url);
  const subject = subjectOf(person);
  const text = cut(person.text, MAX.text);
  return {
    contact: contactInput(person.contact),
    site: person.site,
    ...(subject ? { subject } : {}),
    ...(text ? { text } : {}),
    ...(url ? { url } : {}),
    ...(dueText ? { dueText: dueText.slice(0, 100) } : {}),
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
 * back. The conversation is the clicked row's or message's own thread; failing a thread or
 * record id, the page's whole address (see pageKey).
 */
export function dedupeKey(person: PersonOnPage): string {
  const where = person.context.threadId ?? person.context.recordId ?? pageKey(person.url);
  const who = person.contact.email ?? person.contact.phone ?? person.contact.name ?? '';
  return `${person.site}:${keyPart(where, MAX_WHERE)}:${keyPart(who, MAX_WHO)}`;
}

/** A panel submission's random id (16 hex digits; getRandomValues works on http pages too). */
export function newSubmissionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createRequest(
  person: PersonOnPage,
  values: { title: string; due: { date: string; time?: string }; categories: TaskCategories; notes?: string; rrule?: string },
  /** `submissionId`: a quick-create panel submission, always created (see task.create). */
  options: { submissionId?: string } = {},
): RequestInput<'task.create'> {
  const url = pageUrl(person.url);
  const subject = subjectOf(person);
  const externalId = cut(person.context.threadId ?? person.context.recordId, MAX.externalId);
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
    ...(options.submissionId ? { submissionId: options.submissionId } : {}),
  };
}
