// People far from the viewport wait here instead of getting a button. A rep needs buttons on
// the rows they can see; on a 5,000-row inbox, buttons on all ~2,800 people cost the page style
// and layout on every frame, and the rows it re-renders off screen would cost us detection and a
// new button each time. So the containers around a waiting person that lie wholly off screen
// are remembered as far: a change inside one costs the observer one lookup and is looked at once
// it comes near. A long list's far rows are not even read (./first-rows.ts): each is remembered
// as far whole, unread. A scroll or a resize hands everything back for another look.
//
// Only what was seen off screen waits. Anything unseen (a new row, a reading pane, a thread) is
// handled at once, and small batches never read layout at all (see NEEDS_GEOMETRY).
import type { DetectedContact } from '@/lib/detect';

/** Up to this many people found at once are decorated without reading layout (viewport-gate.ts). */
export const NEEDS_GEOMETRY = 40;

/** People this far beyond the viewport, in viewport heights (and widths), still get a button. */
const NEAR_MARGIN = 1;

/** How many ancestors of a far person are remembered as far, at most (a list row's depth). */
const MAX_FAR_DEPTH = 8;

/** A change this many levels below a far element waits too (a row's date cell, a label chip). */
const HELD_DEPTH = 3;

/** Layout reads for far rows go on in slices of this many milliseconds. */
const MARK_SLICE_MS = 4;

/** The band around the screen within which people get buttons, in viewport coordinates. */
interface Reach {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The band now (the window's size is a call into the browser each time: read once per pass). */
export function reachNow(): Reach {
  const height = innerHeight;
  const width = innerWidth;
  return { top: -height * NEAR_MARGIN, bottom: height * (1 + NEAR_MARGIN), left: -width * NEAR_MARGIN, right: width * (1 + NEAR_MARGIN) };
}

/** Whether `element` lies within a viewport's reach of the screen. */
export function isNearViewport(element: Element, reach: Reach = reachNow()): boolean {
  const box = element.getBoundingClientRect();
  // Not laid out (display: none, a collapsed message): it can appear without any scroll to tell
  // us, so it is decorated as before and shows when the page opens it.
  if (box.width === 0 && box.height === 0) return true;
  return box.bottom >= reach.top && box.top <= reach.bottom && box.right >= reach.left && box.left <= reach.right;
}

/** A detected person (the content script's Found); where it appears is its contact's anchors. */
export interface Sighted {
  contact: DetectedContact;
}

/** `item` with its button placed at the first of `anchors`, the rest kept as sightings. */
function placedAt<T extends Sighted>(item: T, anchors: Element[]): T {
  if (anchors[0] === item.contact.anchor && anchors.length === 1 + (item.contact.elsewhere?.length ?? 0)) return item;
  return { ...item, contact: { ...item.contact, anchor: anchors[0]!, elsewhere: anchors.slice(1) } };
}

export class Offscreen<T extends Sighted> {
  /** Elements seen wholly off screen, each around a waiting person. */
  private far = new WeakSet<Element>();
  private waiting: T[] = [];
  /** Far containers the page changed since: looked at again when they come near. */
  private changed = new Set<Element>();
  /** Far anchors whose ancestors are still to be looked at (after the near ones are decorated). */
  private unmarked: Element[] = [];

  /** Whether a change inside `target` can wait (the observer asks for every record). */
  holds(target: Node): boolean {
    // No parent read past the last level looked at: each is a call into the DOM.
    for (let element = target as Element | null, depth = 0; element; element = element.parentElement) {
      if (this.far.has(element)) return true;
      if (++depth > HELD_DEPTH) break;
    }
    return false;
  }

  /** A far container the page changed, or a list row not read yet (./first-rows.ts): changes
   *  inside it wait too, and it is read once it comes near (viewport-gate.ts). */
  defer(target: Element): void {
    this.far.add(target);
    this.changed.add(target);
  }

  /**
   * The people near the viewport, in order, each placed at a sighting in reach; the others wait
   * here. All the layout reads happen before any button goes in: a read after an insertion would
   * lay out the page again.
   */
  sortOut(items: T[]): T[] {
    const reach = reachNow();
    const nearItems: T[] = [];
    for (const item of items) {
      const { anchor, elsewhere } = item.contact;
      const near: Element[] = [];
      const far: Element[] = [];
      for (const sighting of elsewhere ? [anchor, ...elsewhere] : [anchor]) {
        if (!sighting.isConnected) continue;
        if (isNearViewport(sighting, reach)) near.push(sighting);
        else {
          far.push(sighting);
          // Seen far before (a person still waiting after a scroll): its rows are remembered.
          if (this.far.has(sighting)) continue;
          this.far.add(sighting);
          this.unmarked.push(sighting);
        }
      }
      if (near.length) nearItems.push(placedAt(item, near));
      // Waits even when placed near: a far row of the same person may be the one left later.
      if (far.length) this.waiting.push(placedAt(item, far));
    }
    return nearItems;
  }

  /** Whether far anchors' ancestors are still to be looked at (see markSome). */
  get marking(): boolean {
    return this.unmarked.length > 0;
  }

  /**
   * Remembers the ancestors of far anchors that lie wholly off screen, for a few milliseconds;
   * true when done. It runs after the near people are decorated: thousands of rows' layout
   * reads should not hold up the buttons a rep is looking at.
   */
  markSome(): boolean {
    const deadline = performance.now() + MARK_SLICE_MS;
    const reach = reachNow();
    while (this.unmarked.length && performance.now() < deadline) {
      for (let i = 0; i < 64 && this.unmarked.length; i++) this.markAncestors(this.unmarked.pop()!, reach);
    }
    return this.unmarked.length === 0;
  }

  private markAncestors(anchor: Element, reach: Reach): void {
    // Decorated since (a scroll brought it near), or the page dropped it.
    if (!this.far.has(anchor) || !anchor.isConnected) return;
    let element = anchor.parentElement;
    for (let depth = 1; element && depth < MAX_FAR_DEPTH && !this.far.has(element); depth++) {
      // Each ancestor must be wholly far too, or a change to the part of it on screen would wait.
      if (isNearViewport(element, reach)) break;
      this.far.add(element);
      element = element.parentElement;
    }
  }

  /** `anchor` got a button: it and the ancestors remembered with it are near now. */
  decorated(anchor: Element): void {
    let element: Element | null = anchor;
    while (element && this.far.delete(element)) element = element.parentElement;
  }

  /** Everything waiting, handed over (and forgotten here) for another look: the people, and the
   *  changed far containers, whose layout the gate reads in slices (a long list's unread rows
   *  are thousands: one read each in one task was tens of milliseconds). */
  takeAll(): { people: T[]; changed: Element[] } {
    const people = this.waiting;
    const changed = [...this.changed];
    this.waiting = [];
    this.changed.clear();
    return { people, changed };
  }

  get size(): number {
    return this.waiting.length + this.changed.size;
  }

  clear(): void {
    this.far = new WeakSet();
    this.waiting = [];
    this.changed.clear();
    this.unmarked = [];
  }
}
