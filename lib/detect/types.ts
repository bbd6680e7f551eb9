// The contract between contact detection and the rest of Tasklane (UI, classifier, background).
// Keep these names stable: other modules code against them.

import type { SourceSite } from '../model/task';

/** Where people were found: every site Tasklane knows, or 'generic' (lib/model's list, less the
 *  'manual' of tasks typed by hand). */
export type SiteId = Exclude<SourceSite, 'manual'>;

export type ContactRole = 'sender' | 'recipient' | 'cc' | 'mentioned' | 'record' | 'signature';

export interface DetectedContact {
  name: string | null;
  /** Lower-cased. */
  email: string | null;
  /** Raw as found on the page in content code (libphonenumber is too big for the content bundle);
   *  E.164 once the background or the CLI has run it through normalisePhone (or, in the CLI, as
   *  written where no country could be chosen: lib/detect/phone-mobile-shapes.ts). */
  phone: string | null;
  company: string | null;
  role: ContactRole;
  /** The element a button is placed next to. */
  anchor: Element;
  /** Where else the same person appeared (merged into this contact). The
   *  content script reads them to know every row of a long list that holds someone. */
  elsewhere?: Element[];
  /** The list row this sighting is in, on a page that lists one conversation per row (an inbox).
   *  Each row is a follow-up of its own, so sightings in different rows are never merged: the
   *  person gets a button, and a task, per email. */
  row?: Element;
  /** A colleague: their address is at the rep's own company domain (lib/detect/audience.ts). */
  internal?: true;
}

export interface PageContext {
  subject: string | null;
  threadId: string | null;
  recordName: string | null;
  recordId: string | null;
  /** The signed-in user's own address: never offered as a contact. */
  selfEmail: string | null;
  /** The record's company where the adapter knows it (a company record's own name): given to
   *  the people of its related lists (lib/detect/generic/page-company.ts). */
  company?: string | null;
}

export interface SiteAdapter {
  id: SiteId;
  /** Pure URL predicate, host-based. */
  matches(url: URL): boolean;
  /** Optional: true when the page itself is this app's, on whatever host it is served from (a
   *  self-hosted webmail such as Roundcube runs on the rep's company domain). */
  recognises?(doc: Document): boolean;
  /** Pure; root may be the whole document or a freshly added subtree — context (To/Cc header,
   *  thread, record) above it is learnt with closest(). */
  detect(root: ParentNode, url: URL): DetectedContact[];
  /** Subject / thread id / record name+id / the signed-in user's own address. With `anchor` (where
   *  the person the rep clicked was found) the subject and thread are that element's own: its list
   *  row's, or the conversation it sits in — never another one open beside it (a reading pane). */
  context(doc: Document, url: URL, anchor?: Element): PageContext;
  /** Optional: the signed-in user's address alone, as `context` reads it — for a caller that
   *  needs nothing else (the page report): the conversation's subject and thread are read from
   *  the whole document, a full walk of a 5,000-row inbox that holds no open thread. */
  selfEmail?(doc: Document, url: URL): string | null;
  /** Optional drift probe: true when the view's landmarks (thread, header, record) are present.
   *  Landmarks without contacts means the site changed its markup. Asked of whole documents (the
   *  page report, the drift harness): it stops at the first landmark, never lists them all. */
  hasAnchors?(root: ParentNode): boolean;
  /** Optional cheap test for a freshly added element: false when neither it, anything inside
   *  it, nor the message it sits in can hold a person this adapter reads. Busy pages add
   *  thousands of person-less elements (a label chip, a new date); the adapter's full pass is
   *  skipped for them. */
  mayHold?(element: Element): boolean;
  /** Optional: the rows of the site's message list. The adapter reads a row's people from its
   *  markup; an address written in a row's preview text is a snippet of the mail, not a person,
   *  so the generic core's finds inside a row are left out. */
  listRow?: string;
  /** Optional (CRMs): the site shows records and lists of people, not messages. A block read
   *  there as a sign-off (a card's "--" placeholder above a name, a phone and "View All") is a
   *  person the record or list mentions, never a signature. */
  records?: true;
  /** Optional: the text of the message (or list row) a contact's anchor belongs to, bounded, for
   *  the classifier's keyword and date signals. Null when the anchor is not in a message. */
  messageText?(anchor: Element): string | null;
  /** Optional (mail sites): where messages show, for seeing replies to follow-ups. */
  messages?: MessageMarks;
  /** Optional (mail sites): the compose window, for "follow up if no reply". */
  compose?: ComposeMarks;
  /** Optional: where this site shows a message and its parts (see MessageParts). */
  parts?: MessageParts;
  /** Optional (CRMs): which people found on this page may be offered (true) — never the site's
   *  own side: a CRM's users (Salesforce's User records), a composer's From picker's identities. */
  offers?(doc: Document): (contact: DetectedContact) => boolean;
}

/**
 * Where a mail site shows each message, for seeing a follow-up's answer (issue 16): selectors
 * only — the reading is shared (lib/follow-up/shown-messages.ts).
 */
export interface MessageMarks {
  /** One message: an open thread's message, or a list row. */
  item: string;
  /** Inside an item: the sender (its address in an attribute — email, title, href — or its text). */
  from: string;
  /** Inside an item: its date (a title with the full date is read first, then the text). */
  date: string;
  /** Inside an item: its own subject (a list row's); else the conversation's from context(). */
  subject?: string;
  /** Inside an item: its preview or body, whose opening shows an auto-reply. */
  snippet?: string;
  /** False on a view whose list shows each message's recipients, not its sender (a Sent folder):
   *  its rows are the rep's own messages. Left out: every view shows senders. */
  showsSenders?(url: URL): boolean;
  /** True when context()'s threadId names the conversation; false when it names one message (a
   *  Roundcube UID), so the subject links replies instead. */
  threadIds: boolean;
}

/** A mail site's compose window, for "follow up if no reply" beside its Send button. */
export interface ComposeMarks {
  /** The compose window or inline reply (holds the send button). */
  window: string;
  send: string;
  discard: string;
  /** Recipient elements, To before Cc, each with its address in an attribute or its text. */
  recipients: string;
  /** The subject field of a new message (a reply's subject is its thread's). */
  subject: string;
  /** The body, for the classifier. */
  body: string;
  /** The compose is a page of its own (Roundcube): sending leaves the page rather than closing
   *  a window, so leaving the page after Send counts as sent. */
  isPage?: true;
}

/**
 * Where a site shows one message and its parts, for reading the message around a person at
 * click time (lib/detect/message). Selector strings only: they stay in the site's adapter, and
 * the reader that uses them is loaded into the page on the first click, not with the content
 * script.
 */
export interface MessageParts {
  /** One message of a conversation: its header and its body. */
  message: string;
  /** The message's rendered body. */
  body: string;
  /** Where the message shows when it was sent (read from `datetime`, `title`, then text). */
  date?: string;
  /** The site's list rows: a person in one belongs to that row's email (its text the preview). */
  row?: string;
  /** Quoted history the site marks in its own way, beside the usual blockquote and quote classes. */
  quoted?: string;
  /**
   * A reading pane beside the list (Outlook): a list row matching `selected` is the email open
   * in the first `pane` that does not hold the list, and is read there — its `body` (default the
   * site's), its heading, its date — never from the row's sender, subject, preview and time.
   */
  /** `header`: the open email's header parts (sender, recipients, time); with it, a pane whose
   *  body carries no marker is read structurally (message/pane-body.ts). */
  open?: { pane: string; selected: string; body?: string | readonly string[]; header?: string };
}

/** What the reader found about the message around a person (lib/detect/message/read.ts). */
export interface MessageContext {
  /** The message's heading, else the page's title. */
  subject: string | null;
  /** The message's own newest text: no quoted history, no signature. */
  body: string | null;
  /** Quoted history and forwarded messages below (or inside) it. */
  quoted: string | null;
  /** The sign-off block ("Best regards, Grace Kim, Operations Manager…", "Sent from my iPhone"). */
  signature: string | null;
  /** When it was sent, as the page shows it (YYYY-MM-DD); null when the page does not say. */
  sentDate: string | null;
  /** The message's identity from the page's address (`_uid`, `mailid`, `mid`…) or from the page
   *  itself (a Message-ID, a data attribute); null when neither names it. */
  messageId: string | null;
  /** The element holding the message (header and body), or the list row. */
  container: Element | null;
  /** True when that is known to be a message: the site's own message, body or list row, or a
   *  container with a message body's markup — not merely the first stretch of text around. */
  recognised: boolean;
}

/** Example URLs that run as tests, exported by every adapter. */
export interface ExampleUrls {
  match: readonly string[];
  noMatch: readonly string[];
}
