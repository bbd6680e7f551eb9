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
  /** Runs `callback` in a task `ms` milliseconds from now. */
  after(ms: number, callback: () => void): void;
}

const byContext = new WeakMap<ContentScriptContext, Timers>();

const ASK_EVERY_MS = 1000;
let lastAsked = -Infinity;

/**
 * Whether `ctx` still stands, for paths that run per frame or per job. WXT's `ctx.isValid` asks
 * the browser for `runtime.id` on every call (~25 µs from a content script); its abort signal is a
 * plain flag. `isValid` is still asked at most once a second, so a script orphaned by an
 * extension reload (no new script to tell it) stops within a second of its next work.
 */
export function isLive(ctx: ContentScriptContext): boolean {
  if (ctx.signal.aborted) return false;
  const now = performance.now();
  if (now - lastAsked < ASK_EVERY_MS) return true;
  lastAsked = now;
  return ctx.isValid;
}
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
        if (isLive(ctx)) callback();
      });
      frames.add(id);
    },
    soon(callback) {
      timers.after(0, callback);
    },
    after(ms, callback) {
      const id = setTimeout(() => {
        timeouts.delete(id);
        if (isLive(ctx)) callback();
      }, ms);
      timeouts.add(id);
    },
  };
  byContext.set(ctx, timers);
  return timers;
}
