// `npx tsx tests/bench/stream-calls.ts [extensionDir] [--runs N] [--load]`: the calls into the
// extension during the bench's busy-inbox stream (with `--load`: during the inbox's load, until the
// first screen's people have buttons), grouped by the function Blink called (MutationObserver
// callback, frame callback, timer…): how many, their wall and thread time summed over the runs,
// and the longest one. The bench's per-person figure is the union of these calls; stream-profile.ts says what
// runs inside them. A call's fixed cost (entering the isolated world, the microtask checkpoint)
// is paid per call, so fewer calls are cheaper even when the work is the same.
import { streamArgs, withInboxTab, type StreamBench } from './stream-setup';
import { PageTrace, type TraceEvent } from './trace';

declare const window: { __tlBench?: StreamBench };

const { dir, runs, has } = streamArgs(process.argv.slice(2), { runs: 3, dir: '.tmp/bench/profile/chrome-mv3' });
const loading = has('--load');

const byFunction = new Map<string, { calls: number; wallUs: number; threadUs: number; longestUs: number }>();
let buttons = 0;

await withInboxTab(dir, async (tab, _browser, prefix) => {
  for (let run = 0; run < runs; run++) {
    if (!loading) {
      await tab.load(run);
      await tab.settle(400);
    }
    const before = loading ? 0 : await tab.buttons();
    const trace = await PageTrace.start(tab.page);
    if (loading) await tab.load(run);
    else {
      await tab.page.evaluate(() => window.__tlBench!.mutate(1000, 10));
      await tab.settle(300);
    }
    const events = await trace.stop();
    buttons += (await tab.buttons()) - before;
    tally(events, prefix);
  }
});

const rows = [...byFunction].sort((a, b) => b[1].wallUs - a[1].wallUs);
const total = rows.reduce((acc, [, r]) => ({ calls: acc.calls + r.calls, wall: acc.wall + r.wallUs, thread: acc.thread + r.threadUs }), { calls: 0, wall: 0, thread: 0 });
process.stdout.write(`${total.calls} calls, ${(total.wall / 1000).toFixed(1)} ms wall, ${(total.thread / 1000).toFixed(1)} ms thread over ${runs} runs, ${buttons} buttons\n`);
for (const [name, r] of rows) {
  process.stdout.write(`${String(r.calls).padStart(6)} calls ${(r.wallUs / 1000).toFixed(2).padStart(8)} ms wall ${(r.threadUs / 1000).toFixed(2).padStart(8)} ms thread ${(r.threadUs / r.calls).toFixed(0).padStart(5)} µs/call, longest ${(r.longestUs / 1000).toFixed(1)} ms thread  ${name}\n`);
}

/** Adds the outermost extension calls of the page's main thread to byFunction. */
function tally(events: TraceEvent[], prefix: string): void {
  const calls = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') && e.args?.data?.url?.startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  for (const e of calls) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    const data = e.args!.data as { url: string; functionName?: string; lineNumber?: number };
    const name = `${e.name} ${data.functionName || '(anonymous)'} ${data.url.slice(prefix.length)}:${(data.lineNumber ?? -1) + 1}`;
    const row = byFunction.get(name) ?? { calls: 0, wallUs: 0, threadUs: 0, longestUs: 0 };
    row.calls++;
    row.wallUs += e.dur!;
    row.threadUs += e.tdur ?? e.dur!;
    row.longestUs = Math.max(row.longestUs, e.tdur ?? e.dur!);
    byFunction.set(name, row);
  }
}
