// A list rendered whole (a 5,000-row inbox put in at once) is read in steps: its first rows
// alone, at once, so the rows on the first screen get their buttons in the frame that first shows
// them; then, after that frame has painted, the rest in slices of a few milliseconds. Each row is
// read as the page adding it alone would have it read, once it is near the viewport; the far ones
// are not read at all until a scroll brings them near (lib/content/offscreen.ts). Reading the
// whole list in one pass cost ~110 ms of thread time in one task on the bench inbox: every row's
// people, signed numbers and the generic core's pass over the list, the far rows' included.
// The mail scripts pass this to lib/content/tasklane.ts; no CRM adapter reads list rows.
import type { Detector } from '@/lib/detect/detector';
import type { Timers } from './timers';

/** Rows read at once: a tall screen of list rows (40 px each on a 1,600 px screen). */
export const FIRST_ROWS = 40;

/**
 * The first FIRST_ROWS list rows (`listRow`, the adapter's) of `root` when it holds more than that
 * many — siblings in one list, found from the first without a query over the whole root — else
 * null (a row, a cell, a reading pane: read whole at once, as before).
 */
export function firstRowsOf(root: ParentNode, listRow: string | undefined): Element[] | null {
  const rows: Element[] = [];
  try {
    // An element inside a row (a re-rendered cell) or a row itself is never a whole list.
    let row = !listRow || ((root as Node).nodeType === 1 && (root as Element).closest(listRow)) ? null : root.querySelector(listRow);
    // Its siblings that are rows (a section heading between is not).
    for (; row && rows.length <= FIRST_ROWS; row = row.nextElementSibling) if (row.matches(listRow!)) rows.push(row);
  } catch {
    // A selector this engine does not know: no list.
  }
  return rows.pop() && rows.length === FIRST_ROWS ? rows : null;
}

/**
 * The parts of `root` around `row`: the children of each element from the row's parent (the
 * list) up to `root`, but those on the way to the row — the list's rows and whatever is beside
 * the list, each to be read whole.
 */
export function partsAround(root: ParentNode, row: Element): Element[] {
  const parts: Element[] = [];
  let inner: Element | null = null;
  for (let at = row.parentElement; at; inner = at, at = at === root ? null : at.parentElement) {
    for (const child of at.children) if (child !== inner) parts.push(child);
  }
  return parts;
}

/** Decorates the people of `roots` and looks for replies in them (with `repliesOnly`, only that). */
export type Read = (roots: readonly ParentNode[], repliesOnly?: boolean) => void;

/**
 * `read` for the observer's batches and scans, with each whole list's first rows read first: the
 * rows alone, now; after the next paint, unless the page has dropped the list by then, `look`
 * (lib/content/viewport-gate.ts) reads in slices each of its other rows near the viewport and
 * what the root holds beside the list, leaving the far ones unread until they come near; and
 * the root's replies are looked for (as before: its first items; the watch reports each once).
 */
export function firstRowsFirst(read: Read, timers: Timers, detector: Pick<Detector, 'adapterFor'>, look: (parts: Element[]) => void): Read {
  // The adapter's row selector, looked up until an adapter is found (a site told by its page,
  // still loading, is recognised later) or the page has loaded without one; then kept: an app's
  // adapter stays the same on its document, and the address (a slow read from here) is not read
  // on every frame of a busy page.
  let listRow: string | undefined;
  let known = false;
  return (roots) => {
    if (!known) {
      const adapter = detector.adapterFor(new URL(location.href), document);
      listRow = adapter?.listRow;
      known = !!adapter || document.readyState === 'complete';
    }
    const first: Element[] = [];
    const whole: [ParentNode, Element[]][] = [];
    const rest = roots.filter((root) => {
      const rows = firstRowsOf(root, listRow);
      if (rows) {
        first.push(...rows);
        whole.push([root, rows]);
      }
      return !rows;
    });
    if (!whole.length) return read(roots);
    read(first);
    if (rest.length) read(rest);
    timers.frame(() =>
      timers.soon(() => {
        for (const [root, rows] of whole) {
          if (!(root as Node).isConnected) continue; // dropped by the page meanwhile
          look(partsAround(root, rows[0]!).filter((part) => !rows.includes(part)));
          // In a task of its own: the gate's first slice has just run in this one.
          timers.soon(() => read([root], true));
        }
      }),
    );
  };
}
