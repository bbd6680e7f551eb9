// `npx tsx tests/bench/stream-profile.ts [extensionDir] [--runs N] [--interval µs] [--load]`: a CPU
// profile (CDP Profiler) of the bench's busy-inbox stream with the extension loaded, and the
// extension's self time per function, summed over the runs. With `--load`, of the inbox's load
// instead: navigation until every person on the first screen has a button (first detection). Native DOM calls (attachShadow, querySelector…)
// have no script URL: their time is shown under the nearest function of ours that called them
// ("→ native"), so a function's cost includes the DOM work it asks for. Build the extension with
// `TASKLANE_KEEP_NAMES=1 npx tsx tests/bench/build.ts .tmp/bench/profile` first for readable names.
// With `INCLUSIVE=1` a function's time also counts everything it called (each sample once per
// function on its stack): what a phase of the observer's pass costs in all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { streamArgs, withInboxTab, type StreamBench } from './stream-setup';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
declare const window: { __tlBench?: StreamBench };

const { dir, runs, has, num } = streamArgs(process.argv.slice(2), { runs: 3, dir: '.tmp/bench/profile/chrome-mv3' });
const interval = num('--interval', 100);
const loading = has('--load');
const INCLUSIVE = !!process.env.INCLUSIVE;

const selfByName = new Map<string, number>();
let total = 0;
let buttons = 0;

await withInboxTab(dir, async (tab, browser, prefix) => {
  for (let run = 0; run < runs; run++) {
    if (!loading) {
      await tab.load(run);
      await tab.settle(400);
    }
    const before = loading ? 0 : await tab.buttons();
    const cdp = await browser.context.newCDPSession(tab.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval });
    await cdp.send('Profiler.start');
    if (loading) await tab.load(run);
    else {
      await tab.page.evaluate(() => window.__tlBench!.mutate(1000, 10));
      await tab.settle(300);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach();
    buttons += (await tab.buttons()) - before;
    total += attribute(profile, prefix);
  }
});

const rows = [...selfByName].sort((a, b) => b[1] - a[1]);
// By source module: an unminified build marks each module's start with a "// lib/…" comment.
const byModule = new Map<string, number>();
const starts = new Map<string, { line: number; module: string }[]>();
const moduleOf = (name: string): string => {
  const m = / ([^ ]+\.js):(\d+)/.exec(name);
  if (!m) return '?';
  let list = starts.get(m[1]!);
  if (!list) {
    list = [];
    const lines = readFileSync(join(dir, m[1]!), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const mod = /^\s*\/\/ ((?:lib|entrypoints|node_modules)\/\S+)$/.exec(text);
      if (mod) list!.push({ line: i + 1, module: mod[1]! });
    });
    starts.set(m[1]!, list);
  }
  const line = Number(m[2]);
  let found = '?';
  for (const s of list) if (s.line <= line) found = s.module;
  return found;
};
for (const [name, us] of rows) byModule.set(moduleOf(name), (byModule.get(moduleOf(name)) ?? 0) + us);
if (!INCLUSIVE) for (const [name, us] of [...byModule].sort((a, b) => b[1] - a[1])) process.stdout.write(`${(us / 1000).toFixed(2).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  [${name}]\n`);
process.stdout.write(`extension self time ${(total / 1000).toFixed(1)} ms over ${runs} runs, ${buttons} buttons: ${(total / 1000 / Math.max(buttons, 1)).toFixed(3)} ms per button (sampled every ${interval} µs)\n`);
for (const [name, us] of rows.slice(0, Number(process.env.TOP ?? 40))) process.stdout.write(`${(us / 1000).toFixed(2).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}\n`);

/** Adds each sample's time to the function of ours it ran in (or under); returns the total, µs. */
function attribute(profile: Profile, prefix: string): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = new Map<number, string | null>();
  const labelOf = (id: number): string | null => {
    if (label.has(id)) return label.get(id)!;
    const node = byId.get(id)!;
    const { url, functionName, lineNumber } = node.callFrame;
    let result: string | null = null;
    if (url.startsWith(prefix)) {
      const up = parent.get(id);
      const caller = up === undefined ? '' : byId.get(up)!.callFrame.functionName;
      result = `${functionName || '(anonymous)'} ${url.slice(prefix.length)}:${lineNumber + 1}${process.env.CALLERS ? ` ← ${caller || '(anonymous)'}` : ''}`;
    }
    else if (!url) {
      // Native code, GC or the profiler's pseudo-nodes: ours when called from ours.
      const up = parent.get(id);
      const owner = up === undefined ? null : labelOf(up);
      result = owner ? `${owner.replace(/ → native.*$/, '')} → native ${functionName || '(anonymous)'}` : null;
    }
    label.set(id, result);
    return result;
  };
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const name = labelOf(profile.samples[i]!);
    // Counted, not timed: on a loaded machine a sample's delta includes the time the OS ran other
    // processes, which lands on whatever function was on the stack (counts follow CPU time).
    const dt = interval;
    if (!name) continue;
    sum += dt;
    if (!INCLUSIVE) {
      selfByName.set(name, (selfByName.get(name) ?? 0) + dt);
      continue;
    }
    const onStack = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const label = labelOf(id);
      if (label) onStack.add(label.replace(/ → native.*$/, ''));
    }
    for (const label of onStack) selfByName.set(label, (selfByName.get(label) ?? 0) + dt);
  }
  return sum;
}
