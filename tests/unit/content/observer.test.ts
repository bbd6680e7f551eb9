// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { IMMEDIATE_MAX, RESCAN_THRESHOLD, observeAdditions, type BatchHandler } from '@/lib/content/batched-observer';
import { SlicedQueue } from '@/lib/content/sliced-queue';
import type { Timers } from '@/lib/content/timers';

/** Just enough of WXT's ctx: frames and timeouts run when the test says so. */
function fakeCtx() {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const invalidated: (() => void)[] = [];
  const controller = new AbortController();
  const ctx = {
    isValid: true,
    signal: controller.signal,
    onInvalidated: (cb: () => void) => invalidated.push(cb),
    addEventListener: (target: EventTarget, type: string, handler: EventListener) => target.addEventListener(type, handler),
  } as unknown as ContentScriptContext;
  const scheduler: Timers = { frame: (cb) => void frames.push(cb), soon: (cb) => void timers.push(cb), after: (_ms, cb) => void timers.push(cb) };
  return {
    ctx,
    scheduler,
    runFrames: () => frames.splice(0).forEach((f) => f()),
    runTimers: () => timers.splice(0).forEach((t) => t()),
    invalidate: () => {
      (ctx as { isValid: boolean }).isValid = false;
      controller.abort();
      invalidated.forEach((f) => f());
    },
  };
}

/** observeAdditions on the body, collecting its batches. */
function observeBody() {
  const fake = fakeCtx();
  const batches: Parameters<BatchHandler>[0][] = [];
  observeAdditions(fake.ctx, document.body, (b) => batches.push(b), fake.scheduler);
  return { ...fake, batches };
}

/** One element more than the observer handles in its own callback: the batch waits for a frame. */
function appendMoreThanImmediate(): HTMLDivElement[] {
  const rows = Array.from({ length: IMMEDIATE_MAX + 1 }, () => document.createElement('div'));
  document.body.append(...rows);
  return rows;
}

const settle = () => new Promise((done) => setTimeout(done, 0)); // MutationObserver callbacks are microtasks

let hidden = false;
beforeEach(() => {
  document.body.innerHTML = '<main id="list"></main>';
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});
afterEach(() => vi.restoreAllMocks());

describe('observeAdditions', () => {
  it('handles a small batch in the observer callback, with only the outermost added elements', async () => {
    const { batches } = observeBody();
    const list = document.getElementById('list')!;
    const row = document.createElement('div');
    row.innerHTML = '<span>a</span><span>b</span>';
    list.append(row);
    row.append(document.createElement('em')); // inside a row added in the same batch
    const other = document.createElement('p');
    list.append(other);
    list.append(document.createTextNode('text only'));
    await settle();
    // No frame ran: the button can be in place before the page paints its new row.
    expect(batches).toEqual([[row, other]]);
  });

  it('while the document loads, text added to an element already there brings the element back', async () => {
    const { batches } = observeBody();
    const list = document.getElementById('list')!;
    let state: DocumentReadyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
    list.append(document.createTextNode('Priya Raman'));
    list.append(document.createTextNode('   '));
    await settle();
    expect(batches).toEqual([[list]]);
    // Loaded: a text change (a re-rendered time) is not looked at.
    state = 'complete';
    list.append(document.createTextNode('3 minutes ago'));
    await settle();
    expect(batches).toHaveLength(1);
  });

  it('coalesces a bigger batch into one call in the next frame', async () => {
    const { batches, runFrames } = observeBody();
    const rows = appendMoreThanImmediate();
    await settle();
    expect(batches).toHaveLength(0); // nothing until the frame
    const late = document.createElement('p');
    document.body.append(late); // added before that frame: joins its batch
    await settle();
    runFrames();
    expect(batches).toEqual([[...rows, late]]);
  });

  it('drops elements removed before the frame', async () => {
    const { batches, runFrames } = observeBody();
    const rows = appendMoreThanImmediate();
    await settle();
    rows[0]!.remove();
    runFrames();
    expect(batches).toEqual([rows.slice(1)]);
  });

  it('turns a flood of additions into a single rescan', async () => {
    const { batches, runFrames } = observeBody();
    for (let i = 0; i <= RESCAN_THRESHOLD; i++) document.body.append(document.createElement('tr'));
    await settle();
    runFrames();
    expect(batches).toEqual(['rescan']);
  });

  it('does no work while the tab is hidden and catches up when it is shown', async () => {
    const { batches, runFrames } = observeBody();
    hidden = true;
    const row = document.createElement('div');
    document.body.append(row);
    await settle();
    runFrames();
    expect(batches).toEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    runFrames();
    expect(batches).toEqual([[row]]);
  });

  it('stops observing when the context is invalidated', async () => {
    const { ctx, scheduler, runFrames, invalidate } = fakeCtx();
    const onBatch = vi.fn();
    observeAdditions(ctx, document.body, onBatch, scheduler);
    invalidate();
    document.body.append(document.createElement('div'));
    await settle();
    runFrames();
    expect(onBatch).not.toHaveBeenCalled();
  });
});

describe('SlicedQueue', () => {
  it('yields to the page when a slice runs out of time, and finishes in later tasks', () => {
    const { ctx, scheduler, runTimers } = fakeCtx();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const done: number[] = [];
    const queue = new SlicedQueue<number>(ctx, (job) => {
      clock += 5; // each job costs 5 ms
      done.push(job);
    }, scheduler);
    queue.pushAndDrain(1, 2, 3, 4, 5);
    expect(done).toEqual([1, 2]); // in this task: 10 ms > 8 ms budget after the second job
    runTimers();
    expect(done).toEqual([1, 2, 3, 4]);
    runTimers();
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps going after a job throws', () => {
    const { ctx, scheduler, runTimers } = fakeCtx();
    const done: number[] = [];
    const queue = new SlicedQueue<number>(ctx, (job) => {
      if (job === 2) throw new Error('bad node');
      done.push(job);
    }, scheduler);
    queue.pushAndDrain(1, 2, 3);
    // However slow this machine is, the queue finishes within a few slices.
    for (let slice = 0; slice < 5; slice++) runTimers();
    expect(done).toEqual([1, 3]);
  });
});
