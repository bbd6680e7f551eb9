// A person shown beside a link to their organisation's record: a deal's participants (Pipedrive:
// name, then the organisation as a link to /organization/…, then the address), a HubSpot
// association card, a related list's item. The CRMs' record addresses say which link is a person
// and which an organisation in every build and language, so the item's one organisation link is
// that person's company. Read by the record kit and the CLI (./records.ts ALL_READERS).

import { makeContact } from '../contact';
import { comesBefore, queryAll, textOf } from '../dom';
import { emailFromMailto, findEmails } from '../email-scan';
import { fieldOfLabel } from '../field-labels';
import type { DetectedContact } from '../types';

/** A person's record: Pipedrive /person/1, HubSpot /record/0-1/ (its older builds'
 *  /contacts/<portal>/contact/1), Salesforce /Contact/… or 003…, Dynamics etn=contact, Zoho
 *  /Contacts/ (its classic pages' EntityInfo.do?module=Contacts). */
const PERSON = /\/person\/\d|\/record\/0-1\/|\/(?:r\/)?(?:Contact|Lead)\/|^\/?003[\w]{12}|[?&]etn=(?:contact|lead)\b|\/tab\/(?:Contacts|Leads)\/|\/contacts\/\d+\/contact\/\d|[?&]module=(?:Contacts|Leads)\b/i;
/** An organisation's record: Pipedrive /organization/1, HubSpot /record/0-2/ (older:
 *  /contacts/<portal>/company/1), Salesforce /Account/… or 001…, Dynamics etn=account, Zoho
 *  /Accounts/ (classic: module=Accounts). */
const ORGANISATION = /\/organi[sz]ations?\/\d|\/record\/0-2\/|\/(?:r\/)?Account\/|^\/?001[\w]{12}|[?&]etn=account\b|\/tab\/Accounts\/|\/contacts\/\d+\/company\/\d|[?&]module=Accounts\b/i;
/** How far above a person's link their item may start. */
const LEVELS = 3;
const MAX_LINKS = 2_000;

const pathOf = (a: Element): string => (a.getAttribute('href') ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '');

/** The link's text when it names someone or something: not a button's words ("Ver organización")
 *  nor a field label. */
const named = (a: Element): string | null => {
  const text = textOf(a, 120);
  return text && /\p{L}/u.test(text) && !fieldOfLabel(text) ? text : null;
};

/** Each link's containers up to LEVELS up, with the links of `kind` under each (one pass: a list
 *  of 500 people is read in linear time, not by asking every container about every link). */
function under(links: readonly Element[]): Map<Element, Element[]> {
  const map = new Map<Element, Element[]>();
  for (const link of links) {
    for (let box = link.parentElement, level = 0; box && level < LEVELS; level++, box = box.parentElement) {
      const list = map.get(box);
      if (list) list.push(link);
      else map.set(box, [link]);
    }
  }
  return map;
}

/** Each person link's item (the nearest container, at most LEVELS up, holding no other person's
 *  link) with one organisation link after the person's: that person, their address in the item
 *  and that organisation. Two organisation links in an item say nothing of which is theirs. */
export function linkedOrganisations(root: ParentNode): DetectedContact[] {
  const links = queryAll(root, 'a[href]').slice(0, MAX_LINKS);
  const people = links.filter((a) => PERSON.test(pathOf(a)));
  const peopleIn = under(people);
  const orgsIn = under(links.filter((a) => ORGANISATION.test(pathOf(a))));
  const out: DetectedContact[] = [];
  for (const person of people) {
    const name = named(person);
    if (!name) continue;
    let item: Element | null = null;
    let orgs: Element[] = [];
    for (let box = person.parentElement, level = 0; box && level < LEVELS; level++, box = box.parentElement) {
      // The same person's other link (their name and their photo) is still their item.
      if (peopleIn.get(box)!.some((p) => pathOf(p) !== pathOf(person))) break;
      item = box;
      orgs = orgsIn.get(box) ?? [];
      if (orgs.length) break;
    }
    // The organisation comes after the person (a card's heading above is the record's, not theirs).
    const org = orgs.length === 1 && comesBefore(person, orgs[0]!) ? named(orgs[0]!) : null;
    if (!org || !item) continue;
    const mailto = queryAll(item, 'a[href^="mailto:" i]').map((a) => emailFromMailto(a.getAttribute('href') ?? ''));
    const emails = [...new Set([...mailto, ...findEmails(textOf(item, 600), 3).map((h) => h.email)].filter(Boolean))];
    // A person with no address of their own in the item is merged by name (../normalize.ts).
    out.push(makeContact({ name, email: emails.length === 1 ? emails[0] : null, company: org }, 'mentioned', person));
  }
  return out;
}
