// `npx tsx tests/bench/popup-trace.ts [--extension DIR] [--tasks N] [--seed protocol|worker] [--out FILE]`
// A whole-browser trace of warm popup opens (the bench's popup row, tests/bench/store-bench.ts),
// printed as a timeline: the popup's navigation, module evaluation, each request it sends, when
// the worker handles it, what else the worker runs meanwhile, and the paint the bench measures.
// Playwright's persistent context cannot trace the service worker's thread, so Chromium is started
// here with a debugging port and Playwright attaches over CDP (a browser-wide Tracing session).
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/launch-chromium';
import type { BenchBrowser } from './browsers';
import { seedWaitingThreads } from './follow-up-seed';
import { popupRender, seedInWorker, seedThroughProtocol, stopWorker } from './store-bench';
import { printTimeline, type TraceEvent } from './popup-timeline';

const argv = process.argv.slice(2);
const arg = (flag: string, fallback: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1]! : fallback);
const extensionDir = resolve(arg('--extension', '.tmp/bench/output/chrome-mv3'));
const tasks = Number(arg('--tasks', '10000'));
const seed = arg('--seed', 'protocol') as 'protocol' | 'worker';
const opens = Number(arg('--opens', '3'));
const out = arg('--out', '');
const log = (s: string) => process.stderr.write(`${s}\n`);

async function launch(): Promise<{ browser: Browser; b: BenchBrowser; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'tasklane-trace-'));
  const child = spawn(CHROMIUM, [
    '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--lang=en-US',
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS,
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    'about:blank',
  ], { stdio: 'ignore', env: { ...process.env, LANGUAGE: 'en_US' } });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const port = readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0]!;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { browser, b: { label: 'on', context, extensionId: new URL(worker.url()).host }, stop: () => child.kill() };
}

// The CPU profiler (--profile) starts with a heap walk of 100+ ms in each isolate it meets: the
// trace starts a while before the popup opens so that walk is over by then.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'navigation', 'loading', 'ServiceWorker', 'extensions', 'mojom', ...(argv.includes('--profile') ? ['disabled-by-default-v8.cpu_profiler'] : [])];

async function traced(browser: Browser, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await new Promise((r) => setTimeout(r, 1500));
  await work();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

const { browser, b, stop } = await launch();
try {
  // In the bench's order (tests/bench/harness.ts): the waiting follow-ups, then the popup's tasks.
  await seedWaitingThreads(b, 200, log);
  if (seed === 'protocol') await seedThroughProtocol(b, tasks, log);
  else await seedInWorker(b, tasks);
  await popupRender(b);
  log('first open done');
  for (let i = 0; i < opens; i++) {
    // As in the bench's loop: the worker stopped, a cold open, then at once the warm one (the
    // timeline is the warm one's; the cold one's after-paint requests may still be running).
    let cold = { ms: 0, loadedMs: 0 };
    let warm = { ms: 0, loadedMs: 0 };
    const events = await traced(browser, async () => {
      await stopWorker(b);
      cold = await popupRender(b);
      warm = await popupRender(b);
    });
    log(`\n=== warm open ${i + 1}: painted ${warm.ms.toFixed(0)} ms (cold before it ${cold.ms.toFixed(0)} ms)`);
    printTimeline(events, b.extensionId);
    if (out) writeFileSync(`${out}.${i + 1}.json`, JSON.stringify({ traceEvents: events }));
  }
} finally {
  await browser.close().catch(() => undefined);
  stop();
}
