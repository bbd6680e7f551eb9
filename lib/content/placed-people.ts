// Who already has a button on the page, and what is known of them. The content script detects a
// page in pieces (each batch of added elements on its own), so a person is often seen again after
// their button is on: their header first, their message's signature later (a webmail renders a
// body after its header; Firefox's parser may add it in a later batch). A later sighting never
// makes a second button, and what it adds — a phone, a company, a name — goes to the person the
// button already has, so a click makes the task the whole page would have made.
import { ROLE_STRENGTH } from '@/lib/detect/normalize';
import type { DetectedContact } from '@/lib/detect/types';

/** The fields a later sighting may fill in (or, of a stronger role, lead: as detection merges). */
const FILLED_IN = ['name', 'phone', 'company'] as const;

/**
 * Copies into `into` each of `from`'s fields that `into` lacks — or, when `from` has the stronger
 * role, each field `from` knows, and its role: detection merging the page read whole keeps the
 * stronger sighting's fields (lib/detect/normalize.ts merge). A record reader arriving late (the
 * mail scripts' record kit) reads a record's person as `record` where the first, kit-less reading
 * had them `mentioned` under an Owner's or a department's name. The address stays: it is who the
 * button is for. True when the name changed: the button says whom it is for, and must be renamed.
 */
export function fillIn(into: DetectedContact, from: DetectedContact): boolean {
  const before = into.name;
  const leads = ROLE_STRENGTH.indexOf(from.role) < ROLE_STRENGTH.indexOf(into.role);
  into.email ??= from.email;
  for (const field of FILLED_IN) into[field] = (leads ? from[field] : into[field]) ?? into[field] ?? from[field];
  if (leads) into.role = from.role;
  return into.name !== before;
}

/** A person's number as placed people compare it: its last nine digits ('' without one). */
const numberOf = (contact: DetectedContact): string => contact.phone?.replace(/\D/g, '').slice(-9) ?? '';

/** Every key a placed person is known by on a view: address, number (its last nine digits, as
 *  lib/detect/normalize.ts compares them), name, and being the page's record. */
function keysOf(contact: DetectedContact): string[] {
  const digits = numberOf(contact);
  return [
    ...(contact.email ? [`e:${contact.email}`] : []),
    ...(digits.length >= 7 ? [`p:${digits}`] : []),
    ...(contact.name ? [`n:${contact.name.toLowerCase()}`] : []),
    ...(contact.role === 'record' ? ['record'] : []),
  ];
}

/** The keys a sighting is looked up by: its address, number, then name — as detection merges
 *  people. Past the address, a sighting with one finds only a placed person with none (two
 *  addresses are two people, whatever their names): a record's name read before its Email field
 *  came in is the same person (claim). A record's fields read on their own (an Email field with
 *  no name beside it: Dynamics' form in a later batch than its heading) are the record's person:
 *  a nameless record sighting finds the record placed without an address. */
const lookupsOf = (contact: DetectedContact): string[] => keysOf(contact).filter((key) => key !== 'record' || !contact.name);

/** Two sightings at one element are two people when they say so: two addresses, or — with no
 *  address between them — two numbers or two names neither of which holds the other ("Khalid" and
 *  "Babatunde" named in one paragraph; "Anna" and "Anna Schmidt" are one header read twice). */
function twoPeople(a: DetectedContact, b: DetectedContact): boolean {
  if (a.email || b.email) return !!a.email && !!b.email && a.email !== b.email;
  const [p, q] = [numberOf(a), numberOf(b)];
  if (p && q && p !== q) return true;
  const [x, y] = [a.name?.toLowerCase() ?? '', b.name?.toLowerCase() ?? ''];
  return !!x && !!y && !x.includes(y) && !y.includes(x);
}

export interface PlacedPeople<T> {
  /**
   * True when `found` needs a button of its own (it is then recorded as having one). Otherwise —
   * its anchor has a button, or the same person has one on this view (or in this row) — the
   * person that button acts on gets whatever `found` knows that it lacked.
   */
  claim(found: T): boolean;
  /** A new view: people may get buttons again (their old anchors stay decorated). */
  newView(): void;
}

/** A closure rather than a class: its names shrink in the content scripts' bundles. */
/** `renamed`: a placed person's name changed (or came) after their button was made. */
export function placedPeople<T extends { contact: DetectedContact }>(renamed?: (found: T) => void): PlacedPeople<T> {
  /** The people each decorated anchor holds (the objects their buttons act on): one button per
   *  person at an element (two people in one table cell or one paragraph get one each). Kept across
   *  views: a person's anchor never gets a second button for them. */
  const foundAt = new WeakMap<Element, T[]>();
  /** People with a button on this view (by address, number and name: keysOf), so a person seen
   *  twice gets one button. */
  let byPerson = new Map<string, WeakRef<Element>>();
  /** The same per list row: each row is its own email, so a sender of two gets a button in each. */
  let byRow = new WeakMap<Element, Map<string, WeakRef<Element>>>();

  const where = (row: Element | undefined): Map<string, WeakRef<Element>> => {
    if (!row) return byPerson;
    let inRow = byRow.get(row);
    if (!inRow) byRow.set(row, (inRow = new Map()));
    return inRow;
  };
  /** Records `anchor` under each of the person's keys that no other button on the view holds. */
  const register = (anchor: Element, contact: DetectedContact) => {
    const buttons = where(contact.row);
    for (const key of keysOf(contact)) if (!buttons.get(key)?.deref()?.isConnected) buttons.set(key, new WeakRef(anchor));
  };
  const fillFrom = (anchor: Element, placed: T | undefined, found: T) => {
    if (!placed || placed === found) return;
    const buttons = where(placed.contact.row);
    // A button of an earlier view (Gmail keeps old views in the page, hidden) does not stand for
    // the person on this one: it learns, but finds no one.
    const onThisView = keysOf(placed.contact).some((key) => buttons.get(key)?.deref() === anchor);
    if (fillIn(placed.contact, found.contact)) renamed?.(placed);
    // A header read before its address came in: the address (or number) now finds them too.
    if (onThisView) register(anchor, placed.contact);
  };

  return {
    claim(found) {
      const { anchor } = found.contact;
      const here = foundAt.get(anchor) ?? [];
      const same = here.find((placed) => !twoPeople(placed.contact, found.contact));
      if (same) {
        fillFrom(anchor, same, found);
        return false;
      }
      if (!anchor.isConnected) return false;
      const buttons = where(found.contact.row);
      const { email } = found.contact;
      for (const key of lookupsOf(found.contact)) {
        const existing = buttons.get(key)?.deref();
        // Of the people at that element, the one this key is theirs.
        const placed = existing && foundAt.get(existing)?.find((p) => keysOf(p.contact).includes(key));
        const theirs = placed?.contact.email;
        if (existing?.isConnected && (!email || !theirs || theirs === email)) {
          fillFrom(existing, placed, found);
          return false;
        }
      }
      foundAt.set(anchor, [...here, found]);
      register(anchor, found.contact);
      return true;
    },
    newView() {
      byPerson = new Map();
      byRow = new WeakMap();
    },
  };
}
