import { describe, expect, it } from 'vitest';
import { EDGE, GAP, overlaps, placePanel, toastBox, toastCorner, type Box, type Size } from '@/lib/content/placement';

const VIEWPORTS: Size[] = [
  { width: 1366, height: 657 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 420, height: 720 },
  { width: 420, height: 400 },
  { width: 320, height: 240 },
];
const PANELS: Size[] = [
  { width: 340, height: 300 },
  { width: 340, height: 528 },
  { width: 340, height: 760 },
];
const button = (left: number, top: number): Box => ({ left, top, width: 18, height: 18 });

function inside(box: Box, viewport: Size) {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
}

describe('placePanel', () => {
  it('keeps the panel inside the viewport for buttons anywhere, on every screen', () => {
    let cases = 0;
    for (const viewport of VIEWPORTS) {
      for (const panel of PANELS) {
        for (const fx of [0, 0.02, 0.3, 0.5, 0.8, 0.97]) {
          for (const fy of [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]) {
            const anchor = button(fx * (viewport.width - 18), fy * (viewport.height - 18));
            const placed = placePanel(anchor, panel, viewport);
            const box = { left: placed.left, top: placed.top, width: placed.width, height: Math.min(panel.height, placed.maxHeight) };
            expect(inside(box, viewport), `${JSON.stringify({ viewport, panel, anchor, placed })}`).toBe(true);
            expect(placed.maxHeight).toBeGreaterThan(0);
            // It never sits on its own button unless the screen leaves no other place.
            if (placed.side !== 'cover') expect(overlaps(box, anchor), JSON.stringify({ viewport, panel, anchor, placed })).toBe(false);
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(VIEWPORTS.length * PANELS.length * 42);
  });

  it('opens below the button when it fits, aligned with it', () => {
    const placed = placePanel(button(300, 100), { width: 340, height: 500 }, { width: 1366, height: 657 });
    expect(placed).toEqual({ left: 300, top: 100 + 18 + GAP, width: 340, maxHeight: 500, side: 'below' });
  });

  it('flips above a button near the bottom', () => {
    const placed = placePanel(button(300, 600), { width: 340, height: 500 }, { width: 1366, height: 657 });
    expect(placed.side).toBe('above');
    expect(placed.top + placed.maxHeight).toBe(600 - GAP);
  });

  it('goes beside a mid-screen button when neither above nor below has room (the reported 1366×657 case)', () => {
    // The second person's button in a Gmail thread at y≈182: the panel used to run to 710 px.
    const placed = placePanel(button(330, 182), { width: 340, height: 528 }, { width: 1366, height: 657 });
    expect(placed.side).toBe('right');
    expect(placed.left).toBe(330 + 18 + GAP);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(657 - EDGE);
    expect(placed.maxHeight).toBe(528);
  });

  it('goes left of a button at the right edge', () => {
    const placed = placePanel(button(1300, 320), { width: 340, height: 600 }, { width: 1366, height: 657 });
    expect(placed.side).toBe('left');
    expect(placed.left + placed.width).toBe(1300 - GAP);
  });

  it('shifts sideways to stay on a narrow screen', () => {
    const placed = placePanel(button(400, 50), { width: 340, height: 300 }, { width: 420, height: 720 });
    expect(placed.side).toBe('below');
    expect(placed.left).toBe(420 - EDGE - 340);
  });

  it('narrows to the screen when the screen is narrower than the panel', () => {
    const placed = placePanel(button(10, 20), { width: 340, height: 200 }, { width: 320, height: 600 });
    expect(placed.width).toBe(320 - 2 * EDGE);
    expect(placed.left).toBe(EDGE);
  });

  it('scrolls inside itself on the roomier side when a narrow screen leaves no side free', () => {
    const placed = placePanel(button(200, 300), { width: 340, height: 600 }, { width: 420, height: 720 });
    expect(placed.side).toBe('below');
    expect(placed.maxHeight).toBe(720 - EDGE - (318 + GAP));
    const up = placePanel(button(200, 420), { width: 340, height: 600 }, { width: 420, height: 720 });
    expect(up.side).toBe('above');
    expect(up.top).toBe(EDGE);
    expect(up.top + up.maxHeight).toBe(420 - GAP);
  });

  it('covers the viewport when each side is too cramped to work in', () => {
    const placed = placePanel(button(200, 190), { width: 340, height: 600 }, { width: 420, height: 400 });
    expect(placed.side).toBe('cover');
    expect(placed.top).toBe(EDGE);
    expect(placed.maxHeight).toBe(400 - 2 * EDGE);
  });

  it('reads a DOMRect, whose fields are getters on its prototype', () => {
    class Rect {
      constructor(private readonly x: number, private readonly y: number) {}
      get left() { return this.x; }
      get top() { return this.y; }
      get width() { return 18; }
      get height() { return 18; }
    }
    const placed = placePanel(new Rect(330, 182), { width: 340, height: 528 }, { width: 1366, height: 657 });
    expect(placed.side).toBe('right');
    expect(placed.left).toBe(330 + 18 + GAP);
  });

  it('stays on screen for a button scrolled out of view', () => {
    for (const top of [-500, -18, 700, 2000]) {
      const placed = placePanel(button(300, top), { width: 340, height: 500 }, { width: 1366, height: 657 });
      expect(placed.top).toBeGreaterThanOrEqual(0);
      expect(placed.top + Math.min(500, placed.maxHeight)).toBeLessThanOrEqual(657);
    }
  });
});

describe('toastCorner', () => {
  const viewport = { width: 1366, height: 657 };
  const toast = { width: 420, height: 44 };

  it('is bottom-left with no panel open', () => {
    expect(toastCorner(toast, viewport, null)).toBe('bottom-left');
  });

  it('moves away from a panel that reaches the bottom-left corner', () => {
    const panel = { left: 100, top: 120, width: 340, height: 530 };
    expect(overlaps(toastBox('bottom-left', toast, viewport), panel)).toBe(true);
    const corner = toastCorner(toast, viewport, panel);
    expect(corner).toBe('bottom-right');
    expect(overlaps(toastBox(corner, toast, viewport), panel)).toBe(false);
  });

  it('takes the corner that covers least when every corner touches the panel', () => {
    const narrow = { width: 420, height: 720 };
    const panel = { left: 8, top: 8, width: 404, height: 600 };
    expect(toastCorner({ width: 388, height: 44 }, narrow, panel)).toBe('bottom-left');
    expect(overlaps(toastBox('bottom-left', { width: 388, height: 44 }, narrow), panel)).toBe(false);
  });
});
