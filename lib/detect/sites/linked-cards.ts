// A person shown as a link to their record inside a card — an association card's item (HubSpot),
// a linked-items sidebar's Person section beside its Organization (Pipedrive's mail tab), a list
// row — read by the adapters whose records link so (the link's path is the CRM's own, in every
// build and language): the link names them, the card's one address is theirs, and what the card
// says of their company (an organisation's link, a "title at Company" line) is their company.

import { makeContact } from '../contact';
import { queryAll, textLength, textOf } from '../dom';
import { findEmails } from '../email-scan';
import type { DetectedContact } from '../types';

/** The widest ancestor of `link`, at most four levels up and a card's worth of text, that holds
 *  no other link to a person (`links`): that person's card. */
function cardAround(link: Element, links: string): Element {
  let card = link;
  for (let level = 0; level < 4; level++) {
    const up = card.parentElement;
    if (!up || up.querySelectorAll(links).length > 1 || textLength(up, 800) >= 800) break;
    card = up;
  }
  return card;
}

/** Each person linked by `links` under root, with their card's one address and the company
 *  `companyOf` reads in their card (else `fallback`); a card giving neither is left to the
 *  generic core. */
export function linkedPeople(root: ParentNode, links: string, companyOf: (card: Element) => string | null, fallback: string | null = null): DetectedContact[] {
  return queryAll(root, links).flatMap((link) => {
    const card = cardAround(link, links);
    const emails = new Set(findEmails(textOf(card, 800), 3).map((hit) => hit.email));
    const email = emails.size === 1 ? [...emails][0]! : null;
    const company = companyOf(card) ?? (email ? fallback : null);
    return email || company ? [makeContact({ name: textOf(link, 120), email, phone: null, company }, 'mentioned', link)] : [];
  });
}
