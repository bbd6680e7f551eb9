// CDP tracing of one page, and attribution of its main-thread time. Blink emits a
// devtools.timeline "FunctionCall" event (args.data.url = the function's script) whenever it
// calls into JS: MutationObserver callbacks, timers, animation frames, event listeners. The
// content script runs from chrome-extension://<id>/content-scripts/gmail.js (outlook.js, …), so its calls are
// told apart by that url; nested calls are merged so no time counts twice. Top-level tasks of the
// page's main thread give the total busy time for the on−off difference.
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own (CPU) time inside the event, µs: wall time less the time the OS ran others. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string; functionName?: string } };
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'].join(',');

export class PageTrace {
  private events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<PageTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new PageTrace(cdp);
    cdp.on('Tracing.dataCollected', (e) => void trace.events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    return trace;
  }

  async stop(): Promise<TraceEvent[]> {
    const complete = new Promise<void>((done) => this.cdp.once('Tracing.tracingComplete', () => done()));
    await this.cdp.send('Tracing.end');
    await complete;
    await this.cdp.detach().catch(() => undefined);
    return this.events;
  }
}

export interface Attribution {
  /** The page's window, from console.timeStamp('tl-bench-begin') to ('tl-bench-end'), ms. */
  windowMs: number;
  /** Main-thread time inside the extension's own functions, ms. */
  extensionMs: number;
  /** The longest single task's share of extension time, ms. */
  longestExtensionTaskMs: number;
  /** Sum of the main thread's top-level tasks in the window, ms. */
  busyMs: number;
  /** Count of extension calls. */
  extensionCalls: number;
  /** extensionMs in the thread's own (CPU) time: on a loaded machine wall time also counts the
   *  time the OS gave other processes while our call was running (seen: 8.6 ms wall, 0.6 ms CPU). */
  extensionThreadMs: number;
  /** The longest single task's share of extension time, in thread time. */
  longestExtensionTaskThreadMs: number;
}

/** The outermost of `calls` (a call nested in another counts within it), by start time. */
function outermost(calls: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of [...calls].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + e.dur!;
  }
  return out;
}

function isTask(e: TraceEvent): boolean {
  return e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
}

/** Unions intervals [start, end) so nested calls count once. */
function merged(intervals: [number, number][]): [number, number][] {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function attribute(events: TraceEvent[], urlPrefix: string, begin = 'tl-bench-begin', end = 'tl-bench-end'): Attribution {
  const stamp = (message: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const b = stamp(begin);
  const f = stamp(end);
  if (!b || !f) throw new Error(`trace has no ${begin}/${end} stamps`);
  const { pid, tid } = b;
  const t0 = b.ts;
  const t1 = f.ts;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= t0 && e.ts <= t1);
  const calls = urlPrefix ? onThread.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') && e.args?.data?.url?.startsWith(urlPrefix)) : [];
  const ours = merged(calls.map((e) => [e.ts, e.ts + e.dur!]));
  const outer = outermost(calls);
  const tasks = merged(onThread.filter(isTask).map((e) => [e.ts, e.ts + e.dur!]));
  const threadOf = (e: TraceEvent) => e.tdur ?? e.dur!;
  let longestThread = 0;
  let k = 0;
  for (const [s, e] of tasks) {
    let inTask = 0;
    while (k < outer.length && outer[k]!.ts < e) {
      if (outer[k]!.ts >= s) inTask += threadOf(outer[k]!);
      k++;
    }
    longestThread = Math.max(longestThread, inTask);
  }
  let longest = 0;
  let i = 0;
  for (const [s, e] of tasks) {
    let inTask = 0;
    while (i < ours.length && ours[i]![0] < e) {
      if (ours[i]![0] >= s) inTask += ours[i]![1] - ours[i]![0];
      i++;
    }
    longest = Math.max(longest, inTask);
  }
  // Calls outside any recorded task (should not happen) still count as their own task.
  for (const [s, e] of ours) longest = Math.max(longest, tasks.some(([ts, te]) => s >= ts && s < te) ? 0 : e - s);
  const sum = (xs: [number, number][]) => xs.reduce((acc, [s, e]) => acc + (e - s), 0);
  return {
    windowMs: (t1 - t0) / 1000,
    extensionMs: sum(ours) / 1000,
    longestExtensionTaskMs: longest / 1000,
    busyMs: sum(tasks) / 1000,
    extensionCalls: ours.length,
    extensionThreadMs: outer.reduce((acc, e) => acc + threadOf(e), 0) / 1000,
    longestExtensionTaskThreadMs: longestThread / 1000,
  };
}
