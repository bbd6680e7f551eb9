// Runs queued jobs in slices of a few milliseconds, yielding to the page between slices, so
// a page with thousands of new rows never sees one long task of ours.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { timersFor, type Timers } from './timers';

/** Budget of one slice: well under a 16.7 ms frame. */
export const SLICE_MS = 8;

export class SlicedQueue<T> {
  private readonly jobs: T[] = [];
  private head = 0;
  private scheduled = false;

  constructor(
    ctx: ContentScriptContext,
    private readonly run: (job: T) => void,
    private readonly timers: Timers = timersFor(ctx),
  ) {}

  /** Adds jobs and starts on them in this task (see drain). */
  pushAndDrain(...jobs: T[]): void {
    this.jobs.push(...jobs);
    this.drain();
  }

  /** Runs jobs now until the slice budget is spent, then continues in a later task. The batched
   *  observer calls it straight from its frame callback, so a new row's button is in place before
   *  that frame paints instead of one task later. Whoever calls it has just found the context
   *  live (the observer's callback, a timer of ./timers.ts, a rescan): not asked again here, as
   *  each ask is a call into the DOM on every frame. */
  drain = (): void => {
    this.scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    while (this.head < this.jobs.length) {
      const job = this.jobs[this.head++]!;
      try {
        this.run(job);
      } catch (error) {
        // A job must never throw out of the content script and stop the others.
        if (import.meta.env.DEV) console.warn('[tasklane] job failed', error);
      }
      if (performance.now() > deadline) break;
    }
    if (this.head >= this.jobs.length) {
      this.jobs.length = 0;
      this.head = 0;
    } else {
      this.schedule();
    }
  };

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A zero timeout, not a frame: the remaining rows should not wait 16 ms per slice.
    this.timers.soon(this.drain);
  }
}
