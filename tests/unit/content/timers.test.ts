// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isLive, timersFor } from '@/lib/content/timers';

function fakeCtx() {
  const listeners: (() => void)[] = [];
  const controller = new AbortController();
  const ctx = { isValid: true, signal: controller.signal, onInvalidated: (cb: () => void) => listeners.push(cb) } as unknown as ContentScriptContext;
  return {
    ctx,
    listeners,
    invalidate: () => {
      (ctx as { isValid: boolean }).isValid = false;
      controller.abort();
      listeners.forEach((f) => f());
    },
  };
}

describe('timersFor', () => {
  it('registers one invalidation listener per page, however many timers run', async () => {
    const { ctx, listeners } = fakeCtx();
    const timers = timersFor(ctx);
    let ran = 0;
    for (let i = 0; i < 100; i++) timers.soon(() => ran++);
    await new Promise((done) => setTimeout(done, 20));
    expect(ran).toBe(100);
    expect(timersFor(ctx)).toBe(timers);
    expect(listeners).toHaveLength(1);
  });

  it('cancels what is pending when the context is invalidated', async () => {
    const { ctx, invalidate } = fakeCtx();
    const timers = timersFor(ctx);
    const callback = vi.fn();
    timers.soon(callback);
    timers.frame(callback);
    invalidate();
    await new Promise((done) => setTimeout(done, 50));
    expect(callback).not.toHaveBeenCalled();
  });

  it('runs a callback after the given delay', async () => {
    const { ctx } = fakeCtx();
    const callback = vi.fn();
    timersFor(ctx).after(30, callback);
    await new Promise((done) => setTimeout(done, 5));
    expect(callback).not.toHaveBeenCalled();
    await new Promise((done) => setTimeout(done, 60));
    expect(callback).toHaveBeenCalledOnce();
  });
});

describe('isLive', () => {
  it('reads the abort signal on every call and asks WXT (runtime.id) at most once a second', () => {
    // Earlier tests ran isLive on the real clock: start the fake one well past it, or a slow
    // machine (more than 5 s since start) makes the last real ask look like the future.
    const realNow = performance.now();
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      let asked = 0;
      let valid = true;
      const controller = new AbortController();
      const ctx = {
        signal: controller.signal,
        get isValid() {
          asked++;
          return valid;
        },
      } as unknown as ContentScriptContext;
      vi.advanceTimersByTime(realNow + 5_000);
      expect(isLive(ctx)).toBe(true);
      for (let i = 0; i < 50; i++) isLive(ctx);
      expect(asked).toBe(1);
      // Orphaned (the extension reloaded, no new script told us): noticed on the next ask.
      valid = false;
      expect(isLive(ctx)).toBe(true);
      vi.advanceTimersByTime(1_001);
      expect(isLive(ctx)).toBe(false);
      expect(asked).toBe(2);
      controller.abort();
      expect(isLive(ctx)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
