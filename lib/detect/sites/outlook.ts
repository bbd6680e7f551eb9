// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): reading pane
// sender, To, Cc and signature. OWA's CSS classes are hashed per build; its aria-labels
// ("From: …", "To: …", "Cc: …", "Message body", "Email message") and data-app-section
// attributes are what screen readers and Microsoft's own tests rely on, so they lead.

import { makeContact, safely } from '../contact';
import { attr, closestOf, queryAll, queryOne, textOf } from '../dom';
import { findEmails, splitNameAndEmail, validEmail } from '../email-scan';
import { MAX_MESSAGE_TEXT, messageTextOf, roleFromAriaLabel, signedWithin, withSignature, within, type OwnSignature } from '../mail-headers';
import { withoutLeadingLabel } from '../labels';
import { paneBody } from '../message/pane-body';
import { normaliseName } from '../normalize';
import { signatureOf } from '../signature';
import type { ContactRole, DetectedContact, ExampleUrls, SiteAdapter } from '../types';

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

/** One message in the reading pane: the element whose child is the message's document (its
 *  body's wrapper, role="document") — structure, the same in every UI language ("Email message",
 *  "电子邮件", "E-Mail-Nachricht" label it); aria-label "Email message" (2021+); older builds wrap
 *  each item in div.wide-content-host. Builds that label neither (outlook.live.com's consumer
 *  build, some office365 ones) still rewrite the mail's HTML into an rps_ wrapper: a container
 *  of one is a message candidate, and the innermost one naming a sender is the message. */
const MESSAGE = 'div[aria-label="Email message"], div.wide-content-host, div:has(> [role="document"]), div:has([class^="rps_"])';
/** The sender line: aria-label "From: Name" (2021+), persona span.OZZZK (2022 build), and
 *  [data-testid="SenderPersona"] (2024 builds). */
const FROM = '[aria-label^="From:"], [aria-label^="发件人"], [data-testid="SenderPersona"], span.OZZZK';
/** Recipient wells: aria-label "To: Alex Rep; Dana …" / "Cc: …" (and the zh-CN UI's 收件人 / 抄送). */
const RECIPIENT_LINES = '[aria-label^="To:"], [aria-label^="Cc:"], [aria-label^="Bcc:"], [aria-label^="收件人"], [aria-label^="抄送"]';
/** A single person inside a recipient well: a persona with the address in title (2021+) or in
 *  aria-label; failing that the well's text "Name <address>; …" is split. */
const RECIPIENT_PERSON = '[title*="@"], [aria-label*="@"]';
/** The rendered message body: aria-label "Message body"; ids UniqueMessageBody_N; unlabelled,
 *  OWA's .allowTextSelection wrapper, else the rewritten mail's own rps_ wrapper (its elements
 *  carry x_-prefixed classes). */
const BODY = '[aria-label="Message body"], [aria-label="邮件正文"], div[id^="UniqueMessageBody"], div.allowTextSelection, [class^="rps_"]';
/** When a message was sent: the header's time (2024 builds' test id; older ones carry the full
 *  date in a `title` the reader finds anyway). */
const DATE = '[data-testid="SentReceivedSavedTime"]';
/** Conversation subject: the reading pane's level-2 heading (a view without these ids leaves it
 *  to the message reader, which takes the heading nearest above the message); outlook.live.com's
 *  is a role="heading" span with the subject in its title and no level. */
const SUBJECT = '[data-app-section="ConversationContainer"] [role="heading"][aria-level="2"], #ReadingPaneContainerId [role="heading"][aria-level="2"], [role="main"] [role="heading"][aria-level="2"], span[data-testid="message-subject"], span[role="heading"][title]';
/** The selected conversation in the list carries the conversation id. */
const SELECTED_CONVERSATION = '[role="option"][aria-selected="true"][data-convid], [data-convid][aria-selected="true"]';
/** A conversation in the message list, with its own id (or, on builds without it, an option of
 *  the list box): a person shown in it belongs to it — its sender — not to the conversation
 *  open in the reading pane. */
const LIST_ROW = '[role="option"][data-convid], [role="listbox"] [role="option"]';
/** The reading pane beside the list (labelled "Reading Pane" in the consumer build, the main
 *  landmark or #ReadingPaneContainerId in others); the first one that does not hold the list. */
const READING_PANE = '[aria-label="Reading Pane"], [aria-label="Reading pane"], [aria-label="阅读窗格"], #ReadingPaneContainerId, [role="main"]';
/** The list row whose email is the one open in the pane (selected, or marked current). */
const SELECTED_ROW = '[aria-selected="true"], [aria-current="true"], [aria-current="page"]';
/** The open email's body in the pane, in tiers: the site's body markers, else the document the
 *  mail is rendered in (a build whose classes are gone still keeps role="document", but it also
 *  holds the sender's card and the time, so it comes second). */
const PANE_BODY = [BODY, '[role="document"]'] as const;
/** The open email's header in the pane (sender's card, To / Cc, time): never its body. */
const PANE_HEADER = `button, [role="button"], ${FROM}, ${RECIPIENT_LINES}, ${DATE}`;
/** A heading in the pane when the subject's known markers are gone (a drifted build). */
const PANE_HEADING = '[role="heading"], h1, h2';
/** The signed-in mailbox: the folder tree root (title / data-folder-name hold the address; a build
 *  with neither id nor data attribute still has it as the navigation tree's first top-level item)
 *  and the account manager's secondary line. A root without the primary mailbox's id counts only
 *  alone: a shared mailbox the rep opened is listed beside (often above) the rep's own. */
const SELF = '[id^="primaryMailboxRoot_"], [data-folder-name*="@"], nav [role="treeitem"][aria-level="1"][title*="@"], #mectrl_currentAccount_secondary';
/** The account manager's button ("Account manager for <name>", "<name> 的帐户管理器"); a build
 *  without its id: a banner element labelled for the account in zh-TW ("帳戶管理員: 林 志明"),
 *  never another of its buttons ("Settings for …"). Other languages' id-less builds name the
 *  account in the title (outlook.js's budget left room for one language's word here). */
const ACCOUNT_BUTTON = '#mectrl_main_trigger, [role=banner] [aria-label*=帳戶]';

/** Follow-ups: a message's date — the header's time element (DATE), else a header line whose
 *  title holds the full date (older builds). The first that reads as a date counts. */
const SHOWN_DATE = `${DATE}, [title]`;
/** Compose (a new message or an inline reply): Send / Discard buttons (en, zh-CN), the To and Cc
 *  wells' personas, the subject field, the body. */
const COMPOSE = 'div[data-app-section="Form_Content"], div[aria-label="New message"], div[aria-label="Reply"], form';
const SEND = 'button[aria-label="Send"], button[title^="Send"], button[aria-label="发送"]';
const DISCARD = 'button[aria-label="Discard"], button[title^="Discard"], button[aria-label="放弃"]';
const COMPOSE_RECIPIENTS = '[aria-label="To"] [title*="@"], [aria-label="Cc"] [title*="@"], [aria-label="收件人"] [title*="@"], [aria-label="抄送"] [title*="@"]';
const COMPOSE_SUBJECT = 'input[aria-label="Add a subject"], input[aria-label="Subject"], input[aria-label="添加主题"]';
const COMPOSE_BODY = 'div[contenteditable="true"][role="textbox"]';
/** Views listing the rep's own messages by recipient. */
const OWN_MAIL_VIEW = /\/mail\/(\d+\/)?(sentitems|drafts|outbox)\b/i;

export const EXAMPLE_URLS: ExampleUrls = {
  match: [
    'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D',
    'https://outlook.office365.com/mail/',
    'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAAAA',
  ],
  noMatch: ['https://outlook.com/', 'https://www.office.com/', 'https://outlook.office.com.example.net/mail/'],
};

function personFromText(text: string): { name: string | null; email: string | null } {
  const { name, email } = splitNameAndEmail(text);
  return { name: name && !/^(from|to|cc|bcc)\s*:?$/i.test(name) ? name : null, email };
}

function senderOf(message: ParentNode): DetectedContact | null {
  const el = queryOne(message, FROM);
  if (!el) return null;
  const fromText = personFromText(textOf(el, 300));
  // Without its label in any language ("From:", "发件人", "寄件者:": ../labels.ts).
  const label = withoutLeadingLabel(attr(el, 'aria-label') ?? '');
  // The address in the line's title, else a persona's inside it (zh-CN: <span>周婷</span><span title="…@…">).
  const email = fromText.email ?? validEmail(attr(el, 'title') ?? attr(queryOne(el, '[title*="@"]'), 'title') ?? '') ?? findEmails(label, 1)[0]?.email ?? null;
  const name = fromText.name ?? (personFromText(label).name || null);
  return email || name ? makeContact({ name, email }, 'sender', el) : null;
}

/** An empty persona's name: its wrapper's text when the wrapper holds it alone (the zh-CN well's
 *  <span><span>周婷</span><span title="zhou.ting@…"></span>；</span>, without the "；" before the next person). */
function nameBeside(persona: Element, line?: Element): string | null {
  // The nearest wrapper with text, up to three levels (a build may wrap the empty span again).
  let wrapper = persona.parentElement;
  for (let up = 0; wrapper && wrapper !== line && up < 3 && queryAll(wrapper, RECIPIENT_PERSON).length < 2; up++, wrapper = wrapper.parentElement) {
    const text = textOf(wrapper, 200);
    if (text) return personFromText(text.replace(/[;；]\s*$/, '')).name;
  }
  return null;
}

function recipientsOf(line: Element, role: ContactRole): DetectedContact[] {
  const persons = queryAll(line, RECIPIENT_PERSON).filter((p) => p !== line);
  if (persons.length) {
    return persons.map((p) => {
      const email = validEmail(attr(p, 'title') ?? '') ?? findEmails(attr(p, 'aria-label') ?? '', 1)[0]?.email ?? null;
      return makeContact({ name: personFromText(textOf(p, 200)).name ?? nameBeside(p, line), email }, role, p);
    });
  }
  // No persona elements: "To: Alex Rep <alex@…>; Dana Okafor <dana@…>" as text.
  const text = withoutLeadingLabel(textOf(line, 2000));
  return text.split(/[;；]/).map(personFromText).filter((p) => p.email || p.name).map((p) => makeContact(p, role, line));
}

/** The message around `el`: the nearest container naming a sender (a body is itself an rps_
 *  container's ancestor-or-self, not the message), else the nearest one. */
function messageAround(el: Element): Element | null {
  const first = closestOf(el, MESSAGE);
  for (let m = first; m; m = m.parentElement && closestOf(m.parentElement, MESSAGE)) if (queryOne(m, FROM)) return m;
  return first;
}

function detectMessages(root: ParentNode, own: OwnSignature): DetectedContact[] {
  const above = (root as Node).nodeType === 1 ? messageAround(root as Element) : null;
  const all = above ? [] : queryAll(root, MESSAGE);
  // One message is the innermost container that names its sender: an old-style wrapper may hold
  // a new-style message element, and a conversation's parent of several role="document"
  // messages matches MESSAGE too. With no sender line anywhere, the outermost containers.
  const named = all.filter((m) => queryOne(m, FROM));
  const messages = above
    ? [above]
    : named.length
      ? named.filter((m) => !named.some((o) => o !== m && m.contains(o)))
      : all.filter((m) => !m.parentElement || !closestOf(m.parentElement, MESSAGE));
  return messages.flatMap((message) => {
    const recipients = queryAll(message, RECIPIENT_LINES).flatMap((line) => recipientsOf(line, roleFromAriaLabel(attr(line, 'aria-label')) ?? 'recipient'));
    const body = queryOne(message, BODY);
    const sender = withSignature(senderOf(message), body ? own(body) : null);
    // A body's signature completes its sender even when the header is outside root (signedWithin).
    return [...(body ? signedWithin(root, body, sender) : within(root, sender)), ...within(root, recipients)];
  });
}

function subjectOf(doc: Document): string | null {
  const el = queryOne(doc, SUBJECT);
  return textOf(el, 300) || attr(el, 'title')?.slice(0, 300) || null;
}

/** The pane showing the email of a selected list row, with its body; null for any other row. */
function openPane(row: Element): { pane: Element; body: Element } | null {
  if (!row.matches(SELECTED_ROW)) return null;
  const pane = queryAll(row.ownerDocument, READING_PANE).find((p) => !p.contains(row) && !queryOne(p, LIST_ROW));
  // A build that marks no body: the pane's largest text block under the subject, not the header.
  const body = pane ? paneBody(pane, PANE_BODY, PANE_HEADER, PANE_HEADING) : null;
  return pane && body ? { pane, body } : null;
}

/** The open email's subject: the pane's subject marker, else its first heading — never the row's. */
function paneSubject(pane: Element): string | null {
  for (const el of [queryOne(pane, SUBJECT), queryOne(pane, PANE_HEADING)]) {
    const text = textOf(el, 300) || attr(el, 'title')?.slice(0, 300);
    if (text) return text;
  }
  return null;
}

function selfEmail(doc: Document): string | null {
  for (const el of queryAll(doc, SELF).filter((el, _, all) => el.id || !all[1])) {
    const email = validEmail(attr(el, 'data-folder-name') ?? '') ?? validEmail(attr(el, 'title') ?? '') ?? findEmails(textOf(el, 200), 1)[0]?.email;
    if (email) return email;
  }
  // Outlook.com and the 2025 header name the account only by name: the button "Account manager
  // for Priya Raman" (a build without its id: the title, "Mail - Priya Raman - Outlook" in every
  // language). The address the page writes with that name ("To: Priya Raman <priya@…>", a
  // persona "Raman, Priya") is the account's.
  const labels = [...queryAll(doc, ACCOUNT_BUTTON).map((b) => attr(b, 'aria-label')), /^[^-]+ - (.+) - Outlook$/.exec(doc.title)?.[1]].filter((l) => !!l) as string[];
  const name = labels[0]?.split(/ (?:for|für|pour|para|per|voor) /).pop();
  const written = name && findEmails(textOf(doc.body, 20_000).split(`${name} <`)[1] ?? '', 1)[0]?.email;
  return written || personaNamed(doc, labels);
}

/** A name compared as written anywhere: case, spacing and accents aside, "Raman, Priya" as
 *  "Priya Raman". */
const plainName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^([^,]+),\s*(.+)$/, '$2 $1').replace(/\s+/g, ' ').trim();

/** The address of a persona whose name is words of a label that names the account, in any
 *  language ("Gestor de contas de Inês Carvalho", "周 思远 的帐户管理器"), read without its meeting
 *  response ("Inês Carvalho ✓ Aceite"). A name of one word never matches. The labels in order:
 *  the account button's before the title's name — a shared mailbox open in its own tab puts its
 *  own name in the title ("郵件 - 業務部 - Outlook"). */
function personaNamed(doc: Document, labels: string[]): string | null {
  for (const label of labels) {
    for (const el of queryAll(doc, RECIPIENT_PERSON).slice(0, 300)) {
      const name = plainName(normaliseName(textOf(el, 200) || nameBeside(el)) ?? '');
      if (/\S \S|\p{Script=Han}{2}/u.test(name) && ` ${plainName(label)} `.includes(` ${name} `)) return validEmail(attr(el, 'title') ?? '') ?? findEmails(attr(el, 'aria-label') ?? '', 1)[0]?.email ?? null;
    }
  }
  return null;
}

function threadId(doc: Document, url: URL): string | null {
  const fromList = attr(queryOne(doc, SELECTED_CONVERSATION), 'data-convid');
  if (fromList) return fromList;
  const m = /\/id\/([^/?#]+)/.exec(url.pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** Outlook's adapter but its reading of the page (outlookAdapterWith). */
const OUTLOOK: Omit<SiteAdapter, 'detect'> = {
  id: 'outlook',
  matches: (url) => HOSTS.has(url.hostname),
  context: (doc, url, anchor) => {
    const row = anchor ? closestOf(anchor, LIST_ROW) : null;
    // The selected row's email is the one open in the reading pane: its subject is the pane's.
    // Another row's subject has no stable marker (its text reaches the classifier as the message text).
    const open = row ? openPane(row) : null;
    const conversation = row
      ? { subject: open ? paneSubject(open.pane) : null, threadId: attr(row, 'data-convid') ?? (open ? threadId(doc, url) : null) }
      : { subject: subjectOf(doc), threadId: threadId(doc, url) };
    return { ...conversation, recordName: null, recordId: null, selfEmail: selfEmail(doc) };
  },
  selfEmail,
  hasAnchors: (root) => !!queryOne(root, `${MESSAGE}, ${FROM}`),
  // The selected row reads the open message, never the list's sender, subject, preview and time.
  messageText: (anchor) => {
    const row = closestOf(anchor, LIST_ROW);
    const open = row ? openPane(row) : null;
    return open ? textOf(open.body, MAX_MESSAGE_TEXT) || null : messageTextOf(anchor, MESSAGE, BODY, LIST_ROW);
  },
  listRow: LIST_ROW,
  // Reading-pane messages only: OWA's list rows name the sender but show no address.
  messages: { item: MESSAGE, from: FROM, date: SHOWN_DATE, snippet: BODY, showsSenders: (url) => !OWN_MAIL_VIEW.test(url.pathname), threadIds: true },
  compose: { window: COMPOSE, send: SEND, discard: DISCARD, recipients: COMPOSE_RECIPIENTS, subject: COMPOSE_SUBJECT, body: COMPOSE_BODY },
  parts: { message: MESSAGE, body: BODY, date: DATE, row: LIST_ROW, open: { pane: READING_PANE, selected: SELECTED_ROW, body: PANE_BODY, header: PANE_HEADER } },
};

/** Outlook's adapter, each message's own sign-off read by `own`: the CLI's is outlookAdapter
 *  (signatureOf); outlook.js's reads it with signature-kit.js (lib/content/webmail-script.ts). */
export const outlookAdapterWith = (own: OwnSignature): SiteAdapter => ({ ...OUTLOOK, detect: (root) => safely([], () => detectMessages(root, own)) });

export const outlookAdapter = /* @__PURE__ */ outlookAdapterWith(signatureOf);
