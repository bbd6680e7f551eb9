// A directory's or locator's card (a dealer, distributor, exhibitor or partner list: 展商名录,
// 经销商, Händler, dystrybutorzy, bayiler, đại lý, الموزعون): the card is an element repeated beside
// its own kind, headed by the company, then its contact person, an address, a number. A person
// read in such a card with no company of their own works at the card's company: its line with a
// legal form ("Sp. z o.o.", "A.Ş.", "Công ty TNHH …", "شركة …", "…有限公司", "… AS"), else its
// heading when that reads as no person's name, job title, label or address. Only the custom
// sites' record kit (record-kit.js) and the CLI carry it: no CRM or webmail page is a locator.

import { textOf } from '../dom';
import { sameName } from '../mail-headers';
import { isUnitLine, labelledCompany as companyOfLabel } from '../company-lines';
import { hasLegalForm } from '../legal-forms';
import { STATUS_WORD, TITLE_WORDS, looksLikeName } from '../signature';
import type { DetectorParts } from '../detector';
import { pairsIn, type Pair } from './fields';
import type { DetectedContact } from '../types';

type Company = NonNullable<DetectorParts['company']>;


/** A line that is a label and its value ("联系人：…", "Adresse: …"), a number, or an address. */
const NOT_COMPANY = /^[\p{L}\s.]{1,24}[:：]|\d{2,}|@|https?:/u;
const HEADING = 'h1,h2,h3,h4,h5,h6,[role="heading"],[class*="name" i],[class*="title" i]';
/** A card's heading that names the kind of card, not whose it is ("Offices", "联系我们"). */
const SECTION = /^(offices?|contacts?|contact us|kontakt|contacto|联系我们|联系方式|address|adresse|standort)$/i;
/** How far above a person's element its card may start. */
const LEVELS = 4;

/** The repeated element holding `anchor`: one with a sibling of its own tag and class (or an item
 *  of a list, an article), at most LEVELS up. */
function cardOf(anchor: Element): Element | null {
  let card: Element | null = anchor;
  for (let level = 0; card && level <= LEVELS; level++, card = card.parentElement) {
    const twin = card.previousElementSibling ?? card.nextElementSibling;
    if (twin && twin.tagName === card.tagName && twin.className === card.className && (card.className || /^(LI|ARTICLE)$/.test(card.tagName))) return card;
  }
  return null;
}

/** A contact person's labelled line: "Ansprechpartner: Jonas Weber", "联系人：陈立峰", "Yetkili: …". */
const CONTACT_LINE = /^(?:contact(?: person)?|ansprechpartner(?:in)?|kontakt|osoba kontaktowa|yetkili|người liên hệ|جهة الاتصال|contacto|persona de contacto|pessoa de contacto|interlocuteur|联系人|聯絡人|担当者?)\s*[:：]\s*(.{2,40})$/iu;

/** The card's company (its legal-form line, else its heading) and the name of its person (a
 *  line that reads as a name, or a contact person's labelled line), `name` being the name read. */
function partsOf(card: Element, name: string | null): { company: string | null; person: string | null } {
  let heading: string | null = null;
  let company: string | null = null;
  let person: string | null = null;
  let first = true;
  for (const el of card.querySelectorAll('*')) {
    const head = el.matches(HEADING);
    if (el.childElementCount && !head) continue;
    const text = textOf(el, 120).trim();
    const labelled = CONTACT_LINE.exec(text)?.[1];
    if (labelled && looksLikeName(labelled)) person ??= labelled;
    // "Company name: Harbor Tools Ltd", "Firma: …", "会社名：…": the card says which line is its company.
    const named = companyOfLabel(text);
    if (named) company = named;
    if (!text || text.length > 80 || NOT_COMPANY.test(text) || sameName(text, name)) continue;
    if (hasLegalForm(text)) company ??= text;
    else if (looksLikeName(text) && !head) person ??= text;
    // Only a heading that opens the card: a pill or a section word further down is no company.
    else if (head && first && !looksLikeName(text) && !TITLE_WORDS.test(text) && !STATUS_WORD.test(text) && !SECTION.test(text) && !isUnitLine(text)) heading = text;
    first = false;
  }
  return { company: company ?? heading, person };
}

/** The company a labelled field gives in the person's own box ("Organization: Lagos AgroTech Ltd" in
 *  a helpdesk's requester panel, under an address and a phone that no label names): the nearest
 *  container of the person's element, at most LEVELS up and holding no other person, that holds a
 *  Company / Organization / 公司 field (./fields.ts). */
function labelledCompany(c: DetectedContact, contacts: readonly DetectedContact[], companies: readonly Pair[]): string | null {
  let box = c.anchor.parentElement;
  for (let level = 0; box && level < LEVELS; level++, box = box.parentElement) {
    if (contacts.some((o) => o !== c && box!.contains(o.anchor))) return null;
    const field = companies.find((p) => box!.contains(p.at));
    if (field) return field.value;
    // A label inside the line ("Company name: Harbor Tools Ltd"): one text, no field of its own.
    for (const el of box.querySelectorAll('*')) {
      const named = el.childElementCount ? null : companyOfLabel(textOf(el, 120).trim());
      if (named) return named;
    }
  }
  return null;
}

/** Gives each person alone in a directory card the card's company (over one read outside the card:
 *  a sign-off read across into the next card), and its person's name where the name read is none
 *  or is the company's; else the company a labelled field gives in their own box. */
export function cardCompany(contacts: DetectedContact[], doc: Document, site: string): DetectedContact[] {
  if (site !== 'generic') return contacts;
  let companies: Pair[] | null = null;
  for (const c of contacts) {
    const card = cardOf(c.anchor);
    // A card of two people is a team's, not one company's contact (and the heading may be either's).
    if (card && !contacts.some((o) => o !== c && card.contains(o.anchor))) {
      const wrongName = !!c.name && hasLegalForm(c.name);
      const { company, person } = partsOf(card, wrongName ? null : c.name);
      if (company && !(c.company && (card.textContent ?? '').includes(c.company))) {
        c.company = company;
        if (!c.name || wrongName) c.name = person;
      }
    }
    if (!c.company) c.company = labelledCompany(c, contacts, (companies ??= pairsIn(doc).filter((p) => p.kind === 'company')));
  }
  return contacts;
}

/** `company` after the directory cards' companies are given. */
export const withCardCompany = (company: Company): Company => (contacts, doc, url, context, site) => company(cardCompany(contacts, doc, site), doc, url, context, site);
