// Frames and zero-delay timeouts for the content script, cancelled when WXT's ctx is
// invalidated. WXT's own ctx.setTimeout / ctx.requestAnimationFrame add an abort listener per
// call that is never removed: on a page that changes all day those pile up. Here one listener
// per ctx cancels whatever is still pending.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Timers {
  /** Runs `callback` before the next paint. */
  frame(callback: () => void): void;
  /** Runs `callback` in a new task, as soon as the page lets us. */
  soon(callback: () => void): void;
}

const byContext = new WeakMap<ContentScriptContext, Timers>();

export function timersFor(ctx: ContentScriptContext): Timers {
  const existing = byContext.get(ctx);
  if (existing) return existing;
  const frames = new Set<number>();
  const timeouts = new Set<ReturnType<typeof setTimeout>>();
  ctx.onInvalidated(() => {
    for (const id of frames) cancelAnimationFrame(id);
    for (const id of timeouts) clearTimeout(id);
    frames.clear();
    timeouts.clear();
  });
  const timers: Timers = {
    frame(callback) {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (ctx.isValid) callback();
      });
      frames.add(id);
    },
    soon(callback) {
      const id = setTimeout(() => {
        timeouts.delete(id);
        if (ctx.isValid) callback();
      }, 0);
      timeouts.add(id);
    },
  };
  byContext.set(ctx, timers);
  return timers;
}
