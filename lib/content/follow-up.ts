// Turns a detected person on this page into the requests the background understands: a
// suggestion (classification, due date, title) and a task draft with its source and dedupe key.
// Page text is cut to the protocol's caps here, so a huge or hostile page yields a valid
// request rather than a refused one.
import type { DetectedContact, PageContext, SiteId } from '@/lib/detect';
import type { RequestInput } from '@/lib/messages';
import type { TaskCategories } from '@/lib/model';
import { MAX } from '@/lib/model/limits';

export interface PersonOnPage {
  contact: DetectedContact;
  site: SiteId;
  context: PageContext;
  url: URL;
  /** The email body or record text around the person, if the adapter offers it. */
  text: string | null;
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

/** Same thread (or record) and same person → same key → the background returns the first task. */
export function dedupeKey(person: PersonOnPage): string {
  const where = person.context.threadId ?? person.context.recordId ?? `${person.url.origin}${person.url.pathname}`;
  const who = person.contact.email ?? person.contact.phone ?? person.contact.name ?? '';
  return `${person.site}:${where}:${who}`.slice(0, MAX.dedupeKey);
}

export function createRequest(
  person: PersonOnPage,
  values: { title: string; due: { date: string; time?: string }; categories: TaskCategories; notes?: string; rrule?: string },
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
  };
}
