// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { timersFor } from '@/lib/content/timers';

function fakeCtx() {
  const listeners: (() => void)[] = [];
  const ctx = { isValid: true, onInvalidated: (cb: () => void) => listeners.push(cb) } as unknown as ContentScriptContext;
  return { ctx, listeners, invalidate: () => ((ctx as { isValid: boolean }).isValid = false, listeners.forEach((f) => f())) };
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
});
