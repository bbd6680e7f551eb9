// One MutationObserver per root. Mutations only collect the elements that were added; the
// work runs once per frame over that batch, never while the tab is hidden, and a batch so big
// that looking at each node costs more than one pass becomes a single rescan of the root.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Above this many added roots in one frame, rescanning the whole root is cheaper. */
export const RESCAN_THRESHOLD = 400;

export type BatchHandler = (roots: Element[] | 'rescan') => void;

export function observeAdditions(ctx: ContentScriptContext, root: Element, onBatch: BatchHandler): void {
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
    ctx.requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    if (overflow) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) pending.add(node as Element);
      }
    }
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
