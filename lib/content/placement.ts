// Where the quick-create panel and the toast go, as pure arithmetic on viewport coordinates
// (unit-tested in tests/unit/content/placement.test.ts). The panel must fit whole inside the
// viewport, Create included, whatever the screen and wherever its button sits: below the
// button, else above it, else beside it, else on the roomier side scrolling inside itself
// (its footer with Create is sticky), else over the viewport's full height.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'cover';

export interface PanelPlacement {
  left: number;
  top: number;
  width: number;
  /** The panel's height limit: below its natural height it scrolls inside itself. */
  maxHeight: number;
  side: Side;
}

/** Distance kept from the viewport's edges. */
export const EDGE = 8;
/** Distance between the button and the panel. */
export const GAP = 6;
/** Below this height a panel squeezed on one side of its button is too cramped to use: cover instead. */
export const MIN_SCROLLING_HEIGHT = 260;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Places a panel of natural size `panel` for the button at `anchor` in `viewport`. The result
 * always lies inside the viewport, `EDGE` from its borders (when the viewport is that large).
 */
export function placePanel(button: Box, panel: Size, viewport: Size): PanelPlacement {
  // A button scrolled out of view counts as sitting at the edge it left by.
  // (Copied field by field: a DOMRect's fields are getters, which spreading drops.)
  const anchor = {
    width: button.width,
    height: button.height,
    left: clamp(button.left, 0, Math.max(0, viewport.width - button.width)),
    top: clamp(button.top, 0, Math.max(0, viewport.height - button.height)),
  };
  const width = Math.max(0, Math.min(panel.width, viewport.width - 2 * EDGE));
  const fullHeight = Math.max(0, viewport.height - 2 * EDGE);
  const height = Math.min(panel.height, fullHeight);
  const anchorRight = anchor.left + anchor.width;
  const anchorBottom = anchor.top + anchor.height;
  // Aligned with the button's left edge, shifted sideways to stay on screen.
  const alignedLeft = clamp(anchor.left, EDGE, viewport.width - EDGE - width);
  const below = viewport.height - EDGE - (anchorBottom + GAP);
  const above = anchor.top - GAP - EDGE;

  if (panel.height <= below) return { left: alignedLeft, top: anchorBottom + GAP, width, maxHeight: panel.height, side: 'below' };
  if (panel.height <= above) return { left: alignedLeft, top: anchor.top - GAP - panel.height, width, maxHeight: panel.height, side: 'above' };

  // Beside the button, full height available, vertically as close to the button as fits.
  const besideTop = clamp(anchor.top - height / 3, EDGE, viewport.height - EDGE - height);
  if (viewport.width - EDGE - (anchorRight + GAP) >= width) {
    return { left: anchorRight + GAP, top: besideTop, width, maxHeight: height, side: 'right' };
  }
  if (anchor.left - GAP - EDGE >= width) {
    return { left: anchor.left - GAP - width, top: besideTop, width, maxHeight: height, side: 'left' };
  }

  // The roomier side, scrolling inside itself, if that leaves room enough to work in.
  if (Math.max(below, above) >= Math.min(MIN_SCROLLING_HEIGHT, panel.height)) {
    return below >= above
      ? { left: alignedLeft, top: anchorBottom + GAP, width, maxHeight: below, side: 'below' }
      : { left: alignedLeft, top: EDGE, width, maxHeight: above, side: 'above' };
  }
  // A tiny viewport, or a button off screen: over the page, as tall as the viewport allows.
  return { left: alignedLeft, top: clamp(viewport.height / 2 - height / 2, EDGE, viewport.height - EDGE - height), width, maxHeight: height, side: 'cover' };
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

export const TOAST_INSET = 16;

/** The toast's box in a corner. */
export function toastBox(corner: Corner, toast: Size, viewport: Size): Box {
  const left = corner.endsWith('left') ? TOAST_INSET : viewport.width - TOAST_INSET - toast.width;
  const top = corner.startsWith('top') ? TOAST_INSET : viewport.height - TOAST_INSET - toast.height;
  return { left, top, width: toast.width, height: toast.height };
}

/**
 * The first corner (bottom-left, as ever, then bottom-right, top-left, top-right) where the
 * toast leaves the open panel uncovered; when none does (a panel covering the viewport), the
 * corner that covers least of it.
 */
export function toastCorner(toast: Size, viewport: Size, avoid: Box | null): Corner {
  const corners: Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];
  if (!avoid) return corners[0]!;
  const free = corners.find((corner) => !overlaps(toastBox(corner, toast, viewport), avoid));
  if (free) return free;
  const shared = (corner: Corner) => {
    const box = toastBox(corner, toast, viewport);
    const w = Math.min(box.left + box.width, avoid.left + avoid.width) - Math.max(box.left, avoid.left);
    const h = Math.min(box.top + box.height, avoid.top + avoid.height) - Math.max(box.top, avoid.top);
    return Math.max(0, w) * Math.max(0, h);
  };
  return corners.reduce((best, corner) => (shared(corner) < shared(best) ? corner : best));
}
