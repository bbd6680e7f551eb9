// Decides what the content script decorates now and what waits (lib/content/offscreen.ts keeps
// the waiting): a few people found at once go on at once, without reading layout; of many (a
// list just rendered), the first few now and the rest once the page has painted, only those
// near the viewport; the waiting ones get another look after a scroll or a resize.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isNearViewport, NEEDS_GEOMETRY, Offscreen, reachNow, type Sighted } from './offscreen';
import type { Timers } from './timers';

/** Waiting people get another look once scrolling or resizing has paused this long. */
const SWEEP_MS = 150;

/** Layout reads for waiting people go on in slices of about this many milliseconds. */
const SLICE_MS = 6;

/** People sorted out between two looks at the clock (a layout read costs a few µs). */
const CHUNK = 128;

export interface ViewportGate<T extends Sighted> {
  /** Far rows and the people in them: the observer defers changes inside those rows here. */
  readonly offscreen: Offscreen<T>;
  /** Of people just found, those to decorate now; the others reach `decorate` later, if near. */
  now(founds: T[]): T[];
  /** Reads those of `parts` near the viewport in slices, after a layout read each; the others
   *  wait until a scroll brings them near (./first-rows.ts: a long list's rows). */
  look(parts: Element[]): void;
  /** A new view (or a rescan): nothing waits any more. */
  clear(): void;
}

export interface GateHooks<T> {
  /** People inside a far row the page changed, once it comes near. */
  detect(root: Element): T[];
  /** Decorates people found near, in a later task. */
  decorate(near: T[]): void;
}

export function viewportGate<T extends Sighted>(ctx: ContentScriptContext, timers: Timers, hooks: GateHooks<T>): ViewportGate<T> {
  const offscreen = new Offscreen<T>();

  /** The people near the viewport; the far ones wait, their rows remembered in later tasks. */
  const sortOut = (founds: T[]): T[] => {
    const near = offscreen.sortOut(founds);
    if (offscreen.marking && !marking) {
      marking = true;
      timers.soon(markFar);
    }
    return near;
  };
  // One chain of marking slices at a time: each sorted-out chunk adds to the same list.
  let marking = false;
  const markFar = () => {
    if (offscreen.markSome()) marking = false;
    else timers.soon(markFar);
  };
  /**
   * Sorts out `founds` in slices, decorating the near ones as each slice finds them: thousands of
   * waiting people (a long list scrolled) would otherwise be one long task of layout reads. The
   * containers in `parts` (far ones the page changed, a long list's rows not read yet) come
   * first: those in reach are read and their people join `founds`; the others wait (again).
   */
  const decorateNear = (founds: T[], parts: Element[] = [], from = 0, part = 0) => {
    const deadline = performance.now() + SLICE_MS;
    const reach = reachNow();
    for (; part < parts.length && performance.now() < deadline; part++) {
      const target = parts[part]!;
      if (!target.isConnected) continue;
      if (!isNearViewport(target, reach)) offscreen.defer(target);
      else {
        // Near: looked at now, and its later changes are handled as they come.
        offscreen.decorated(target);
        founds.push(...hooks.detect(target));
      }
    }
    let at = from;
    while (part >= parts.length && at < founds.length && performance.now() < deadline) {
      const near = sortOut(founds.slice(at, at + CHUNK));
      at += CHUNK;
      if (near.length) hooks.decorate(near);
    }
    if (part < parts.length || at < founds.length) timers.soon(() => decorateNear(founds, parts, at, part));
  };

  // A scroll (of the page or any scroller in it, seen in the capture phase) or a resize brings
  // waiting people near. They get their look once it pauses: one pass per gesture, not one every
  // few frames while the rep scrolls.
  let sweepScheduled = false;
  let lastMove = 0;
  const sweep = () => {
    const quietFor = performance.now() - lastMove;
    if (quietFor < SWEEP_MS) {
      timers.after(SWEEP_MS - quietFor, sweep);
      return;
    }
    sweepScheduled = false;
    const { people, changed } = offscreen.takeAll();
    decorateNear(people, changed);
  };
  const onMove = () => {
    lastMove = performance.now();
    if (sweepScheduled || offscreen.size === 0) return;
    sweepScheduled = true;
    timers.after(SWEEP_MS, sweep);
  };
  const passive = { capture: true, passive: true };
  ctx.addEventListener(window, 'scroll', onMove, passive);
  ctx.addEventListener(window, 'resize', onMove, passive);

  return {
    offscreen,
    now(founds) {
      if (founds.length <= NEEDS_GEOMETRY) return founds;
      // The first few in document order (a list's top rows) now; reading geometry for the rest
      // now would force the page's first layout of thousands of rows into our task (0.5 s here
      // for 5,000), so they wait for the frame after the next paint.
      const rest = founds.slice(NEEDS_GEOMETRY);
      timers.frame(() => timers.soon(() => decorateNear(rest)));
      return founds.slice(0, NEEDS_GEOMETRY);
    },
    look: (parts) => decorateNear([], parts),
    clear() {
      offscreen.clear();
    },
  };
}
