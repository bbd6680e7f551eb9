// A list rendered whole (a 5,000-row inbox put in at once) is read in two steps: its first rows
// alone, at once, so the rows on the first screen get their buttons in the frame that first shows
// them; then the whole list (and whatever else the added element holds) after that frame has
// painted. Reading the whole list first cost the first buttons 100-200 ms on the bench inbox:
// every row's people, signed numbers and the generic core's pass over the list, in one task.
// The mail scripts pass this to lib/content/tasklane.ts; no CRM adapter reads list rows.
import type { Detector } from '@/lib/detect/detector';
import type { Timers } from './timers';

/** Rows read at once: a tall screen of list rows (40 px each on a 1,600 px screen). */
export const FIRST_ROWS = 40;

/**
 * The first FIRST_ROWS list rows (`listRow`, the adapter's) of `root` when it holds more than
 * that many — siblings in one list, found from the first without a query over the whole root —
 * else null (a row, a cell, a reading pane: read whole at once, as before).
 */
export function firstRowsOf(root: ParentNode, listRow: string | undefined): Element[] | null {
  if (!listRow) return null;
  let row: Element | null;
  try {
    // An element inside a row (a re-rendered cell) or a row itself is never a whole list.
    if ((root as Node).nodeType === 1 && (root as Element).closest(listRow)) return null;
    row = root.querySelector(listRow);
  } catch {
    return null;
  }
  const rows: Element[] = [];
  for (; row && rows.length <= FIRST_ROWS; row = row.nextElementSibling) {
    if (row.matches(listRow)) rows.push(row);
  }
  return rows.length > FIRST_ROWS ? rows.slice(0, FIRST_ROWS) : null;
}

/** Decorates the people of `roots` (with `adapterOnly`: the site adapter's alone, for rows). */
export type Read = (roots: readonly ParentNode[], adapterOnly?: boolean) => void;

/**
 * `read` for the observer's batches and scans, with each whole list's first rows read first:
 * the rows alone, their adapter's people only (the generic core reads them in the whole pass),
 * then the whole root in a task after the next paint, unless the page has dropped it by then.
 * (Replies are looked for in both: the watch reports each reply once.)
 */
export function firstRowsFirst(read: Read, timers: Timers, detector: Pick<Detector, 'adapterFor'>): Read {
  // The adapter's row selector, looked up until one is found (a site told by its page, still
  // loading, is recognised later), then kept: an app's adapter stays the same on its document,
  // and the address (a slow read from here) is not read on every frame of a busy page.
  let row: string | undefined;
  return (roots) => {
    row ??= detector.adapterFor(new URL(location.href), document)?.listRow;
    const first: Element[] = [];
    const whole: ParentNode[] = [];
    const rest = roots.filter((root) => {
      const rows = firstRowsOf(root, row);
      if (rows) {
        first.push(...rows);
        whole.push(root);
      }
      return !rows;
    });
    if (!whole.length) return read(roots);
    read(first, true);
    if (rest.length) read(rest);
    timers.frame(() => timers.soon(() => read(whole.filter((root) => (root as Node).isConnected))));
  };
}
