// A person shown as a link to their record inside a card of their own — an association card's
// item (HubSpot's associated contacts, on builds without the card hooks) — read by the adapters
// whose records link so (the link's path is the CRM's own, in every build and language): the
// link names them, the card's one address is theirs, and what the card says of their company
// (a "title at Company" line, ../title-at.ts) is their company.

import { makeContact } from '../contact';
import { queryAll, textOf } from '../dom';
import { findEmails } from '../email-scan';
import type { DetectedContact } from '../types';

/** Each person linked by `links` under root whose card — an ancestor at most four levels up
 *  holding no other such link — gives `companyOf` a company, with that company and the card's
 *  one address. */
export function linkedPeople(root: ParentNode, links: string, companyOf: (card: Element) => string | null): DetectedContact[] {
  return queryAll(root, links).flatMap((link) => {
    let company: string | null = null;
    let card = link;
    for (let level = 0; !company && level < 4 && card.parentElement && card.parentElement.querySelectorAll(links).length < 2; level++) company = companyOf((card = card.parentElement));
    const emails = new Set(findEmails(textOf(card, 800), 3).map((hit) => hit.email));
    return company ? [makeContact({ name: textOf(link, 120), email: emails.size === 1 ? [...emails][0]! : null, phone: null, company }, 'mentioned', link)] : [];
  });
}
