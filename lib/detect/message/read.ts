// The message around a person, on any page: its subject, its own newest text apart from quoted
// history and the signature, when it was sent, and its identity. A site's adapter says where its
// messages, bodies, dates and list rows are (SiteAdapter.parts); on pages no adapter knows (a
// rep's custom domain) the smallest container around the person that holds a message body is
// taken. Runs at click time, in the page's isolated world (loaded on the first click, see
// lib/content/actions-loader.ts) and in the classify CLI. Reads text only, never HTML.

import { todayLocal } from '../../dates/today';
import { closestOf, linesOf, queryAll, queryOne, textLength, textOf, type Line } from '../dom';
import { MAX_MESSAGE_TEXT } from '../mail-headers';
import { NOT_A_NAME, QUOTE_START, QUOTED, signOffStart } from '../signature';
import type { MessageContext, MessageParts } from '../types';
import { idInPage, idInUrl, idOfRow } from './identity';
import { paneBody } from './pane-body';
import { parseSentDate } from './sent-date';

/** Bodies of messages on pages no adapter knows: the markup webmails and mail archives use. */
const BODY_HINTS = [
  '[itemprop="articleBody"]',
  '[class*="message-body"]', '[class*="messageBody"]', '[class*="mail-body"]', '[class*="mailBody"]',
  '[class*="email-body"]', '[class*="msg-body"]', '[class*="mail-content"]', '[class*="mailContent"]',
  '[id*="messagebody"]', '[id*="messageBody"]', '[id*="mailContent"]', '[id*="mail-content"]',
].join(', ');
/** A container with this much text around the person holds a message (or a record's text). */
const ENOUGH_TEXT = 200;
/** Headings that can carry a message's subject. */
const HEADING = 'h1, h2, h3, [class*="subject"], [id*="subject"], [role="heading"]';
/** A header line that says when: "Date: …", "Sent: …", "日期：…", "时 间：…" (QQ Mail pads the
 *  label with a full-width space, U+3000), "发送时间：…". */
const DATE_LABEL = /^(date|sent|datum|envoyé|enviado)\b|^(日\s*期|时\s*间|發送時間|发送时间|发件时间)/i;
const LIST_ROW_SUBJECT = '[class*="subject"], [class*="Subject"]';
const MAX_LINES = 400;

export interface ReadOptions {
  /** Where the site shows messages (its adapter's parts); none on pages no adapter knows. */
  parts?: MessageParts;
  /** The subject the adapter already read for this person (its row's or conversation's). */
  subject?: string | null;
  /** The rep's today (YYYY-MM-DD), for dates the page writes as "Today" or "昨天"; default the
   *  runtime's. */
  today?: string;
}

interface Found {
  container: Element;
  body: Element;
  row: boolean;
  /** Found by the site's parts or a body's markup, not by the amount of text alone. */
  recognised: boolean;
}

/** Where the message around `anchor` is: the site's message and body, its list row, or the
 *  smallest container around it holding a body (or enough text to be one). */
function locate(anchor: Element, parts: MessageParts | undefined): Found | null {
  const row = parts?.row ? closestOf(anchor, parts.row) : null;
  if (row) return openBeside(row, parts) ?? { container: row, body: row, row: true, recognised: true };
  if (parts) {
    const message = closestOf(anchor, parts.message);
    const body = (message && queryOne(message, parts.body)) ?? closestOf(anchor, parts.body);
    if (body) return { container: message ?? body, body, row: false, recognised: true };
  }
  let depth = 0;
  for (let el = anchor.parentElement; el && depth < 25; el = el.parentElement, depth++) {
    const hint = queryOne(el, BODY_HINTS);
    if (hint) return { container: el, body: hint, row: false, recognised: true };
    if (el.tagName === 'BODY' || textLength(el, ENOUGH_TEXT) >= ENOUGH_TEXT) return { container: el, body: el, row: false, recognised: false };
  }
  return null;
}

/** The selected row's email where it is open: the site's reading pane (MessageParts.open). */
function openBeside(row: Element, parts: MessageParts | undefined): Found | null {
  if (!parts?.open || !row.matches(parts.open.selected)) return null;
  const listRow = parts.row;
  const pane = queryAll(row.ownerDocument, parts.open.pane).find((p) => !p.contains(row) && !(listRow && queryOne(p, listRow)));
  const body = pane ? paneBody(pane, parts.open.body ?? parts.body, parts.open.header, HEADING) : null;
  // The pane is the container: it holds the open email's heading and header (its date) even
  // where the body's own wrapper does not.
  return pane && body ? { container: pane, body, row: false, recognised: true } : null;
}

/** A header line ("From: Eve", "发件人：王磊"): at the top of a body, the message's own header. */
const HEADER_LINE = /^[\p{L}\s]{1,24}[:：]/u;

/** Index of the first line of quoted history: inside a quote element, a "> " line, or a quote
 *  header ("On … wrote:", "-----原始邮件-----", "From: …") after the message's own first words. */
function quoteStart(lines: readonly Line[], body: Element, quoted: string): number {
  let ownText = false;
  for (let i = 0; i < lines.length; i++) {
    const { el, text } = lines[i]!;
    const q = closestOf(el, quoted);
    if ((q !== null && q !== body && body.contains(q)) || text.startsWith('>')) return i;
    if (ownText && QUOTE_START.test(text)) return i;
    ownText ||= !HEADER_LINE.test(text);
  }
  return lines.length;
}

const joined = (lines: readonly Line[]) => lines.map((l) => l.text).join('\n').slice(0, MAX_MESSAGE_TEXT) || null;

/** Own text, quoted history and signature of a body. */
function split(body: Element, parts: MessageParts | undefined): Pick<MessageContext, 'body' | 'quoted' | 'signature'> {
  const lines = linesOf(body).slice(0, MAX_LINES);
  const quoted = parts?.quoted ? `${QUOTED}, ${parts.quoted}` : QUOTED;
  const cut = quoteStart(lines, body, quoted);
  const own = lines.slice(0, cut);
  let sig = signOffStart(own);
  // "Sent from my iPhone" alone, after the text, is a signature of its own.
  if (sig < 0) sig = own.findIndex((l, i) => i > 0 && NOT_A_NAME.test(l.text));
  if (sig < 0) sig = own.length;
  return { body: joined(own.slice(0, sig)), quoted: joined(lines.slice(cut)), signature: joined(own.slice(sig)) };
}

interface DateReading {
  today: string | undefined;
  /** 12/4/2026 is December 4th on an American page (or one that names no language). */
  monthFirst: boolean;
}

function dateOf(el: Element, { today, monthFirst }: DateReading): string | null {
  for (const text of [el.getAttribute('datetime'), el.getAttribute('title'), textOf(el, 200)]) {
    const date = parseSentDate(text, today, monthFirst);
    if (date) return date;
  }
  return null;
}

/** The sent date: where the site shows it, a <time> or a dated title in the header, else a
 *  "Date:" line of the header (never a date in the body or the quoted history). */
function sentDateOf(found: Found, parts: MessageParts | undefined, reading: DateReading): string | null {
  const { container, body } = found;
  const outside = (el: Element) => found.row || !body.contains(el) || body === container;
  const marked = parts?.date ? queryAll(container, parts.date) : [];
  // The site's date element may sit beside the message (Roundcube's header above its body frame).
  const candidates = marked.length ? marked : parts?.date ? queryAll(container.ownerDocument, parts.date).slice(0, 1) : [];
  for (const el of [...candidates, ...queryAll(container, 'time[datetime], [title]').filter(outside).slice(0, 40)]) {
    const date = dateOf(el, reading);
    if (date) return date;
  }
  const header = linesOf(container, { maxNodes: 2_000, maxChars: 20_000 }).filter((l) => outside(l.el) && !(body !== container && body.contains(l.el)));
  const lines = header.slice(0, 60);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!found.row && !DATE_LABEL.test(text)) continue;
    // The label alone on its line (a header table's cell): the date is on the next one.
    const rest = text.replace(DATE_LABEL, '').replace(/^\s*[:：]?\s*/, '');
    const date = parseSentDate(rest || lines[i + 1]?.text, reading.today, reading.monthFirst);
    if (date) return date;
  }
  return null;
}

/** "Re: Pallet racking quote – Webmail" → "Re: Pallet racking quote"; "(3) Inbox" → "Inbox". */
export function subjectFromTitle(title: string): string | null {
  const parts = title.replace(/^\(\d+\)\s*/, '').split(/\s+[-–—|·]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1 && parts[parts.length - 1]!.length <= 30) parts.pop();
  return parts.join(' – ').slice(0, 300) || null;
}

function subjectOf(anchor: Element, found: Found | null, doc: Document, given: string | null | undefined): string | null {
  if (given) return given;
  // The innermost subject element of the row (Roundcube's subject cell also holds sender and date).
  if (found?.row) return textOf(queryAll(found.container, LIST_ROW_SUBJECT).pop(), 300) || null;
  const inside = found ? textOf(queryOne(found.container, HEADING), 300) : '';
  if (inside) return inside;
  let depth = 0;
  for (let el = anchor.parentElement; el && depth < 25; el = el.parentElement, depth++) {
    const heading = textOf(queryOne(el, HEADING), 300);
    if (heading) return heading;
  }
  return subjectFromTitle(doc.title ?? '');
}

/** Everything the page says about the message around `anchor` (see MessageContext). Never throws. */
export function readMessage(anchor: Element, doc: Document, url: URL, options: ReadOptions = {}): MessageContext {
  const { parts } = options;
  const today = options.today ?? safe(undefined, () => todayLocal());
  let found: Found | null = null;
  try {
    found = locate(anchor, parts);
  } catch {
    found = null;
  }
  const subject = safe(null, () => subjectOf(anchor, found, doc, options.subject));
  if (!found) return { subject, body: null, quoted: null, signature: null, sentDate: null, messageId: safe(null, () => idInUrl(url)), container: null, recognised: false };
  const text = found.row ? { body: textOf(found.body, MAX_MESSAGE_TEXT) || null, quoted: null, signature: null } : safe({ body: null, quoted: null, signature: null }, () => split(found.body, parts));
  // A list row's email is the row's, never the one open beside it (the address names that one).
  const messageId = safe(null, () => (found.row ? idOfRow(found.container, url) : idInUrl(url) ?? idInPage(found.container, textOf(found.container, 3_000))));
  return { subject, ...text, sentDate: safe(null, () => sentDateOf(found, parts, { today, monthFirst: /^(en-us|en)?$/i.test(doc.documentElement?.getAttribute('lang') ?? '') })), messageId, container: found.container, recognised: found.recognised };
}

function safe<T>(fallback: T, read: () => T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
