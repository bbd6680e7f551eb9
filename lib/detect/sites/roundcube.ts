// Roundcube (1.5–1.6, Elastic and Larry skins): the webmail many companies host themselves, so it
// is recognised by its page, on whatever domain the rep enables — never by a host. Its markup is
// stable across skins where it matters: people are `.rcmContactAddress` elements carrying the
// address in `title` (and `mailto:` on links), header cells are classed by field (`td.header.from`,
// `.to`, `.cc`), the list is `#messagelist`, the body `#messagebody`; the signed-in account is
// the `username` of the page's `rcmail.set_env({...})` and the compose window's From identity.

import { makeContact, safely } from '../contact';
import { attr, closestOf, queryAll, queryOne, textOf } from '../dom';
import { findEmails, splitNameAndEmail, validEmail } from '../email-scan';
import { messageTextOf } from '../mail-headers';
import type { ContactRole, DetectedContact, ExampleUrls, PageContext, SiteAdapter } from '../types';

/** What only a Roundcube page has: its body classes by task and one of its views' landmarks. */
const TASK_BODY = 'body[class*="task-mail"], body[class*="task-addressbook"]';
/** A message view in its own frame (Larry's preview, some plugins) has no task classes on its
 *  body, but its links still call the app's `rcmail` object. */
const RCMAIL_HOOK = '.rcmContactAddress[onclick*="rcmail."], a[onclick*="rcmail.command"]';
const LANDMARKS = '#messagelist, #messagebody, #message-header, .rcmContactAddress, #compose-headers, #mailview-top';
/** A person: the contact address element, title = address (header links, list senders). */
const PERSON = '.rcmContactAddress[title], .adr [title*="@"]';
/** Header cells are classed by field; a person's role is their cell's class. */
const HEADER_CELL = 'td.header, .header-headers td, .header-summary';
/** Compose recipients: one `li.recipient` per address in the To / Cc / Bcc rows. */
const COMPOSE_RECIPIENT = 'ul.recipient-input li.recipient';
const COMPOSE_ROW = '#compose_to, #compose_cc, #compose_bcc, #compose-cc, #compose-bcc';
const COMPOSE_FROM = 'select#_from option[selected], select#_from option';
const LIST_ROW = '#messagelist tr';
const SUBJECT = '#message-header h2.subject, h2.subject, .subject h2';
const BODY = '#messagebody, .rcmBody';
const MESSAGE = '#mainscreencontent, #layout-content, body';
/** Follow-ups (issue 16): a list row or the open message's header; its sender, date, subject. */
const MESSAGE_ITEM = '#messagelist tr.message, #message-header';
/** The sender only: the summary line and the From cell of a header, a row's from/to column. */
const ITEM_FROM = '.header-summary [title*="@"], td.from [title*="@"], span.fromto [title*="@"]';
const ITEM_DATE = 'span.date, td.date, td.header.date, .header-summary .text-nowrap';
const ITEM_SUBJECT = 'span.subject a, td.subject a';
/** Compose is a page of its own (?_action=compose): Send, Cancel/Delete, subject, body. */
const COMPOSE = '#compose-content, form[name="form"], #layout-content';
const SEND = 'button.send, a.send, #rcmbtn-send';
const DISCARD = 'a.delete, button.delete, a.cancel, button.cancel, #rcmbtn-cancel';
const COMPOSE_SUBJECT = '#compose-subject, input[name="_subject"]';
const COMPOSE_BODY = '#composebody, textarea[name="_message"]';
/** When it was sent: the Elastic summary's full date ("on 2026-12-03 21:12"), else the Date row
 *  (which shows "Thu 21:12" or "Today 10:14" for recent mail), and a list row's date. */
const DATE = '.header-summary .text-nowrap, td.header.date, #messagelist span.date';

/** The page's script hands Roundcube its environment, the signed-in account among it. */
const ENV_USERNAME = /"username"\s*:\s*"([^"\\]{3,254})"/;

export const EXAMPLE_URLS: ExampleUrls = {
  // Recognised by the page: any host, once the rep enabled it (these are only examples).
  match: ['https://webmail.acme-sales.example/?_task=mail&_action=show&_uid=8&_mbox=INBOX', 'http://127.0.0.1:8080/?_task=mail&_mbox=INBOX'],
  noMatch: ['https://mail.google.com/mail/u/0/#inbox', 'https://outlook.office.com/mail/'],
};

function roleOfCell(el: Element): ContactRole | null {
  const cell = closestOf(el, HEADER_CELL);
  const kind = cell?.getAttribute('class') ?? '';
  if (/\bfrom\b|header-summary/.test(kind)) return 'sender';
  if (/\b(cc|bcc)\b/.test(kind)) return 'cc';
  if (/\b(to|replyto|reply-to)\b/.test(kind)) return 'recipient';
  return null;
}

function nameOf(el: Element, email: string): string | null {
  const text = textOf(el, 160);
  if (!text || validEmail(text) === email) return null;
  return splitNameAndEmail(text).name;
}

/** In the Sent folder the list's people column shows recipients, elsewhere senders. */
function listRole(url: URL): ContactRole {
  return /sent/i.test(url.searchParams.get('_mbox') ?? '') ? 'recipient' : 'sender';
}

function detectPeople(root: ParentNode, url: URL): DetectedContact[] {
  return queryAll(root, PERSON).flatMap((el) => {
    const email = validEmail(attr(el, 'title') ?? '') ?? findEmails(attr(el, 'title') ?? '', 1)[0]?.email ?? null;
    if (!email) return [];
    const role = closestOf(el, LIST_ROW) ? listRole(url) : roleOfCell(el) ?? 'mentioned';
    return [makeContact({ email, name: nameOf(el, email) }, role, el)];
  });
}

/** A chip's person: its title is the recipient as typed ('"Zhou, Ming" <addr>'); without one, its
 *  name and address spans — Elastic writes the address as ' <addr>,' and a quoted name with its
 *  quote marks, which are the chip's punctuation, not the person's name. */
function chipPerson(chip: Element): { name: string | null; email: string | null } {
  const titled = splitNameAndEmail(attr(chip, 'title') ?? '');
  if (titled.email) return titled;
  const address = findEmails(textOf(queryOne(chip, '.email'), 254), 1)[0]?.email ?? null;
  return { name: textOf(queryOne(chip, '.name'), 120).replace(/^["'\s]+|["'\s]+$/g, '') || null, email: address };
}

function detectCompose(root: ParentNode): DetectedContact[] {
  return queryAll(root, COMPOSE_RECIPIENT).flatMap((chip) => {
    const { name, email } = chipPerson(chip);
    if (!email) return [];
    const row = closestOf(chip, COMPOSE_ROW);
    return [makeContact({ email, name }, row && /cc/.test(row.id) ? 'cc' : 'recipient', chip)];
  });
}

function selfEmail(doc: Document): string | null {
  for (const script of queryAll(doc, 'script:not([src])').slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > 300_000 || !text.includes('"username"')) continue;
    const m = ENV_USERNAME.exec(text);
    const email = m?.[1] ? validEmail(m[1]) : null;
    if (email) return email;
  }
  // Compose: the From select lists the rep's identities.
  return splitNameAndEmail(textOf(queryOne(doc, COMPOSE_FROM), 300)).email;
}

function subjectOf(doc: Document): string | null {
  const heading = queryOne(doc, SUBJECT);
  if (!heading) return null;
  // The heading starts with a screen-reader-only "Subject:" and ends with a button's label.
  const voice = textOf(queryOne(heading, '.voice'), 40);
  const button = textOf(queryOne(heading, 'a'), 60);
  let text = textOf(heading, 400);
  if (voice && text.startsWith(voice)) text = text.slice(voice.length);
  if (button && text.endsWith(button)) text = text.slice(0, -button.length);
  return text.trim() || null;
}

/** The message's identity: its mailbox and UID (a thread id Roundcube has only in thread mode). */
function threadId(url: URL): string | null {
  const uid = url.searchParams.get('_uid');
  return uid ? `${url.searchParams.get('_mbox') ?? 'INBOX'}/${uid}` : null;
}

export const roundcubeAdapter: SiteAdapter = {
  id: 'roundcube',
  matches: () => false,
  recognises: (doc) => queryOne(doc, LANDMARKS) !== null && (queryOne(doc, TASK_BODY) !== null || queryOne(doc, RCMAIL_HOOK) !== null),
  detect: (root, url) => [...safely([], () => detectPeople(root, url)), ...safely([], () => detectCompose(root))],
  // A list row's own email (its subject, the UID its link opens) is read by the message reader
  // (lib/detect/message): never the message the address or the preview pane shows.
  context: (doc, url, anchor): PageContext => {
    const inRow = anchor ? closestOf(anchor, LIST_ROW) !== null : false;
    return { subject: inRow ? null : subjectOf(doc), threadId: inRow ? null : threadId(url), recordName: null, recordId: null, selfEmail: selfEmail(doc) };
  },
  hasAnchors: (root) => !!queryOne(root, `${LIST_ROW}, ${BODY}, ${SUBJECT}`),
  messageText: (anchor) => messageTextOf(anchor, MESSAGE, BODY, LIST_ROW),
  listRow: LIST_ROW,
  // A UID names one message, so replies are linked by subject; the Sent folder lists recipients.
  messages: { item: MESSAGE_ITEM, from: ITEM_FROM, date: ITEM_DATE, subject: ITEM_SUBJECT, snippet: BODY, showsSenders: (url) => listRole(url) === 'sender', threadIds: false },
  compose: { window: COMPOSE, send: SEND, discard: DISCARD, recipients: COMPOSE_RECIPIENT, subject: COMPOSE_SUBJECT, body: COMPOSE_BODY, isPage: true },
  parts: { message: MESSAGE, body: BODY, date: DATE, row: LIST_ROW },
};
