// Gmail (mail.google.com): thread view (sender, To, Cc, signature people), inbox list rows and
// compose recipients. Gmail's class names are obfuscated and churn; the attributes it puts on
// people (email=, name=, data-hovercard-id=) have been stable for a decade, so they lead and
// classes only narrow the context.

import { makeContact, safely } from '../contact';
import { attr, closestOf, queryAll, queryOne, textOf } from '../dom';
import { validEmail } from '../email-scan';
import { messageTextOf, roleFromLabelBefore, signedWithin, withSignature, within, type OwnSignature } from '../mail-headers';
import { signatureOf } from '../signature';
import type { ContactRole, DetectedContact, ExampleUrls, PageContext, SiteAdapter } from '../types';
import { withSignedRowPhones } from '../row-phones';
import { isPrintView, printViewSelf } from './gmail-print';

/** Any person Gmail renders in a header or list row: <span email="…" name="…">. */
const PERSON = 'span[email]';
/** The sender of a message in a thread (h3.iw > span.gD); older builds: span.gD inside td.gF. */
const THREAD_SENDER = 'span.gD[email], h3.iw span[email]';
/** One message of a conversation: div.adn (2013–today), with data-message-id (2019+) or
 *  data-legacy-message-id. */
const MESSAGE = 'div.adn, div[data-message-id], div[data-legacy-message-id]';
/** A header line or row holding To/Cc people: the collapsed "to me, Dana" line (span.hb) and the
 *  rows of the details table (table.ajC tr). */
const HEADER_LINE = 'span.hb, div.ajy, table.ajC tr, tr';
/** The details table of a message (From / To / Cc / Date rows), open under its header. */
const DETAILS = 'table.ajC';
/** The rendered body of a message: div.a3s (also .ii.gt on older builds). */
const BODY = 'div.a3s, div.ii.gt';
/** When a message was sent: the date beside its sender, full date in `title` ("Tue, Jun 18, 2024,
 *  9:12 AM"; the text drops the year for this year's mail). */
const DATE = 'span.g3';
/** Subject heading of the open thread: h2.hP; data-thread-perm-id since 2019. */
const SUBJECT = 'h2.hP, h2[data-thread-perm-id], h2[data-legacy-thread-id]';
/** Inbox / label list rows. */
const LIST_ROW = 'tr.zA';
/** A list row's own conversation id, on its subject span (span.bog > span; span.bqe on 2023+
 *  builds): data-legacy-thread-id is the hex id the open thread's h2 carries too, so a row and
 *  its thread give one key; data-thread-id is "#thread-f:<decimal>". */
const ROW_LEGACY_THREAD = '[data-legacy-thread-id]';
const ROW_THREAD = '[data-thread-id]';
/** A list row's subject. */
const ROW_SUBJECT = 'span.bog';
/** A compose window (dialog) or an inline reply (div.M9 / td.I5). */
const COMPOSE = 'div[role="dialog"], div.M9, td.I5, form.bAs';
/** A compose window of its own (a new message, a popped-out reply): no conversation on screen is its. */
const COMPOSE_WINDOW = 'div[role="dialog"]';
/** Recipient chips in compose: div.afV[data-hovercard-id][data-name] (2022+), span.vN[email]
 *  inside div.vR (older builds). */
const COMPOSE_CHIP = 'div.afV[data-hovercard-id], span.vN[email], div.vR span[email]';
/** The input of a recipients row tells To from Cc/Bcc: name=to|cc|bcc (older), aria-label
 *  "To recipients" / "CC recipients" / "BCC recipients" (2022+). */
const COMPOSE_FIELD = 'textarea[name="to"], textarea[name="cc"], textarea[name="bcc"], input[name="to"], input[name="cc"], input[name="bcc"], input[aria-label$="recipients"], div[aria-label$="recipients"]';
/** What detect() reads people from, for mayHold's quick test. */
const PEOPLE_HINT = `${PERSON}, ${COMPOSE_CHIP}, ${BODY}`;
/** The signed-in account: "Inbox (3) - alex.rep@acme-sales.com - Gmail" in the title, and the
 *  account button's aria-label "Google Account: Alex Rep (alex.rep@acme-sales.com)". */
const TITLE_SELF = /\s[-–]\s([^\s@]+@[^\s@]+\.[a-z]{2,})\s[-–]\s/i;
const ACCOUNT_BUTTON = 'a[aria-label^="Google Account"], a[href*="accounts.google.com/SignOutOptions"]';
/** Gmail's label for the signed-in user in headers and rows (en, zh-CN, fr, de, es, pt). */
const SELF_NAMES = new Set(['me', '我', 'moi', 'ich', 'yo', 'eu']);
const SELF_PERSON = 'span[email][name="me"], span[email][name="我"]';

/** Follow-ups: a message's date in a thread header (DATE) and a list row's (td.xW > span[title]). */
const SHOWN_DATE = `${DATE}, td.xW span`;
/** A list row's sender (span.zF unread, span.yP read), and its preview (span.y2). */
const ROW_SENDER = 'span.zF[email], span.yP[email]';
const ROW_SNIPPET = 'span.y2';
/** Compose: Send (div.aoO; its tooltip "Send (Ctrl-Enter)", zh "发送") and the trash icon
 *  "Discard draft" (div.og; zh "舍弃草稿"); the subject box of a new message. */
const SEND = 'div.aoO[role="button"], div[role="button"][data-tooltip^="Send"], div[role="button"][data-tooltip^="发送"]';
const DISCARD = 'div.og[role="button"], div[role="button"][aria-label^="Discard"], div[role="button"][data-tooltip^="Discard"], div[role="button"][aria-label^="舍弃"]';
const COMPOSE_SUBJECT = 'input[name="subjectbox"]';
/** Views whose rows name recipients ("To: Dana"): Sent, Drafts, Outbox, Scheduled. */
const OWN_MAIL_VIEW = /^#(sent|drafts|outbox|scheduled)\b/i;
const COMPOSE_BODY = 'div[role="textbox"][contenteditable="true"], div.editable';

export const EXAMPLE_URLS: ExampleUrls = {
  match: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs',
    'https://mail.google.com/mail/u/1/?compose=new#sent',
  ],
  noMatch: ['https://google.com/mail', 'https://mail.google.com.evil.example/mail', 'https://calendar.google.com/'],
};

function personName(el: Element): string | null {
  const name = attr(el, 'name') ?? attr(el, 'data-name') ?? (textOf(el, 120) || null);
  if (!name || SELF_NAMES.has(name.toLowerCase()) || validEmail(name)) return null;
  return name;
}

function personEmail(el: Element): string | null {
  return validEmail(attr(el, 'email') ?? attr(el, 'data-hovercard-id') ?? '');
}

function headerRole(span: Element): ContactRole {
  if (span.matches(THREAD_SENDER)) return 'sender';
  const line = closestOf(span, HEADER_LINE);
  // The collapsed "to me, Dana" line names To and Cc people alike, under one "to" ("aan mij,
  // Pieter", "אל אני, Yossi"): with the details table open beside it, the table's labelled rows
  // say which (its role outranks "mentioned" in the merge). A build whose details table has
  // another class still lists the person again, labelled: the short line then says nothing.
  const short = line?.matches('span.hb') && listedElsewhere(span, line);
  const role = line && !short ? roleFromLabelBefore(span, line) : null;
  return role ?? (span.matches('span.g2') && !short ? 'recipient' : 'mentioned');
}

/** True when the message around the short "to me, Dana" line shows this person again outside it
 *  (its details table, of whatever class). */
function listedElsewhere(span: Element, line: Element): boolean {
  const message = closestOf(span, MESSAGE);
  if (!message) return false;
  if (queryOne(message, DETAILS)) return true;
  const email = attr(span, 'email');
  return queryAll(message, PERSON).some((p) => !line.contains(p) && attr(p, 'email') === email && !closestOf(p, BODY));
}

/** Where a person span sits decides whether it counts and its role: one walk up, not three. */
const PLACE = `${COMPOSE}, ${BODY}, ${LIST_ROW}`;

/** Thread headers and list rows: every span[email] outside compose windows and bodies. */
function detectPeople(root: ParentNode): DetectedContact[] {
  // A row's preview signed by its sender gives them the number they sign with (../row-phones.ts).
  return withSignedRowPhones(queryAll(root, PERSON).flatMap((span) => {
    const place = closestOf(span, PLACE);
    // A list row holds no compose window or body; anything else the walk met first is one.
    const inRow = place !== null && place.matches(LIST_ROW) && !closestOf(place, `${COMPOSE}, ${BODY}`);
    if (place && !inRow) return [];
    const email = personEmail(span);
    if (!email) return [];
    const contact = makeContact({ name: personName(span), email }, inRow ? 'sender' : headerRole(span), span);
    // Each row is its own email: a sender of two is two follow-ups (see DetectedContact.row).
    return [inRow ? { ...contact, row: place } : contact];
  }));
}

/** Signature of each message in the thread, merged into that message's sender when it is them. */
function detectSignatures(root: ParentNode, own: OwnSignature): DetectedContact[] {
  const above = (root as Element).nodeType === 1 ? closestOf(root as Element, MESSAGE) : null;
  const messages = above ? [above] : queryAll(root, MESSAGE).filter((m) => !m.parentElement || !closestOf(m.parentElement, MESSAGE));
  return messages.flatMap((message) => {
    const body = queryOne(message, BODY);
    if (!body) return [];
    const senderEl = queryOne(message, THREAD_SENDER);
    const sender = senderEl ? makeContact({ name: personName(senderEl), email: personEmail(senderEl) }, 'sender', senderEl) : null;
    return signedWithin(root, body, withSignature(sender, own(body)));
  });
}

function composeRole(chip: Element): ContactRole {
  let el = chip.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    const field = queryOne(el, COMPOSE_FIELD);
    if (!field) continue;
    const kind = `${attr(field, 'name') ?? ''} ${attr(field, 'aria-label') ?? ''}`.toLowerCase();
    return /\b(cc|bcc)\b/.test(kind) ? 'cc' : 'recipient';
  }
  return 'recipient';
}

function detectCompose(root: ParentNode): DetectedContact[] {
  return queryAll(root, COMPOSE_CHIP).flatMap((chip) => {
    const email = personEmail(chip);
    return email ? [makeContact({ name: personName(chip), email }, composeRole(chip), chip)] : [];
  });
}

/** The print view, told from the document's own address (mayHold has no URL); a cheap string test
 *  first, as mayHold runs on every element the page adds. */
const printedPage = (doc: Document) => doc.URL.includes('view=pt') && isPrintView(new URL(doc.URL));

function selfEmail(doc: Document, url: URL): string | null {
  const printed = isPrintView(url) && printViewSelf(doc);
  if (printed) return printed;
  const fromTitle = TITLE_SELF.exec(doc.title ?? '')?.[1];
  if (fromTitle) return validEmail(fromTitle);
  const label = attr(queryOne(doc, ACCOUNT_BUTTON), 'aria-label');
  const m = label ? /\(([^()\s]+@[^()\s]+)\)/.exec(label) : null;
  if (m?.[1]) return validEmail(m[1]);
  // Gmail calls the signed-in user "me" in headers and list rows.
  return validEmail(attr(queryOne(doc, SELF_PERSON), 'email') ?? '');
}

/** An open conversation's id: its heading's, else the token after the view in the address. */
function threadId(h2: Element | null, url: URL): string | null {
  const fromDom = attr(h2, 'data-legacy-thread-id') ?? attr(h2, 'data-thread-perm-id');
  if (fromDom) return fromDom;
  const last = url.hash.split('/').pop() ?? '';
  return /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : null;
}

/** A list row's own subject and conversation id (null when the row carries none). */
function rowContext(row: Element): Pick<PageContext, 'subject' | 'threadId'> {
  const legacy = attr(queryAll(row, ROW_LEGACY_THREAD)[0], 'data-legacy-thread-id');
  const id = legacy ?? attr(queryAll(row, ROW_THREAD)[0], 'data-thread-id')?.replace(/^#/, '') ?? null;
  return { subject: textOf(queryOne(row, ROW_SUBJECT), 300) || null, threadId: id || null };
}

/**
 * The subject heading of the conversation `anchor` is in: the nearest ancestor holding one. Gmail
 * keeps earlier views in the page, hidden, and shows a reading pane beside the list, so the
 * page's first heading may be another conversation's.
 */
function headingAbove(anchor: Element): Element | null {
  for (let el = anchor.parentElement; el; el = el.parentElement) {
    const h2 = queryOne(el, SUBJECT);
    if (h2) return h2;
  }
  return null;
}

/** Subject and thread of what `anchor` belongs to; without an anchor, of the open thread. */
function conversationOf(doc: Document, url: URL, anchor: Element | undefined): Pick<PageContext, 'subject' | 'threadId'> {
  if (!anchor) {
    const h2 = queryOne(doc, SUBJECT);
    return { subject: textOf(h2, 300) || null, threadId: threadId(h2, url) };
  }
  const row = closestOf(anchor, LIST_ROW);
  if (row) return rowContext(row);
  // A new message's recipients: the thread open behind the window is not theirs.
  if (closestOf(anchor, COMPOSE_WINDOW)) return { subject: null, threadId: null };
  const h2 = headingAbove(anchor);
  return { subject: textOf(h2, 300) || null, threadId: threadId(h2, url) };
}

/** Gmail's adapter but its reading of the page (gmailAdapterWith). */
const GMAIL: Omit<SiteAdapter, 'detect'> = {
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  context: (doc, url, anchor) => ({ ...conversationOf(doc, url, anchor), recordName: null, recordId: null, selfEmail: selfEmail(doc, url) }),
  selfEmail,
  // The print view has none of the app's markup: every element may hold someone there (else the
  // content script, reading the page in pieces as it loads, skipped them all; the CLI reads it whole).
  mayHold: (el) => el.matches(PEOPLE_HINT) || el.querySelector(PEOPLE_HINT) !== null || el.closest(MESSAGE) !== null || printedPage(el.ownerDocument),
  hasAnchors: (root) => !!queryOne(root, `${SUBJECT}, ${MESSAGE}, ${LIST_ROW}, ${COMPOSE_FIELD}`),
  messageText: (anchor) => messageTextOf(anchor, MESSAGE, BODY, LIST_ROW),
  listRow: LIST_ROW,
  messages: {
    item: `${MESSAGE}, ${LIST_ROW}`,
    from: `${THREAD_SENDER}, ${ROW_SENDER}`,
    date: SHOWN_DATE,
    subject: ROW_SUBJECT,
    snippet: `${BODY}, ${ROW_SNIPPET}`,
    showsSenders: (url) => !OWN_MAIL_VIEW.test(url.hash),
    threadIds: true,
  },
  compose: { window: COMPOSE, send: SEND, discard: DISCARD, recipients: COMPOSE_CHIP, subject: COMPOSE_SUBJECT, body: COMPOSE_BODY },
  parts: { message: MESSAGE, body: BODY, date: DATE, row: LIST_ROW },
};

/** Gmail's adapter, each message's own sign-off read by `own`: the CLI's is gmailAdapter
 *  (signatureOf); gmail.js's reads it with signature-kit.js (lib/content/webmail-script.ts). */
export const gmailAdapterWith = (own: OwnSignature): SiteAdapter => ({
  ...GMAIL,
  detect: (root) => {
    // Inside a list row (Gmail re-renders them all day) there are only the row's people.
    if ((root as Node).nodeType === 1 && closestOf(root as Element, LIST_ROW)) return safely([], () => detectPeople(root));
    // A body's signature completes its sender even when the header is outside root (signedWithin).
    return [
      ...within(root, safely([], () => detectPeople(root))),
      ...safely([], () => detectSignatures(root, own)),
      ...within(root, safely([], () => detectCompose(root))),
    ];
  },
});

export const gmailAdapter = /* @__PURE__ */ gmailAdapterWith(signatureOf);
