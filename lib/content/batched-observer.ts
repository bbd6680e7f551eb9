// One MutationObserver per root. Mutations only collect the elements that were added, and the
// work runs once over each batch, never while the tab is hidden. A small batch (a new mail, a
// re-rendered row) is handled in the observer's own callback: it runs before the frame that
// shows the page's change is painted, so the button appears with its row, not a frame later.
// Bigger batches wait for the next frame, coalescing whatever else the page adds meanwhile, and
// a batch so big that looking at each node costs more than one pass becomes a single rescan.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isLive, timersFor, type Timers } from './timers';

/** Above this many added roots in one frame, rescanning the whole root is cheaper. */
export const RESCAN_THRESHOLD = 400;

/** Up to this many added roots are handled at once, in the observer's callback. */
export const IMMEDIATE_MAX = 24;

/** The element every Tasklane UI host is (lib/content/shadow.ts createHost). */
const OWN_HOST = 'tasklane-ui';

export type BatchHandler = (roots: Element[] | 'rescan') => void;

/** Containers whose changes can wait (lib/content/offscreen.ts): one lookup per record. */
export interface Deferral {
  holds(target: Node): boolean;
  defer(target: Element): void;
}

export function observeAdditions(
  ctx: ContentScriptContext,
  root: Element,
  onBatch: BatchHandler,
  timers: Timers = timersFor(ctx),
  deferral?: Deferral,
): void {
  let pending = new Set<Element>();
  let overflow = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (!isLive(ctx) || document.hidden) return; // (hidden: visibilitychange schedules us again)
    const batch = pending;
    const rescan = overflow;
    pending = new Set();
    overflow = false;
    if (rescan) onBatch('rescan');
    else {
      const roots = outermost(batch);
      if (roots.length) onBatch(roots);
    }
    // The buttons just inserted queued records of their own: take them now, so they don't
    // cost the page another call into the extension. Only our code ran since the batch was
    // taken (the page's changes reach the callback at its microtask checkpoints, never inside
    // ours), so they hold only our hosts: dropped unread, not looked at one by one.
    observer.takeRecords();
  };
  const schedule = () => {
    if (scheduled || document.hidden) return;
    scheduled = true;
    timers.frame(flush);
  };

  /** Adds the records' new elements to the batch; true when there is work to schedule. */
  const collect = (records: MutationRecord[]): boolean => {
    if (overflow) return false;
    const before = pending.size;
    // While the parser adds the document, an element's text can come in a later batch than the
    // element itself (Firefox splits a page so on a cold load): the element is looked at again.
    // Once loaded, text changes (a re-rendered time, a counter) are not people, and cost nothing.
    const loading = document.readyState === 'loading';
    // Indexed loops: the records and node lists are DOM objects, and their iterators cost more
    // per step than an index on a busy page's thousands of records.
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const added = record.addedNodes;
      const count = added.length;
      // Only elements are scanned. Our own hosts never are: skipping them here keeps the buttons
      // we insert from costing a frame of their own, or counting toward a rescan of the page.
      let first = 0;
      while (first < count && !isTheirs(added[first]!)) first++;
      const parsedText = first === count;
      // A text change, a removal, one of our buttons: the common case, and its target unread.
      if (parsedText && !(loading && isTheirs(record.target) && hasText(added))) continue;
      const target = record.target;
      // A container seen off screen: its change waits until it comes near.
      if (deferral?.holds(target)) {
        deferral.defer(target as Element);
        continue;
      }
      // The first element of theirs was just told apart by the scan above: not asked again.
      pending.add(parsedText ? (target as Element) : (added[first] as Element));
      for (let n = first + 1; n < count; n++) {
        const node = added[n]!;
        if (isTheirs(node)) pending.add(node);
      }
    }
    if (pending.size === before) return false;
    if (pending.size > RESCAN_THRESHOLD) {
      overflow = true;
      pending.clear();
    }
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (!collect(records)) return;
    if (!scheduled && !overflow && pending.size <= IMMEDIATE_MAX) flush();
    else schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (!document.hidden && (pending.size || overflow)) schedule();
  });
}

/** An element the page added (not text, not one of our hosts). By nodeType, not `instanceof`:
 *  from the content script's world that walks the node's prototype chain, per added node. */
function isTheirs(node: Node): node is Element {
  return node.nodeType === 1 && (node as Element).localName !== OWN_HOST;
}

/** True when the added nodes hold a text node with more than whitespace. */
function hasText(added: NodeList): boolean {
  for (let n = 0; n < added.length; n++) {
    const node = added[n]!;
    if (node.nodeType === 3 && (node as Text).data.trim()) return true;
  }
  return false;
}

/** Drops elements that are gone or inside another element of the batch: each subtree once. */
function outermost(batch: Set<Element>): Element[] {
  const roots: Element[] = [];
  for (const element of batch) {
    if (!element.isConnected) continue;
    // The usual batch of a busy page (one new row, one re-rendered cell) has nothing to be
    // inside of: no walk up to the document for it.
    let parent = batch.size > 1 ? element.parentElement : null;
    while (parent && !batch.has(parent)) parent = parent.parentElement;
    if (!parent) roots.push(element);
  }
  return roots;
}
