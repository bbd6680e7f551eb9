// People the way every webmail and CRM shows them, whatever its markup: an address in an
// attribute (email=, title=, aria-label=, data-*=, href="mailto:") with the name beside it —
// in the same element's text or name attribute, or "Name <address>" written out — and their
// role from the header line they sit on (./roles.ts).

import { makeContact } from '../contact';
import { attr, queryAll, textOf } from '../dom';
import { findEmails, splitNameAndEmail, validEmail } from '../email-scan';
import { withoutLeadingLabel } from '../labels';
import type { ContactRole, DetectedContact } from '../types';
import { roleFromHeaderLine } from './roles';

/** Attributes that hold a person's address on real sites, most explicit first. */
const ADDRESS_ATTRIBUTES = ['email', 'data-email', 'data-hovercard-id', 'data-address', 'data-mail', 'title', 'aria-label', 'data-tooltip', 'data-original-title', 'data-value'] as const;
/** Elements carrying one of them. (CSS cannot match "any data-* attribute": these are the ones
 *  seen on Gmail, Outlook, Roundcube, QQ Mail, NetEase and the CRMs.) mailto: links are read by
 *  ./links.ts, which knows link text such as "Email us" is not a name. */
const ADDRESS_HOLDERS = '[email], [data-email], [data-hovercard-id*="@"], [data-address*="@"], [data-mail*="@"], [title*="@"], [aria-label*="@"], [data-tooltip*="@"], [data-original-title*="@"], [data-value*="@"]';
/** Name attributes that come with an address attribute. */
const NAME_ATTRIBUTES = ['name', 'data-name', 'data-display-name', 'data-fullname'] as const;
/** Words some mail UIs show instead of the signed-in user's name. */
const SELF_WORDS = /^(me|我|moi|ich|yo|eu|io|私|自分|я)$/i;
const MAX_HOLDERS = 1_000;

/** Editable regions are what the rep is typing: never people on the page. Nor is a folder tree
 *  (role="tree": a webmail's mailboxes and their folders, "Inbox", "收件匣", "Posteingang"): its
 *  addresses are the rep's own and shared mailboxes, its words folders, never a name. */
function inEditable(el: Element): boolean {
  const host = el.closest('[contenteditable=""], [contenteditable="true"], textarea, input, [role=tree]');
  return host !== null;
}

function addressIn(value: string): { email: string | null; name: string | null } {
  const direct = validEmail(value);
  if (direct) return { email: direct, name: null };
  const split = splitNameAndEmail(withoutLeadingLabel(value));
  if (!split.email) return { email: findEmails(value, 1)[0]?.email ?? null, name: null };
  return split;
}

/** A usable display name, not an address, a label or "me". */
function cleanName(raw: string | null | undefined): string | null {
  const name = raw?.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 80 || name.includes('@') || SELF_WORDS.test(name)) return null;
  // Several people joined by semicolons (a list row's "Rodrigo Albuquerque; Luíza Figueiredo" under
  // one address's title) name none of them: the address's person is named where it stands alone.
  if (/^[\d\s+()./-]+$/.test(name) || /[;；]/.test(name)) return null;
  return name;
}

function personFrom(el: Element): { email: string; name: string | null } | null {
  for (const attribute of ADDRESS_ATTRIBUTES) {
    const value = attr(el, attribute);
    if (!value || !value.includes('@')) continue;
    const found = addressIn(value);
    if (!found.email) continue;
    let name = cleanName(found.name);
    for (const n of NAME_ATTRIBUTES) name ??= cleanName(attr(el, n));
    name ??= cleanName(splitNameAndEmail(textOf(el, 160)).name);
    return { email: found.email, name };
  }
  return null;
}

/** People in attributes under root. `known` addresses are already placed by the site's adapter:
 *  they are still reported (their other fields may help) but their role is not read again.
 *  Elements `covered` says the adapter has read in full (its list rows) are skipped. */
export function detectAttributePeople(root: ParentNode, known: ReadonlySet<string> = new Set(), covered?: (el: Element) => boolean): DetectedContact[] {
  const out: DetectedContact[] = [];
  for (const el of queryAll(root, ADDRESS_HOLDERS).slice(0, MAX_HOLDERS)) {
    if (covered?.(el) || inEditable(el)) continue;
    const person = personFrom(el);
    if (!person) continue;
    const role: ContactRole = known.has(person.email) ? 'mentioned' : roleFromHeaderLine(el) ?? 'mentioned';
    out.push(makeContact(person, role, el));
  }
  return out;
}
