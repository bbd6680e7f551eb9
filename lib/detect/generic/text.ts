// Addresses and phone numbers written in a page's visible text. Bounded: a walk over text nodes
// (never innerText on a huge root), script/style/code/pre/textarea/noscript skipped. An address
// written as "Name <address>" (or "address (Name)") keeps its name, also when the page puts the
// name in the element just before the bracketed address.

import { makeContact } from '../contact';
import { closestOf, walkText, type TextBudget, DEFAULT_TEXT_BUDGET } from '../dom';
import { findEmails, type EmailHit } from '../email-scan';
import { lastLabelIn } from '../labels';
import { findPhones } from '../phone-scan';
import type { ContactRole, DetectedContact } from '../types';
import { leadBefore, nameFromLead } from './lead';
import { roleFromHeaderLine } from './roles';

const MAX_FINDS = 300;

/** Editable regions hold what the user is typing, not people on the page; a folder tree
 *  (role="tree") holds the rep's own and shared mailboxes (./people.ts). */
function isEditable(el: Element): boolean {
  return el.matches('[contenteditable=""],[contenteditable=true],[aria-hidden=true],[hidden],[role=tree]');
}

/** A name written just before the address — "Name <addr>", "Name (addr)", also across
 *  elements (./lead.ts) — or after it, "addr (Name)". */
function nameBefore(text: string, hit: EmailHit, parent: Element): string | null {
  const before = text.slice(0, hit.index);
  // Nothing but a bracket before the address in its own text: its name is before its element.
  const node = before.replace(/[<(（\s]/g, '') ? null : textNodeOf(parent, text);
  const lead = (node ? leadBefore(node) : '') + before;
  const name = nameFromLead(lead);
  if (name) return name;
  const paren = /^\s*\(([^()@]{2,80})\)/.exec(text.slice(hit.end));
  return paren?.[1]?.trim() ?? null;
}

/** The text node of parent holding (the start of) `text`: walkText hands text, not nodes. */
function textNodeOf(parent: Element, text: string): Node | null {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const data = node.nodeType === 3 ? (node as Text).data : '';
    if (data && text.startsWith(data)) return node;
  }
  return null;
}

function roleOf(text: string, hit: EmailHit, parent: Element): ContactRole {
  // "To: Dana <dana@…>" in one text: the label is in the same text as the person.
  const inline = lastLabelIn([text.slice(Math.max(0, hit.index - 200), hit.index).replace(/<\s*$/, '')]);
  return inline ?? roleFromHeaderLine(parent) ?? 'mentioned';
}

/** `quiet`: containers whose text holds no people (a message list's rows and their previews). */
export function detectText(root: ParentNode, budget: TextBudget = DEFAULT_TEXT_BUDGET, quiet?: string): DetectedContact[] {
  const out: DetectedContact[] = [];
  const skip = quiet ? (el: Element) => isEditable(el) || matchesSafely(el, quiet) : isEditable;
  // A re-rendered piece of a list row (the content script sees those all day) is quiet too.
  if (quiet && (root as Node).nodeType === 1 && closestOf(root as Element, quiet)) return out;
  walkText(root as Node, (text, parent) => {
    if (out.length >= MAX_FINDS) return;
    if (text.indexOf('@') >= 0) {
      for (const hit of findEmails(text, 20)) {
        out.push(makeContact({ email: hit.email, name: nameBefore(text, hit, parent) }, roleOf(text, hit, parent), parent));
      }
    }
    // Three digits in a row, or pairs as the French write them ("+33 6 12 34 56 78").
    if (/\d{3}|\d\d[\s.-]\d\d[\s.-]\d\d/.test(text)) {
      for (const hit of findPhones(text, false, 10)) out.push(makeContact({ phone: hit.raw }, 'mentioned', parent));
    }
  }, budget, skip);
  return out;
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
