// Decides what the content script decorates now and what waits (lib/content/offscreen.ts keeps
// the waiting): a few people found at once go on at once, without reading layout; of many (a
// list just rendered), the first few now and the rest once the page has painted, only those
// near the viewport; the waiting ones get another look after a scroll or a resize.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NEEDS_GEOMETRY, Offscreen, type Sighted } from './offscreen';
import type { Timers } from './timers';

/** After a scroll or resize, waiting people get another look at most this often. */
const SWEEP_MS = 100;

export interface ViewportGate<T extends Sighted> {
  /** Far rows and the people in them: the observer defers changes inside those rows here. */
  readonly offscreen: Offscreen<T>;
  /** Of people just found, those to decorate now; the others reach `decorate` later, if near. */
  now(founds: T[]): T[];
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
    if (offscreen.marking) timers.soon(markFar);
    return near;
  };
  const markFar = () => {
    if (!offscreen.markSome()) timers.soon(markFar);
  };
  const decorateNear = (founds: T[]) => {
    const near = sortOut(founds);
    if (near.length) hooks.decorate(near);
  };

  // A scroll (of the page or any scroller in it, seen in the capture phase) or a resize brings
  // waiting people near.
  let sweepScheduled = false;
  const sweep = () => {
    sweepScheduled = false;
    const { people, changed } = offscreen.takeAll();
    for (const target of changed) people.push(...hooks.detect(target));
    decorateNear(people);
  };
  const scheduleSweep = () => {
    if (sweepScheduled || offscreen.size === 0) return;
    sweepScheduled = true;
    timers.after(SWEEP_MS, sweep);
  };
  const passive = { capture: true, passive: true };
  ctx.addEventListener(window, 'scroll', scheduleSweep, passive);
  ctx.addEventListener(window, 'resize', scheduleSweep, passive);

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
    clear() {
      offscreen.clear();
    },
  };
}
