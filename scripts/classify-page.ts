// The classify CLI's work on one saved page, by the code path of a click: detection as the
// content script runs it (lib/detect), the clicked person's page context and the message around
// them (lib/content/follow-up.ts, lib/content/page-message.ts), the validated `classify.suggest`
// request, the background's suggestion step (lib/background/classify-page.ts) with default
// settings and no history, and the task draft's source and dedupe key (createRequest).
import * as v from 'valibot';
import { classifyPage } from '../lib/background/classify-page';
import { createRequest, personOnPage, suggestRequest, type PersonOnPage } from '../lib/content/follow-up';
import { readPageMessage } from '../lib/content/page-message';
import { FULL_DETECTOR, makeDetector, type DetectedContact, type SiteId } from '../lib/detect/index';
import { peopleOf } from '../lib/detect/normalize';
import { QUOTED } from '../lib/detect/signature';
import { defaultCountryFrom, withE164Phones } from '../lib/detect/phone';
import { listedWithHints } from '../lib/detect/phone-hints';
import { isValidLocalDate } from '../lib/dates/local-date';
import { wallClock } from '../lib/dates/today';
import { REQUESTS } from '../lib/messages/protocol';
import { DEFAULT_SETTINGS } from '../lib/model/settings';

export interface ClassifyOptions {
  url: URL;
  /** The rep's today, YYYY-MM-DD. */
  today: string;
  /** The rep's IANA zone; default the runtime's. */
  tz?: string;
  /** The person to classify for (an address on the page); default the page's main person. */
  person?: string;
}

export interface ClassifyOutput {
  site: string;
  contacts: { name: string | null; email: string | null; phone: string | null; company: string | null; role: string }[];
  person: string | null;
  suggestion: {
    categories: { goal: string | null; cycle: string | null; customer: string | null; channel: string | null };
    due: { date: string; time?: string };
    title: string;
    reasons: { dimension: string; value: string; detail: string }[];
  } | null;
  source: { title: string | null; externalId: string | null; dedupeKey: string } | null;
}

/** The instant the rep's wall clock in `tz` shows noon of `today` (a date far from midnight, so
 *  no zone's offset moves it to another day). */
export function noonOf(today: string, tz: string | undefined): Date {
  const guess = Date.parse(`${today}T12:00:00Z`);
  const wall = wallClock(new Date(guess), tz);
  const shownAsUtc = Date.parse(`${wall.date}T${wall.time}:00Z`);
  return new Date(guess - (shownAsUtc - guess));
}

interface Found {
  contact: DetectedContact;
  site: SiteId;
}

/**
 * The page's main person, as the keyboard shortcut means it: a CRM record's person; else the
 * sender of the newest open message outside quoted and forwarded history (by its sent date; in a
 * thread whose dates cannot be read, the last message) — a message open in a reading pane beside
 * the list is the one being read; with only list rows, the selected one, else the top row; never the rep
 * (detection leaves the rep out); else the first person on the page.
 */
function mainPerson(found: Found[], read: (f: Found) => PersonOnPage): Found | null {
  const record = found.find((f) => f.contact.role === 'record');
  if (record) return record;
  const all = found.filter((f) => f.contact.role === 'sender');
  // A forward's header block ("---------- Forwarded message --------- From: Sam …") names the
  // original sender; the person to follow up is the one who forwarded it, outside the quote.
  const outside = all.filter((f) => !inQuote(f.contact));
  const senders = outside.length ? outside : all;
  if (!senders.length) return found[0] ?? null;
  const open = senders.filter((f) => !f.contact.row);
  // Only list rows: the selected one is the email open beside the list (a reading pane whose
  // sender shows no address), else the top row.
  if (!open.length) return senders.find((f) => selectedRow(f.contact)) ?? senders[0]!;
  const dated = open.map((f, i) => ({ f, i, date: read(f).message?.fields.sentDate ?? '' }));
  dated.sort((a, b) => (a.date === b.date ? b.i - a.i : a.date < b.date ? 1 : -1));
  return dated[0]!.f;
}

function selectedRow(contact: DetectedContact): boolean {
  try {
    return !!contact.anchor?.closest?.('[aria-selected="true"], [aria-current="true"], [aria-current="page"]');
  } catch {
    return false;
  }
}

/** Where forwarded history starts in a message's text, as mail clients write it. */
const FORWARD_MARKER = /-{2,}\s*(?:forwarded message|original message|message d'origine|ursprüngliche nachricht|mensaje original|转发的邮件|原始邮件)\s*-{2,}/iu;
const MAX_ANCESTORS = 8;

/**
 * The person is named inside quoted or forwarded history: in a quote element (Gmail's
 * gmail_quote, a blockquote), or after a "-------- Original Message --------" line in the same
 * message text (Roundcube and others forward inline, with no quote element).
 */
function inQuote(contact: DetectedContact): boolean {
  try {
    if (contact.anchor?.closest?.(QUOTED)) return true;
    const own = contact.anchor?.textContent?.trim();
    if (!own) return false;
    let el: Element | null = contact.anchor.parentElement;
    for (let depth = 0; el && depth < MAX_ANCESTORS; depth++, el = el.parentElement) {
      const text = el.textContent ?? '';
      const marker = FORWARD_MARKER.exec(text);
      if (marker) return text.indexOf(own) > marker.index;
    }
    return false;
  } catch {
    return false;
  }
}

export function classifyHtml(document: Document, options: ClassifyOptions): ClassifyOutput {
  const { url, today, tz } = options;
  if (!isValidLocalDate(today)) throw new Error(`--today is not a date: ${today}`);
  const detector = makeDetector(FULL_DETECTOR);
  const { site, contacts } = detector.detectPage(document, url);
  const country = defaultCountryFrom(document.documentElement?.getAttribute('lang'));
  const listed = withE164Phones(listedWithHints(peopleOf(contacts)), country);

  const found: Found[] = contacts.map((contact) => ({ contact, site }));
  const read = (f: Found): PersonOnPage => {
    const person = personOnPage(detector, f, document, url);
    return { ...person, message: readPageMessage(person, detector, document, today) };
  };
  const wanted = options.person?.trim().toLowerCase();
  const chosen = wanted ? found.find((f) => f.contact.email === wanted) : mainPerson(found, read);
  if (wanted && !chosen) throw new Error(`${wanted} is not among the people on this page`);
  if (!chosen) return { site, contacts: listed, person: null, suggestion: null, source: null };

  const person = read(chosen);
  // The same boundary as a click: the request the content script would send, validated.
  const payload = v.parse(REQUESTS['classify.suggest'].input, suggestRequest(person));
  const lang = document.documentElement?.getAttribute('lang') ?? '';
  const locale = /^zh/i.test(lang) ? 'zh-CN' : 'en';
  const { suggestion } = classifyPage(payload, {
    settings: DEFAULT_SETTINGS,
    history: { openTasks: 0, totalTasks: 0 },
    now: noonOf(today, tz),
    locale,
    ...(tz ? { timeZone: tz } : {}),
  });
  const { draft } = createRequest(person, { title: suggestion.title, due: suggestion.due, categories: suggestion.categories });
  const { goal, cycle, customer, channel } = suggestion.categories;
  return {
    site,
    contacts: listed,
    person: chosen.contact.email,
    suggestion: {
      categories: { goal: goal ?? null, cycle: cycle ?? null, customer: customer ?? null, channel: channel ?? null },
      due: suggestion.due,
      title: suggestion.title,
      reasons: suggestion.reasons.map(({ dimension, value, detail }) => ({ dimension, value, detail })),
    },
    source: { title: draft.source?.title ?? null, externalId: draft.source?.externalId ?? null, dedupeKey: draft.dedupeKey ?? '' },
  };
}
