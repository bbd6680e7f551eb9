// One MutationObserver per root. Mutations only collect the elements that were added; the
// work runs once per frame over that batch, never while the tab is hidden, and a batch so big
// that looking at each node costs more than one pass becomes a single rescan of the root.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { timersFor, type Timers } from './timers';

/** Above this many added roots in one frame, rescanning the whole root is cheaper. */
export const RESCAN_THRESHOLD = 400;

/** The element every Tasklane UI host is (lib/content/shadow.ts createHost). */
const OWN_HOST = 'tasklane-ui';

export type BatchHandler = (roots: Element[] | 'rescan') => void;

export function observeAdditions(ctx: ContentScriptContext, root: Element, onBatch: BatchHandler, timers: Timers = timersFor(ctx)): void {
  let pending = new Set<Element>();
  let overflow = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (!ctx.isValid) return;
    if (document.hidden) return; // visibilitychange schedules us again
    const batch = pending;
    const rescan = overflow;
    pending = new Set();
    overflow = false;
    if (rescan) {
      onBatch('rescan');
      return;
    }
    const roots = outermost(batch);
    if (roots.length) onBatch(roots);
  };
  const schedule = () => {
    if (scheduled || document.hidden) return;
    scheduled = true;
    timers.frame(flush);
  };

  const observer = new MutationObserver((records) => {
    if (overflow) return;
    const before = pending.size;
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Our own hosts are never scanned: skipping them here keeps the buttons we insert from
        // costing a frame of their own, or counting toward a rescan of the whole page.
        if (node.nodeType === 1 && (node as Element).localName !== OWN_HOST) pending.add(node as Element);
      }
    }
    if (pending.size === before) return;
    if (pending.size > RESCAN_THRESHOLD) {
      overflow = true;
      pending.clear();
    }
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (!document.hidden && (pending.size || overflow)) schedule();
  });
}

/** Drops elements that are gone or inside another element of the batch: each subtree once. */
function outermost(batch: Set<Element>): Element[] {
  const roots: Element[] = [];
  for (const element of batch) {
    if (!element.isConnected) continue;
    let parent = element.parentElement;
    while (parent && !batch.has(parent)) parent = parent.parentElement;
    if (!parent) roots.push(element);
  }
  return roots;
}
