// Shared by the CRM adapters: reading a record's fields and the rows of a related list. The
// selectors themselves live in each site's file; this only knows how CRMs render a value
// (a mailto:/tel: link, a form control, or plain text).

import { makeContact, safely } from '../contact';
import { attr, queryAll, queryOne, textOf, valueOf } from '../dom';
import { emailFromMailto, findEmails, validEmail } from '../email-scan';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact, PageContext } from '../types';

export interface FieldSelectors {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
}

/** First element matching selector in scope (selector lists are tried as one). */
function field(scope: ParentNode, selector: string | undefined): Element | null {
  return selector ? queryOne(scope, selector) : null;
}

export function readEmail(el: Element | null): string | null {
  if (!el) return null;
  const link = el.matches('a[href]') ? el : queryOne(el, 'a[href^="mailto:"], a[href^="MAILTO:"]');
  const fromLink = link ? emailFromMailto(attr(link, 'href') ?? '') : null;
  if (fromLink) return fromLink;
  const value = valueOf(el) ?? '';
  return validEmail(value) ?? findEmails(value, 1)[0]?.email ?? null;
}

export function readPhone(el: Element | null): string | null {
  if (!el) return null;
  const link = el.matches('a[href^="tel:"]') ? el : queryOne(el, 'a[href^="tel:"], a[href^="TEL:"]');
  return phoneFromField(attr(link, 'href')) ?? phoneFromField(valueOf(el));
}

export function readText(el: Element | null): string | null {
  return el ? valueOf(el) : null;
}

/** The record shown on the page as one contact (role "record"), anchored at its title. */
export function readRecord(scope: ParentNode, sel: FieldSelectors, anchor: Element | null, fallbackName?: string | null): DetectedContact | null {
  const nameEl = field(scope, sel.name);
  const name = readText(nameEl) ?? fallbackName ?? null;
  const email = readEmail(field(scope, sel.email));
  const phone = readPhone(field(scope, sel.phone));
  const company = readText(field(scope, sel.company));
  const at = anchor ?? nameEl;
  if (!at || (!email && !phone && !name)) return null;
  return makeContact({ name, email, phone, company }, 'record', at);
}

/** Each row/item of a related list as a contact (role "record"). */
export function readRows(scope: ParentNode, rowSelector: string, sel: FieldSelectors, company: string | null, limit = 200): DetectedContact[] {
  return queryAll(scope, rowSelector).slice(0, limit).flatMap((row) => {
    const nameEl = field(row, sel.name);
    const contact = readRecord(row, sel, nameEl ?? row);
    if (!contact) return [];
    contact.name = contact.name ?? (nameEl ? textOf(nameEl, 200) : null);
    contact.company = contact.company ?? company;
    return [contact];
  });
}

/** The record page's own person: fields read across the page, anchored at (and named after) its title. */
export function readTitledRecord(root: ParentNode, titleSelector: string, sel: FieldSelectors): DetectedContact[] {
  const title = queryOne(root, titleSelector);
  const contact = safely(null, () => readRecord(root, sel, title, title ? textOf(title, 200) : null));
  return contact ? [contact] : [];
}

/** A CRM record page's context: the record's name from its title, its id from the address. */
export function recordContext(doc: Document, titleSelector: string, recordId: string | null, fallbackName: string | null = null): PageContext {
  return {
    subject: null,
    threadId: null,
    recordName: textOf(queryOne(doc, titleSelector), 200) || fallbackName,
    recordId,
    selfEmail: null,
  };
}
