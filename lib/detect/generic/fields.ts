// A record page read by its labels: "Email", "Phone", "Mobile", "Company", "Account", "邮箱",
// "电话", "手机", "公司"… each beside its value (dt/dd, th/td, label/input, or an element and the one
// after it). The labels are the page's own words for its fields, so they hold when a CRM renames
// its classes, and on CRMs no adapter knows.

import { makeContact } from '../contact';
import { closestOf, comesBefore, documentOf, HIDDEN, queryAll, queryOne, textOf, valueOf } from '../dom';
import { looksLikeName } from '../signature';
import { recordNameOf } from './record-name';
import { emailFromMailto, findEmails, validEmail } from '../email-scan';
import { FAMILY_FIRST_LABEL, fieldOfLabel, joinName, type FieldKind } from '../field-labels';
import { isOwnerValue } from '../owner-field';
import { isNavigation } from './nav-names';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';

export const LABEL_CANDIDATES = 'dt, th, label, span, div, td, strong, b, p, h4, h5, h6';
/** A page mentions these words when it shows a person's fields at all: anything else skips the
 *  label search (busy webmail pages add thousands of elements). */
export const FIELD_WORDS = /e-?mail|phone|mobile|telefon|téléphone|teléfono|邮箱|电子邮件|电话|手机|メール|電話/i;
export const MAX_CANDIDATES = 4_000;
const HEADING = 'h1, h2, h3, [role="heading"]';

function valueElementOf(label: Element): Element | null {
  const tag = label.tagName.toUpperCase();
  if (tag === 'LABEL') {
    const id = label.getAttribute('for');
    const target = id ? label.ownerDocument?.getElementById(id) : null;
    if (target) return target;
  }
  return label.nextElementSibling ?? (label.parentElement && label.parentElement.children.length === 1 ? label.parentElement.nextElementSibling : null);
}

export function readValue(kind: FieldKind, el: Element): string | null {
  if (kind === 'email') {
    const link = el.matches('a[href]') ? el : queryOne(el, 'a[href^="mailto:" i]');
    const text = valueOf(el) ?? '';
    return (link ? emailFromMailto(link.getAttribute('href') ?? '') : null) ?? validEmail(text) ?? findEmails(text, 1)[0]?.email ?? null;
  }
  if (kind === 'phone') {
    const link = el.matches('a[href^="tel:" i]') ? el : queryOne(el, 'a[href^="tel:" i]');
    return phoneFromField(link?.getAttribute('href') ?? null) ?? phoneFromField(valueOf(el));
  }
  const text = valueOf(el);
  return text && text.length <= 120 ? text : null;
}

/** `label`: the label's own words (a Hungarian name label says the family name comes first). */
export interface Pair { kind: FieldKind; value: string; at: Element; label?: string }

/** `headedCompany`: true for a label in a card the page heads as the organisation (the CRM
 *  script's and the record kit's ./company-card.ts). */
export function pairsIn(root: ParentNode, headedCompany?: (label: Element) => boolean): Pair[] {
  const pairs: Pair[] = [];
  // A label wrapped in its own element ("<td><div>Email</div></td>") is found twice, once per
  // level, pointing at the same value: one field.
  const seen = new Set<Element>();
  for (const label of queryAll(root, LABEL_CANDIDATES).slice(0, MAX_CANDIDATES)) {
    // A row that holds its own form control is the field, not its label.
    if (label.childElementCount > 2 || label.querySelector('input, select, textarea')) continue;
    const raw = label.textContent ?? '';
    if (raw.length > 40) continue;
    let kind = fieldOfLabel(raw);
    if (!kind) continue;
    // The Name of a card the page labels or heads as the organisation (a deal's sidebar) is a company.
    if (kind === 'name' && headedCompany?.(label)) kind = 'company';
    const valueEl = valueElementOf(label);
    // A label whose "value" is another label is a column header, not a field; one whose "value"
    // starts with a label ("Organization" over a "Name …" row) is a card's heading, and a button
    // ("Edit" beside that heading) is no value.
    if (!valueEl || seen.has(valueEl) || fieldOfLabel(valueEl.textContent ?? '') || fieldOfLabel(valueEl.firstElementChild?.textContent ?? '') || valueEl.tagName === 'BUTTON') continue;
    seen.add(valueEl);
    const value = readValue(kind, valueEl);
    if (value) pairs.push({ kind, value, at: valueEl, label: raw });
  }
  return pairs;
}

/** Where a card's person is named: a heading, a link to their record, bold text, an element named
 *  for it. Only what reads as a person's name counts ("Recent activities" and "Person" do not). */
const NAME_HOLDERS = `${HEADING}, a, strong, b, [class*="name" i], [data-testid*="name" i], [data-zcqa*="name" i]`;

/** The smallest container of `email` that holds no other person's address field, climbing at most
 *  eight levels: the card, tile, row or record section that person's fields are in. */
function cardOf(email: Pair, emails: readonly Pair[]): Element {
  let card: Element = email.at;
  for (let level = 0; level < 8 && card.parentElement; level++) {
    const parent = card.parentElement;
    if (emails.some((other) => other.value !== email.value && parent.contains(other.at))) break;
    card = parent;
  }
  return card;
}

/** A name element that carries another address ("<span class="userName" title="rep@…">", a
 *  mailto link) is that address's person — the signed-in user in a top bar, a record's owner. */
function namesAnother(el: Element, email: string): boolean {
  const carried = `${el.getAttribute('title') ?? ''} ${el.getAttribute('email') ?? ''} ${el.getAttribute('href') ?? ''}`;
  return carried.includes('@') && !carried.toLowerCase().includes(email.toLowerCase());
}

/** A value under a label that is not a name's ("Role:" / "役割:" → "Technical Contact", "意思決定者";
 *  a <dt> before a <dd>): that field's value, never the card's person's name. */
function labelledValue(el: Element): boolean {
  const label = el.previousElementSibling;
  const text = label ? textOf(label, 40) : '';
  return !!label && (label.tagName === 'DT' || /[:：]\s*$/.test(text)) && fieldOfLabel(text.replace(/[:：]\s*$/, '')) !== 'name';
}

/** A full name written as a plain line (no link, heading or name class: nameIn reads those) in
 *  the address's own block (its three nearest containers: a participant's card over its labelled
 *  rows), nearest block first; `listed` when that block is one of a list of its kind (a sibling of
 *  the same tag and class: a deal's participants). */
function nameNear(card: Element, before: Element, companies: readonly string[]): { name: string; at: Element; listed: boolean } | null {
  for (let block = before.parentElement, level = 0; block && level < 3 && card.contains(block); block = block.parentElement, level++) {
    let found: Element | null = null;
    // As below: the page's chrome before its main heading names nobody.
    const main = queryOne(block, 'h1');
    for (const el of queryAll(block, '*')) {
      if (el.contains(before) || (main && comesBefore(el, main))) continue;
      if (!comesBefore(el, before)) break;
      const text = textOf(el, 80);
      if (!el.childElementCount && !el.matches(NAME_HOLDERS) && /\s|\p{Script=Han}/u.test(text) && looksLikeName(text) && !fieldOfLabel(text) && !companies.includes(text) && !isNavigation(el) && !isOwnerValue(el) && !labelledValue(el)) found = el;
    }
    const twin = (t: Element | null) => t?.tagName === block!.tagName && t.className === block!.className;
    if (found) return { name: textOf(found, 80), at: found, listed: !!block.className && (twin(block.previousElementSibling) || twin(block.nextElementSibling)) };
  }
  return null;
}

/** The name written before `before` in `card`, nearest first; never a company named on the page
 *  (an account link reads like a name: "Konkan Spices Exports") nor the page's navigation. */
function nameIn(card: Element, before: Element, companies: readonly string[], email: string): { name: string; at: Element; listed?: boolean } | null {
  const near = nameNear(card, before, companies);
  if (near) return near;
  let found: { name: string; at: Element } | null = null;
  // A page's chrome before its main heading (a top bar's home link, "Abmelden") names nobody on it.
  const main = queryOne(card, 'h1');
  for (const el of queryAll(card, NAME_HOLDERS)) {
    if (!comesBefore(el, before) || el.contains(before)) break;
    if (main && comesBefore(el, main)) continue;
    const text = textOf(el, 80);
    // A field's label ('Ansprechpartner', '联系人' heading a card) names nobody.
    if (looksLikeName(text) && !fieldOfLabel(text) && !companies.includes(text) && !namesAnother(el, email) && !isOwnerValue(el) && !isNavigation(el)) found = { name: text, at: el };
  }
  return found;
}

/** The element naming the page's record (`name`, its title's person) that the address `at`
 *  follows with no other person's name between: a record view's header over fields that name
 *  nobody (a Zoho Canvas view's icon rows), among other people's cards. */
function headedBy(doc: Document, at: Element, name: string): Element | null {
  let head: Element | null = null;
  for (const el of queryAll(doc.body ?? doc, '*').slice(0, 5_000)) {
    if (el.contains(at)) continue;
    if (!comesBefore(el, at)) break;
    if (el.childElementCount) continue;
    const text = textOf(el, 80);
    if (text === name) head = el;
    else if (head && /\s|\p{Script=Han}/u.test(text) && looksLikeName(text) && !fieldOfLabel(text)) head = null;
  }
  return head;
}

/** Reads a record whose fields hold no address (./phone-record.ts). */
export type NoEmailRecord = (pairs: readonly Pair[], doc: Document | null) => DetectedContact[];

/**
 * One person per address field, with the phone, company and name fields of their own card (a
 * related list's tile, an associated contact's card, or — one address on the page — the record
 * itself, named by its title). A page's only person is its record; a person among several is
 * one of its related people ("mentioned").
 */
export function detectFields(root: ParentNode, headedCompany?: (label: Element) => boolean, noEmail?: NoEmailRecord, morePairs?: (root: ParentNode, words: boolean) => Pair[], own?: (root: ParentNode) => Pair[]): DetectedContact[] {
  // A Document's own textContent is null: its root element holds the text.
  const node = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Node);
  const text = node?.textContent ?? '';
  const words = FIELD_WORDS.test(text.slice(0, 200_000));
  // morePairs: rarer ways of writing fields, read only where the record kit is (./rare-fields.ts,
  // ./icon-fields.ts: icons name their fields in attributes, so a page without the words may have them).
  // A panel the page hides (a console's inactive subtab: another record) shows nobody's fields.
  // An input that carries its own label is the surest pair (./aria-fields.ts): first, so that a
  // card's nearest field of a kind is it rather than a label column read against its neighbour;
  // a visible label naming the same control (its value again) adds nothing.
  const owned = own?.(root) ?? [];
  const known = new Set(owned.map((p) => `${p.kind} ${p.value}`));
  const pairs = [...owned, ...(words ? pairsIn(root, headedCompany).filter((p) => !known.has(`${p.kind} ${p.value}`)) : []), ...(morePairs?.(root, words) ?? [])].filter((p) => !closestOf(p.at, HIDDEN));
  if (!pairs.length) return [];
  const emails = pairs.filter((p) => p.kind === 'email');
  const companies = pairs.flatMap((p) => (p.kind === 'company' ? [p.value] : []));
  const doc = documentOf(root);
  // The same address shown twice (a highlight card and the About section) is one person.
  const alone = new Set(emails.map((e) => e.value)).size === 1;
  if (!emails.length) return noEmail?.(pairs, doc) ?? [];
  // Among several people, the one under the page's own header is still its record.
  const pageName = !alone && doc ? recordNameOf(doc) : null;
  return emails.map((email) => {
    const card = cardOf(email, emails);
    // The field nearest the address in its card: a company record's own Phone beside an
    // associated contact's card is not that contact's.
    const pairIn = (kind: FieldKind): { pair: Pair; depth: number } | null => {
      let depth = 0;
      for (let at: Element | null = email.at; at && card.contains(at); at = at.parentElement, depth++) {
        const pair = pairs.find((p) => p.kind === kind && at!.contains(p.at));
        if (pair) return { pair, depth };
      }
      return null;
    };
    const inCard = (kind: FieldKind) => pairIn(kind)?.pair.value ?? null;
    // A whole-name field and a split one: the nearer the address wins (a quick-create panel's
    // Voornaam / Achternaam over the list's "Full Name" column behind it).
    const whole = pairIn('name');
    const last = pairIn('last');
    const split = joinName(last?.pair.value, inCard('first'), FAMILY_FIRST_LABEL.test((last?.pair.label ?? '').replace(/[\s:：*]+/gu, '')));
    const named = whole && (!split || !last || whole.depth <= last.depth) ? whole.pair.value : split;
    // The record page's own person is named by the page (its heading, its title); a card's by the
    // name written in it (a link to their record, a heading).
    const title = !named && alone && doc ? recordNameOf(doc) : null;
    const company = inCard('company');
    const header = !named && pageName ? headedBy(doc!, email.at, pageName) : null;
    const heading = named || title || header ? null : nameIn(card, email.at, companies, email.value);
    return makeContact(
      { email: email.value, phone: inCard('phone'), company, name: named ?? title ?? (header ? pageName : heading?.name) ?? null },
      header || (alone && !heading?.listed && !email.at.closest('li, [role="listitem"]')) ? 'record' : 'mentioned',
      header ?? heading?.at ?? email.at,
    );
  });
}
