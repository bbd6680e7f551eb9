// Addresses and phone numbers written in a page's visible text. Bounded: a walk over text nodes
// (never innerText on a huge root), script/style/code/pre/textarea/noscript skipped. An address
// written as "Name <address>" (or "address (Name)") keeps its name, also when the page puts the
// name in the element just before the bracketed address.

import { makeContact } from '../contact';
import { closestOf, walkText, textOf, type TextBudget, DEFAULT_TEXT_BUDGET } from '../dom';
import { findEmails, splitNameAndEmail, type EmailHit } from '../email-scan';
import { lastLabelIn, withoutLeadingLabel } from '../labels';
import { findPhones } from '../phone-scan';
import type { ContactRole, DetectedContact } from '../types';
import { roleFromHeaderLine } from './roles';

const MAX_FINDS = 300;

/** Editable regions hold what the user is typing, not people on the page. */
function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v === '' || v === 'true' || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** A name written just before "<address>": in the same text, or the element before it. */
function nameBefore(text: string, hit: EmailHit, parent: Element): string | null {
  const before = text.slice(0, hit.index);
  if (/<\s*$/.test(before)) {
    const own = before.replace(/<\s*$/, '').split(/[,;，；]/).pop() ?? '';
    const name = withoutLeadingLabel(own).replace(/^["'“”\s]+|["'“”\s]+$/g, '');
    if (name) return name;
    // "<b>Marco Bianchi</b>&lt;marco@…&gt;" or Gmail's name span, then "<address>" apart.
    const previous = previousElementOf(parent, text);
    return previous ? splitNameAndEmail(textOf(previous, 120)).name : null;
  }
  const after = text.slice(hit.end);
  const paren = /^\s*\(([^()@]{2,80})\)/.exec(after);
  return paren?.[1]?.trim() ?? null;
}

/** The element just before the text node holding `text` inside parent; when the text starts its
 *  element (a wrapper around the bracketed address), the element before that one, up to three
 *  levels out. */
function previousElementOf(parent: Element, text: string): Element | null {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 3 || !(node as Text).data || !text.startsWith((node as Text).data.slice(0, 20))) continue;
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev.nodeType === 1) return prev as Element;
      if (prev.nodeType === 3 && (prev as Text).data.trim()) return null;
    }
    let el: Element | null = parent;
    for (let level = 0; el && level < 3; level++, el = el.parentElement) {
      if (el.previousElementSibling) return el.previousElementSibling;
      if (el.previousSibling?.nodeType === 3 && (el.previousSibling as Text).data.trim()) return null;
    }
    return null;
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
    if (/\d{3}/.test(text)) {
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
