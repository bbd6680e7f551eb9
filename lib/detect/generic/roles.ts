// A person's role from the header line they sit on, read from the page's words rather than its
// markup: the label written before them on the same line (From / To / Cc in many languages, with
// or without a colon), a label standing alone on the line just above, or an aria-label on the
// line ("Cc", "To: …"). A person in a message body is mentioned, whatever the header above says.

import { walkText } from '../dom';
import { closeCjkGaps, lastLabelIn, roleFromLeadingLabel } from '../labels';
import type { ContactRole } from '../types';

/** How far up a person's line may be: Gmail nests a header person ~4 deep in its line. */
const MAX_LEVELS = 5;
/** Containers a header line never extends past. */
const BOUNDARY = new Set('BODY MAIN ARTICLE SECTION BLOCKQUOTE FORM HTML'.split(' '));
/** Elements that start a new line. Table cells do not: a row's label cell and value cell are one
 *  line ("To" | "Dana Okafor"). */
const LINE_BREAKING = new Set('DIV P BR LI TR TABLE TBODY H1 H2 H3 H4 H5 H6 UL OL DL DT DD BLOCKQUOTE HR SECTION ARTICLE HEADER FOOTER ADDRESS FIELDSET LEGEND'.split(' '));

/** An element naming one person by address, as persona chips do. */
const PERSONA = '[title*="@"], [aria-label*="@"], [email], [data-email], a[href^="mailto:" i]';

function tagOf(el: Element): string {
  return String(el.tagName ?? '').toUpperCase();
}

/** The element that decides which line a node is on: its nearest line-breaking ancestor
 *  (inclusive) inside container, or container itself. */
function lineOf(node: Element, container: Element): Element {
  for (let el: Element | null = node; el && el !== container; el = el.parentElement) {
    if (LINE_BREAKING.has(tagOf(el))) return el;
  }
  return container;
}

/** A text of another attendee: inside their persona, or beside it on a line of its own that is
 *  theirs (a response "已接受" next to the chip) — unless it is a label. */
function ofPeer(parent: Element, at: Element, container: Element, person: Element, text: string): boolean {
  const peer = parent.closest(PERSONA);
  if (peer && container.contains(peer) && !peer.contains(person)) return true;
  return at !== container && !at.contains(person) && !!at.querySelector(PERSONA) && !lastLabelIn([text]);
}

/** The texts on the person's own line before them, and the line just above it. Earlier
 *  attendees' personas (their address on the element, a response after the name: "Inês Carvalho
 *  ✓ Aceite") are entries of the same list: a line of nothing else reads as "…;" and never
 *  replaces the label above the list. */
function linesBefore(container: Element, person: Element): { same: string[]; above: string[] } {
  const personLine = lineOf(person.parentElement ?? person, container);
  let same: string[] = [];
  let above: string[] = [];
  let line: Element | null = null;
  let peersOnly = true;
  let reached = false;
  walkText(container, (text, parent) => {
    if (reached) return;
    if (parent === person || person.contains(parent)) {
      reached = true;
      return;
    }
    const at = lineOf(parent, container);
    if (at !== line) {
      if (same.some((t) => t.trim()) && !peersOnly) above = same;
      same = [];
      peersOnly = true;
      line = at;
    }
    if (text.trim() && !ofPeer(parent, at, container, person, text)) peersOnly = false;
    same.push(text);
  }, { maxNodes: 400, maxChars: 4_000 });
  const written = same.some((t) => t.trim());
  if (written && peersOnly) same = [';'];
  // Text before the person on another line (their line began with them) is the line above.
  if (line !== personLine && !(line && personLine.contains(line))) return { same: [], above: written && !peersOnly ? same : above };
  return { same, above };
}

/** A line that is nothing but a label ("To", "抄送：") gives the next line its role. */
function labelLine(texts: readonly string[]): ContactRole | null {
  const text = closeCjkGaps(texts.join(' ').trim());
  return text.length <= 16 && !/\s\S+\s/.test(text) ? lastLabelIn([text]) : null;
}

/** The text before a person on their line is only the earlier people of the same list ("Dana
 *  Okafor ✓; Omar Haddad;"): the label standing above the list (a meeting's "Required") still
 *  governs them all. */
function listSoFar(texts: readonly string[]): boolean {
  const text = texts.join(' ').trim();
  return /[;；,，]$/.test(text) && text.split(/[;；,，]/).every((part) => part.length <= 80);
}

/** The header role of `person`, or null when no header label governs it. */
export function roleFromHeaderLine(person: Element): ContactRole | null {
  // Outlook labels the element itself ("From: Marco Bianchi") or its well ("To: …", "Cc").
  const own = roleFromLeadingLabel(person.getAttribute('aria-label'));
  if (own) return own;
  let node: Element = person;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = node.parentElement;
    if (!parent || BOUNDARY.has(tagOf(parent))) break;
    const fromAria = roleFromLeadingLabel(parent.getAttribute('aria-label'));
    if (fromAria) return fromAria;
    const { same, above } = linesBefore(parent, person);
    const role = lastLabelIn(same) ?? (same.some((t) => t.trim()) && !listSoFar(same) ? null : labelLine(above));
    if (role) return role;
    node = parent;
  }
  return null;
}
