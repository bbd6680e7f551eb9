// Reads a whole-browser trace of one popup open (tests/bench/popup-trace.ts) and prints its
// timeline relative to the popup's navigation start: on the popup's main thread and on the
// extension's service-worker thread, every task of ≥ 1 ms with the script it ran, the worker's
// request measures (lib/messages/timing.ts), and per 10 ms what the CPU profiler saw each run.
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
}

const threadKey = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(threadKey(e), String(e.args?.name));
  return names;
}

/** The popup's navigation start (its document's `navigationStart` mark), µs. */
function popupStart(events: TraceEvent[]): { ts: number; thread: string } | undefined {
  // The last popup opened in the trace (a trace may hold a cold open before the warm one).
  const nav = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('popup.html')).at(-1);
  return nav ? { ts: nav.ts, thread: threadKey(nav) } : undefined;
}

/** The service worker's thread: in the popup's process (an extension's pages and worker share
 *  one), else the last thread that ran background.js. */
function workerThread(events: TraceEvent[], names: Map<string, string>, popupPid: number): string | undefined {
  for (const [key, name] of names) if (/ServiceWorker/i.test(name) && key.startsWith(`${popupPid}:`)) return key;
  let last: string | undefined;
  for (const e of events) {
    const url = String(e.args?.data?.url ?? e.args?.data?.scriptName ?? '');
    if (url.endsWith('/background.js') && names.get(threadKey(e)) !== 'CrRendererMain') last = threadKey(e);
  }
  return last;
}

function describe(e: TraceEvent, all: TraceEvent[]): string {
  const inner = all.filter((x) => threadKey(x) === threadKey(e) && x.ts >= e.ts && x.ts < e.ts + (e.dur ?? 0) && x !== e && x.ph === 'X');
  const calls = inner
    .filter((x) => ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'RunMicrotasks', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'v8.compile'].includes(x.name))
    .filter((x) => (x.dur ?? 0) >= 300)
    .slice(0, 6)
    .map((x) => {
      const d = x.args?.data ?? {};
      const where = String(d.functionName ?? '') + (d.url ? `@${String(d.url).split('/').pop()}:${String(d.lineNumber ?? '')}` : '');
      return `${x.name}${where ? `(${where})` : ''} ${((x.dur ?? 0) / 1000).toFixed(1)}`;
    });
  return calls.join(', ');
}

function profileByBucket(events: TraceEvent[], thread: string, t0: number, bucketUs: number): Map<number, Map<string, number>> {
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && threadKey(e) === thread);
  const profiles = events.filter((e) => e.name === 'Profile' && threadKey(e) === thread);
  const nodes = new Map<number, ProfileNode>();
  const buckets = new Map<number, Map<string, number>>();
  const startTime = Number((profiles[0]?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  let time = startTime;
  for (const chunk of chunks) {
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((id, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      // The innermost frame of ours (or the innermost at all), named with its file and line.
      let node = nodes.get(id);
      let label = node ? `${node.callFrame.functionName || '(anon)'}` : '?';
      for (let n = node; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
        if (n.callFrame.url.startsWith('chrome-extension://')) {
          label = `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
          break;
        }
      }
      if (label === '(idle)' || label === '(program)') return;
      const b = Math.floor((time - t0) / bucketUs);
      const m = buckets.get(b) ?? new Map<string, number>();
      m.set(label, (m.get(label) ?? 0) + 1);
      buckets.set(b, m);
      node = undefined;
    });
  }
  return buckets;
}

export function printTimeline(events: TraceEvent[], extensionId: string): void {
  const names = threadNames(events);
  const start = popupStart(events);
  if (!start) return void console.log('no popup navigationStart in the trace');
  const t0 = start.ts;
  const worker = workerThread(events, names, Number(start.thread.split(':')[0]));
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(7);
  const lines: [number, string][] = [];
  const label = (key: string) => (key === start.thread ? 'POPUP ' : key === worker ? 'WORKER' : (names.get(key) ?? key).slice(0, 6));
  for (const e of events) {
    const key = threadKey(e);
    if (key !== start.thread && key !== worker) continue;
    if (e.ts < t0 - 400_000) continue;
    const top = e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && (e.dur ?? 0) >= 1000;
    if (top) lines.push([e.ts, `${label(key)} task ${((e.dur ?? 0) / 1000).toFixed(1)} ms: ${describe(e, events)}`]);
    if (e.cat.includes('blink.user_timing') && (e.ph === 'b' || e.ph === 'e' || e.ph === 'R' || e.ph === 'I' || e.ph === 'n')) {
      if (/^tasklane|navigationStart|domContentLoaded|firstContentfulPaint|firstPaint/.test(e.name)) lines.push([e.ts, `${label(key)} ${e.ph} ${e.name}`]);
    }
    if (e.name === 'firstContentfulPaint' || e.name === 'MarkDOMContent' || e.name === 'MarkLoad') lines.push([e.ts, `${label(key)} ${e.name}`]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  console.log(`threads: popup ${start.thread} (${names.get(start.thread)}), worker ${worker} (${worker ? names.get(worker) : '-'}); ext ${extensionId}`);
  for (const [ts, text] of lines) console.log(`${ms(ts)} ${text}`);
  if (worker) {
    console.log('worker CPU samples per 10 ms (ours innermost):');
    const buckets = profileByBucket(events, worker, t0, 10_000);
    for (const b of [...buckets.keys()].sort((x, y) => x - y)) {
      const top = [...buckets.get(b)!].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, n]) => `${k}×${n}`);
      console.log(`  ${String(b * 10).padStart(5)} ms: ${top.join('  ')}`);
    }
  }
}
