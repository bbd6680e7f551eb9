// A record's related people written as links to their own records (a deal's participants, an
// account's contacts): each is named by the text of its own link — /person/N (Pipedrive),
// /contacts/… (HubSpot), /tab/Contacts/N (Zoho), /r/Contact/… (Salesforce) — with the address in
// the link's own block, before or after it. Other readers named such a nameless address by what
// stood nearby: the page's heading ("Negócios", "Anlaşmalar"), the deal's title, an owner.
import { makeContact } from '../contact';
import { queryAll, textOf } from '../dom';
import { readEmail } from '../sites/crm-record';
import { looksLikeName } from '../signature';
import type { DetectedContact } from '../types';
import { isNavWord } from './nav-names';

const PERSON_LINK = 'a[href*="/person/"], a[href*="/contacts/"], a[href*="/Contacts/"], a[href*="/r/Contact/"]';

/** Each person linked once (the record's own person, linked again from its card or sidebar, is
 *  the record the other readers name), with one address in the link's own block (climbing at
 *  most four levels while no other person link is in it). Their organisation may be another than
 *  the record's: the other readers say. */
export function personLinks(root: ParentNode): DetectedContact[] {
  const links = queryAll(root, PERSON_LINK);
  return links.flatMap((link) => {
    const name = textOf(link, 80);
    if (!/\s|\p{Script=Han}/u.test(name) || !looksLikeName(name) || isNavWord(name) || links.some((l) => l !== link && l.getAttribute('href') === link.getAttribute('href'))) return [];
    let email: string | null = null;
    for (let block = link.parentElement, level = 0; !email && block && level < 4 && queryAll(block, PERSON_LINK).length < 2; block = block.parentElement, level++) email = readEmail(block);
    return email ? [makeContact({ name, email }, 'mentioned', link)] : [];
  });
}
