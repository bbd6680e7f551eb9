// Phones and signatures belong to a person. A phone number found on its own — a signature's
// second line, a CRM's Mobile field, a number in a quoted reply — is the phone of the person
// nearest to it on the page, and becomes a contact of its own only where nobody is near. A
// signature without an address is its sender's when the names agree ("Priya" signs for
// "Priya Raman").

import { closestOf, comesBefore, HIDDEN, textOf } from './dom';
import { sameName } from './mail-headers';
import type { MentionReader } from './phone-mention';
import { looksLikeName } from './signature';
import type { DetectedContact } from './types';

/** How many levels up from a phone a person may sit and still own it: a signature block or a
 *  CRM field group, not the whole page. */
const MAX_LEVELS = 6;
/** Elements that show a person on their own: another person near a phone is only "near" when
 *  one of these is. */
const PERSON_NEAR = '[email], [data-email], [data-hovercard-id*="@"], [title*="@"], a[href^="mailto:" i]';

function sightings(c: DetectedContact): Element[] {
  return c.elsewhere ? [c.anchor, ...c.elsewhere] : [c.anchor];
}

/** Elements that hold a person's name in a card or list item: a link to their record, a heading,
 *  bold text, an element named for it. Not the page's own heading (h1): it names the page, its
 *  section ("Tratos", "Negócios") or its record (a deal's title), never a person among others. */
const NAME_HOLDERS = 'a, strong, b, h2, h3, h4, h5, h6, [class*="name" i], [data-testid*="name" i]';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
/** What names a phone's own person in a list: a link to their record, an element named for the
 *  name (not bold text or a heading: "Main line", "Cairns office"). */
const RECORD_LINK = 'a[href^="/"],a[href^="http"],[class*="name" i]';

/** The name written just before a nameless person inside their own card (an ancestor holding
 *  nobody else, and at most one heading: past that it is a section of blocks, and its heading —
 *  "Offices", "Cairns" — names the section, not the person), or null. */
/** `notName`: what on a record page is never a card's person (./owner-field.ts: an owner field's
 *  value, a department's heading); the webmail script has none. */
export function nameInCard(person: DetectedContact, people: readonly DetectedContact[], holders = NAME_HOLDERS, notName?: (el: Element) => boolean): string | null {
  let card = person.anchor.parentElement;
  for (let level = 0; card && level < 4; level++, card = card.parentElement) {
    if (card.querySelectorAll(HEADINGS).length > 1 || people.some((p) => p !== person && sightings(p).some((at) => card!.contains(at)))) return null;
    let name: string | null = null;
    let at: Element | null = null;
    for (const el of card.querySelectorAll(holders)) {
      if (!comesBefore(el, person.anchor) || el.contains(person.anchor)) break;
      const text = textOf(el, 80);
      // A full name: one word over a card is its section's heading ("Tidslinje", "Kontakt").
      if (/\s|\p{Script=Han}/u.test(text) && looksLikeName(text) && !notName?.(el) && !closestOf(el, HIDDEN)) [name, at] = [text, el];
    }
    // A holder with running text between it and the address (a notice's button, a section's
    // heading over a message's sentences: "…foi aceita por Bruno Carvalho (bruno@…)") names a
    // block, not the person.
    if (name && !proseBetween(card, at!, person.anchor)) return name;
  }
  return null;
}

/** Past this many characters between a card's name and its address, the card is prose. */
const MAX_BETWEEN = 100;

function proseBetween(card: Element, name: Element, anchor: Element): boolean {
  const text = textOf(card, 4_000);
  const from = text.indexOf(textOf(name, 80));
  const to = text.indexOf(textOf(anchor, 80), from + 1);
  return from >= 0 && to > from && to - from > MAX_BETWEEN;
}

/** Chinese characters: a name with them and one without are a name and its romanisation. */
const HAN = /\p{Script=Han}/u;

const isPhoneOnly = (c: DetectedContact) => !c.email && !c.name && !!c.phone;
const isPerson = (c: DetectedContact) => !!c.email || !!c.name;

const precedes = comesBefore;

/** Roles that own what is written in their message or record: a phone in a message body is
 *  its sender's, not the last recipient's. */
const OWNING_ROLES = new Set(['sender', 'record', 'signature']);

/** The person whose sighting shares the closest container with `phone` — the message's sender or
 *  the record when that container holds one, else the nearest person before it — or null. */
function ownerOf(phone: Element, people: readonly DetectedContact[]): { contact: DetectedContact; level: number } | null {
  let container = phone.parentElement;
  // Once the phone's own block has a heading of its own (an office, a team), only a record or a
  // message's sender around it owns it: a person of a neighbouring block does not.
  let headed = false;
  for (let level = 0, from: Element = phone; container && level < MAX_LEVELS; level++, from = container, container = container.parentElement) {
    headed ||= from !== phone && !!from.querySelector(HEADINGS);
    let best: { contact: DetectedContact; at: Element; rank: number } | null = null;
    for (const person of people) {
      if (headed && !OWNING_ROLES.has(person.role)) continue;
      for (const at of sightings(person)) {
        if (at === phone || !container.contains(at)) continue;
        // Rank: an owning role first, then written before the phone, then closer to it.
        const rank = (OWNING_ROLES.has(person.role) ? 2 : 0) + (precedes(at, phone) ? 1 : 0);
        if (!best || rank > best.rank || (rank === best.rank && precedes(best.at, at) && precedes(at, phone))) best = { contact: person, at, rank };
      }
    }
    if (best) return { contact: best.contact, level };
  }
  return null;
}

/** Levels up from a phone within which a signature's own block lies: a signature found only
 *  further out (in the previous entry of a ticket's thread) that already has its phone is a
 *  neighbour — a note's "the shift lead: +1 …" is not the agent's second number. */
const OWN_BLOCK = 2;

/** True when an element that shows a person sits near `phone`, found or not in this pass (the
 *  content script detects a page in pieces). */
function personNearInPage(phone: Element): boolean {
  let container = phone.parentElement;
  for (let level = 0; container && level < 3; level++, container = container.parentElement) {
    try {
      if (container.querySelector(PERSON_NEAR)) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Gives lone phones and nameless signatures to their people; returns the contacts left. */
export function attachToPeople(contacts: readonly DetectedContact[], namedFor?: MentionReader, notName?: (el: Element) => boolean): DetectedContact[] {
  // A named signature without an address is looked at only when a person of that name can own it
  // ("何志远 (Zhiyuan He)" under "Zhiyuan He"): what a part of the page shows (one sender) would
  // otherwise give a colleague's signed company to a sender the whole page does not.
  const owned = (c: DetectedContact) => c.role === 'signature' && !c.email && contacts.some((p) => p.email && sameName(c.name, p.name));
  if (!contacts.some((c) => !c.name || owned(c) || (c.role === 'record' && !c.email && !c.phone))) return [...contacts];
  const out = contacts.map((c) => ({ ...c }));
  const dropped = new Set<DetectedContact>();
  // A record page shows one record: its fields read by their labels (no name) and its title read
  // by the site's adapter (no fields the adapter knew) are the same person.
  const titled = out.filter((c) => c.role === 'record' && c.name && !c.email && !c.phone);
  const fields = out.filter((c) => c.role === 'record' && (c.email || c.phone));
  if (titled.length === 1 && fields.length === 1) {
    // The adapter's reading of the record's title names it; the fields give the rest.
    const [title, found] = [titled[0]!, fields[0]!];
    title.email = found.email;
    title.phone = found.phone;
    title.company ??= found.company;
    title.elsewhere = [...(title.elsewhere ?? []), ...sightings(found)];
    dropped.add(found);
  }
  // A signature without an address: its sender's, when the names agree.
  for (const sig of out) {
    if (sig.role !== 'signature' || sig.email || !sig.name) continue;
    const senders = out.filter((c) => c.role === 'sender' && c.email);
    // One sender whose name is written in another script than the signature's ("Zhiyuan He" over
    // "何志远"), or shown by address alone above the signed message (the message's one author):
    // the names cannot disagree, so the signature is that sender's.
    const one = senders.length === 1 ? senders[0]! : undefined;
    const owner = out.find((c) => c !== sig && c.email && !dropped.has(c) && sameName(sig.name, c.name)) ?? (one && (one.name ? HAN.test(sig.name) !== HAN.test(one.name) : precedes(one.anchor, sig.anchor)) ? one : undefined);
    if (!owner) {
      // Names that disagree (a nickname or a bare address as the sender's name, "Lily" above a
      // signature "Lisa Moreno"): on a page with one sender, the company signed under their
      // message is still theirs (or their assistant's, the same company). The signature stays a
      // person of its own.
      if (senders.length === 1) senders[0]!.company ??= sig.company;
      continue;
    }
    // A sender shown by address alone is named by their signature.
    owner.name ??= sig.name;
    owner.phone ??= sig.phone;
    owner.company ??= sig.company;
    owner.elsewhere = [...(owner.elsewhere ?? []), ...sightings(sig)];
    dropped.add(sig);
  }
  const people = out.filter((c) => isPerson(c) && !dropped.has(c));
  for (const lone of out) {
    if (!isPhoneOnly(lone) || dropped.has(lone)) continue;
    // A phone in a card of its own that names someone not yet on the page (a deal's participant
    // with no address) is that person; a name already on the page owns it as below.
    const named = nameInCard(lone, people, RECORD_LINK, notName);
    if (named && /\s|\p{Script=Han}/u.test(named) && !people.some((p) => sameName(p.name, named))) {
      people.push(Object.assign(lone, { name: named }));
      continue;
    }
    // A sentence naming someone before the number ("Marc can be reached on …"): theirs.
    const mention = namedFor?.(lone, people);
    if (typeof mention === 'string') {
      people.push(Object.assign(lone, { name: mention }));
      continue;
    }
    // A contact's own (the phone is theirs) or false (a mailing's footer: nobody's).
    if (mention !== null && mention !== undefined) {
      if (mention) mention.phone ??= lone.phone;
      dropped.add(lone);
      continue;
    }
    const found = ownerOf(lone.anchor, people);
    if (found && !(found.contact.role === 'signature' && found.level >= OWN_BLOCK && found.contact.phone && found.contact.phone !== lone.phone)) {
      found.contact.phone ??= lone.phone;
      // A nameless signature's company (a company's block after "--") goes with its number.
      found.contact.company ??= lone.company;
      dropped.add(lone);
    } else if (found) {
      people.push(lone);
    } else if (personNearInPage(lone.anchor)) {
      dropped.add(lone);
    }
  }
  const kept = out.filter((c) => !dropped.has(c));
  for (const c of kept) if (c.email && !c.name && c.role === 'mentioned') c.name = nameInCard(c, kept, undefined, notName);
  return kept;
}
