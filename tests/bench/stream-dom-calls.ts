// `npx tsx tests/bench/stream-dom-calls.ts [extensionDir] [--runs N]`: how many calls into the DOM
// the content script makes during the bench's busy-inbox stream, by the API and the line of ours
// that called it. A DOM call from the content script's isolated world costs ~1–2 µs of cold code
// here, and it is a count, not a time: unlike the stream's timings it does not move with the
// machine's load, so it compares two builds on a busy machine. It copies the build to
// .tmp/bench/dom-calls, puts a prelude before each content script that wraps the methods and
// getters of the DOM interfaces in that world (setters are not counted), and runs the stream.
// Build with `TASKLANE_KEEP_NAMES=1 npx tsx tests/bench/build.ts .tmp/bench/profile` for names.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { streamArgs, withInboxTab, type StreamBench } from './stream-setup';

declare const window: { __tlBench?: StreamBench };

const { dir: source, runs } = streamArgs(process.argv.slice(2), { runs: 1, dir: '.tmp/bench/profile/chrome-mv3' });

/** Runs in the content script's world before its code: counts each call by API and caller. */
const PRELUDE = `(() => {
  const counts = new Map();
  let on = false;
  const apis = { Node, Element, Document, HTMLElement, CharacterData, Text, MutationRecord, MutationObserver, NodeList, Performance, ShadowRoot, DocumentFragment, AbortSignal, URL, EventTarget };
  const ours = /content-scripts\\/|-kit\\.js/;
  for (const [api, I] of Object.entries(apis)) {
    const proto = I.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (key === 'constructor' || !d || !d.configurable || (typeof d.value !== 'function' && !d.get)) continue;
      const count = () => {
        if (!on) return;
        const caller = (new Error().stack || '').split('\\n').slice(3).find((line) => ours.test(line)) || '';
        const at = caller.trim().replace(/^at /, '').replace(/\\(?chrome-extension:\\/\\/[a-z]+\\//, '').replace(/\\)$/, '');
        const k = api + '.' + key + '  ' + at;
        counts.set(k, (counts.get(k) || 0) + 1);
      };
      if (d.get) { const get = d.get; d.get = function () { count(); return get.call(this); }; }
      else { const f = d.value; d.value = function (...a) { count(); return f.apply(this, a); }; }
      Object.defineProperty(proto, key, d);
    }
  }
  document.addEventListener('tl-dom-calls-start', () => { counts.clear(); on = true; });
  document.addEventListener('tl-dom-calls-stop', () => {
    on = false;
    document.documentElement.setAttribute('data-tl-dom-calls', JSON.stringify([...counts]));
  });
})();
`;

const dir = resolve('.tmp/bench/dom-calls');
rmSync(dir, { recursive: true, force: true });
cpSync(source, dir, { recursive: true });
const scripts = join(dir, 'content-scripts');
for (const name of readdirSync(scripts)) writeFileSync(join(scripts, name), PRELUDE + readFileSync(join(scripts, name), 'utf8'));

const total = new Map<string, number>();
let buttons = 0;
await withInboxTab(dir, async (tab) => {
  for (let run = 0; run < runs; run++) {
    await tab.load(run);
    await tab.settle(400);
    const before = await tab.buttons();
    await tab.page.evaluate(() => document.dispatchEvent(new Event('tl-dom-calls-start')));
    await tab.page.evaluate(() => window.__tlBench!.mutate(1000, 10));
    await tab.settle(300);
    await tab.page.evaluate(() => document.dispatchEvent(new Event('tl-dom-calls-stop')));
    buttons += (await tab.buttons()) - before;
    const counts = JSON.parse((await tab.page.evaluate(() => document.documentElement.getAttribute('data-tl-dom-calls'))) ?? '[]') as [string, number][];
    for (const [key, n] of counts) total.set(key, (total.get(key) ?? 0) + n);
  }
});

const rows = [...total].sort((a, b) => b[1] - a[1]);
const sum = rows.reduce((acc, [, n]) => acc + n, 0);
process.stdout.write(`${sum} DOM calls over ${runs} run(s) of 1,000 mutations, ${buttons} buttons: ${(sum / runs).toFixed(0)} a run, ${(sum / Math.max(buttons, 1)).toFixed(1)} per button\n`);
for (const [key, n] of rows.slice(0, Number(process.env.TOP ?? 40))) process.stdout.write(`${String(n).padStart(8)}  ${key}\n`);
