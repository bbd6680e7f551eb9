// Who already has a button on the page, and what is known of them. The content script detects a
// page in pieces (each batch of added elements on its own), so a person is often seen again after
// their button is on: their header first, their message's signature later (a webmail renders a
// body after its header; Firefox's parser may add it in a later batch). A later sighting never
// makes a second button, and what it adds — a phone, a company, a name — goes to the person the
// button already has, so a click makes the task the whole page would have made.
import type { DetectedContact } from '@/lib/detect/types';

/** The fields a later sighting may fill in: only ones still empty, so nothing a button's person
 *  was shown with ever changes. */
const FILLED_IN = ['email', 'name', 'phone', 'company'] as const;

/** Copies into `into` each of `from`'s fields that `into` lacks. */
export function fillIn(into: DetectedContact, from: DetectedContact): void {
  for (const field of FILLED_IN) into[field] ??= from[field];
}

/** Whom a button is for on a view: their address, else their number, else their name. */
const keyOf = (contact: DetectedContact) => contact.email ?? contact.phone ?? contact.name ?? '';

export class PlacedPeople<T extends { contact: DetectedContact }> {
  /** Anchors that already have a button: never two for one element. Kept across views: a
   *  button's anchor never gets a second one. */
  private readonly decorated = new WeakSet<Element>();
  /** The person each decorated anchor holds (the object its button acts on). */
  private readonly foundAt = new WeakMap<Element, T>();
  /** People with a button on this view (by address), so a person seen twice gets one button. */
  private byPerson = new Map<string, WeakRef<Element>>();
  /** The same per list row: each row is its own email, so a sender of two gets a button in each. */
  private byRow = new WeakMap<Element, Map<string, WeakRef<Element>>>();

  /**
   * True when `found` needs a button of its own (it is then recorded as having one). Otherwise —
   * its anchor has a button, or the same person has one on this view (or in this row) — the
   * person that button acts on gets whatever `found` knows that it lacked.
   */
  claim(found: T): boolean {
    const { anchor } = found.contact;
    if (this.decorated.has(anchor)) {
      this.fillFrom(anchor, found);
      return false;
    }
    if (!anchor.isConnected) return false;
    const key = keyOf(found.contact);
    const buttons = this.where(found.contact.row);
    const existing = buttons.get(key)?.deref();
    if (existing?.isConnected) {
      this.fillFrom(existing, found);
      return false;
    }
    this.decorated.add(anchor);
    this.foundAt.set(anchor, found);
    buttons.set(key, new WeakRef(anchor));
    return true;
  }

  /** A new view: people may get buttons again (their old anchors stay decorated). */
  newView(): void {
    this.byPerson = new Map();
    this.byRow = new WeakMap();
  }

  private fillFrom(anchor: Element, found: T): void {
    const placed = this.foundAt.get(anchor);
    if (!placed || placed === found) return;
    const before = keyOf(placed.contact);
    fillIn(placed.contact, found.contact);
    // A signature read before its address line came in: the address now names them too.
    const after = keyOf(placed.contact);
    const buttons = this.where(placed.contact.row);
    if (after !== before && !buttons.get(after)?.deref()?.isConnected) buttons.set(after, new WeakRef(anchor));
  }

  private where(row: Element | undefined): Map<string, WeakRef<Element>> {
    if (!row) return this.byPerson;
    let inRow = this.byRow.get(row);
    if (!inRow) this.byRow.set(row, (inRow = new Map()));
    return inRow;
  }
}
