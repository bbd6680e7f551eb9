// Reads the messages a page shows — an open thread's messages, a list's rows — with the selectors
// of the site's adapter (MessageMarks), into what reply matching compares. The adapter's
// context() says which conversation an element belongs to (its row's, or the thread it sits in).
import { readShownDate } from '../dates/shown-date';
import { findEmails, validEmail } from '../detect/email-scan';
import type { MessageMarks, PageContext } from '../detect/types';
import type { ShownMessage } from './reply-match';

/** Attributes sites put a person's address in, most specific first. */
const ADDRESS_ATTRIBUTES = ['email', 'data-hovercard-id', 'title', 'aria-label', 'href'];
/** Most items one pass reads: a rescan of a 5,000-row inbox looks at the first rows only (a
 *  screenful is 50–100; the rest are read as the site renders them again). */
const MAX_ITEMS = 200;
const SNIPPET_CHARS = 300;

/** The address an element shows: in one of its attributes, else in its text. */
export function addressIn(el: Element): string | null {
  for (const name of ADDRESS_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (!value?.includes('@')) continue;
    const email = validEmail(value.replace(/^mailto:/i, '')) ?? findEmails(value, 1)[0]?.email;
    if (email) return email;
  }
  return findEmails((el.textContent ?? '').slice(0, 300), 1)[0]?.email ?? null;
}

/** The items in (or around) each root: an item added whole, items inside a root, or the item a
 *  changed part of a message belongs to. Each once, in document order per root, at most
 *  MAX_ITEMS: the cap stops the walk (a scan of a 5,000-row inbox used to look inside every row
 *  before keeping the first 200, ~20-30 ms in one task). */
export function itemsIn(roots: readonly ParentNode[], marks: MessageMarks): Element[] {
  const seen = new Set<Element>();
  const items: Element[] = [];
  const take = (item: Element) => {
    if (seen.has(item)) return;
    seen.add(item);
    // An item that holds others naming their senders (Outlook wraps a conversation's messages in
    // an element its older builds mark as one message) is not read: its sender and date would be
    // two messages' mixed. One that holds only a sender-less candidate (a body's rewritten-mail
    // wrapper on builds that label nothing) is the message.
    if (!item.querySelector(marks.item) || (names(item) && ![...item.querySelectorAll(marks.item)].some(names))) items.push(item);
  };
  const names = (el: Element) => !!el.querySelector(marks.from);
  /** The item a changed part belongs to: the nearest one naming a sender, else the nearest. */
  const aroundOf = (el: Element) => {
    const first = el.closest(marks.item);
    for (let item = first; item; item = item.parentElement?.closest(marks.item) ?? null) if (names(item)) return item;
    return first;
  };
  for (const root of roots) {
    const around = (root as Node).nodeType === 1 ? aroundOf(root as Element) : null;
    if (around) take(around);
    else {
      for (const item of root.querySelectorAll(marks.item)) {
        take(item);
        if (items.length >= MAX_ITEMS) break;
      }
    }
    if (items.length >= MAX_ITEMS) break;
  }
  return items;
}

/** The date shown in an item: the first candidate whose title, then text, reads as a date. */
function dateCandidates(item: Element, marks: MessageMarks): string[] {
  const texts: string[] = [];
  for (const el of [...item.querySelectorAll(marks.date)].slice(0, 12)) {
    const title = el.getAttribute('title');
    if (title && !title.includes('@')) texts.push(title);
    const text = (el.textContent ?? '').trim();
    if (text && text.length < 80) texts.push(text);
  }
  return texts;
}

/** One item as reply matching sees it; `from` is the last sender it shows (a list row names a
 *  conversation's senders in order, so the last is its newest message's). */
export function readItem(
  item: Element,
  marks: MessageMarks,
  context: (anchor: Element) => PageContext,
  now: Date = new Date(),
  /** Only senders this says are wanted are read further (most rows are nobody's answer). */
  wanted: (from: string) => boolean = () => true,
): ShownMessage | null {
  const senders = item.querySelectorAll(marks.from);
  const sender = senders[senders.length - 1];
  if (!sender) return null;
  const from = addressIn(sender)?.toLowerCase();
  if (!from || !wanted(from)) return null;
  const conversation = context(sender);
  const ownSubject = marks.subject ? item.querySelector(marks.subject)?.textContent?.trim() : undefined;
  const snippet = marks.snippet ? (item.querySelector(marks.snippet)?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS) : null;
  return {
    from,
    date: dateCandidates(item, marks).find((text) => readShownDate(text, now) !== null) ?? null,
    threadId: marks.threadIds ? conversation.threadId : null,
    subject: ownSubject || conversation.subject,
    snippet,
  };
}
