// The whole benchmark: build, bundle sizes, the page-side runs interleaved between a browser with
// the extension and one without, heap growth, popup render, the today query, the popup's targets
// and a sync with nothing changed. `storeOnly` skips the page side (the last three use no page).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { serveSiteFrom } from '../../scripts/demo-pages';
import { serveFolder } from '../../scripts/static-server';
import { launchBench, type BenchBrowser } from './browsers';
import { seedWaitingThreads } from './follow-up-seed';
import { measureBundles, type Bundles } from './bundles';
import { writeInboxPage } from './inbox-page';
import { importBench, type ImportBench } from './import-bench';
import { INBOX_URL, InboxTab, type PageRun } from './page-bench';
import { median, quantile, summary, type Summary } from './stats';
import { NO_STORE, storeRuns } from './store-runs';
import { totalOf, type WorkerReads } from './worker-reads';

export interface BenchOptions {
  build: boolean;
  /** The built extension to load (default: the bench's own build). */
  extensionDir: string;
  runs: number;
  rows: number;
  mutations: number;
  perFrame: number;
  settleMs: number;
  views: number;
  viewWaitMs: number;
  popupTasks: number;
  /** 'protocol': task.create + task.bulk from an extension page; 'worker': straight into IndexedDB. */
  popupSeed: 'protocol' | 'worker';
  queryTasks: number;
  /** Tasks stored (all on the server) for the no-change sync. */
  syncTasks: number;
  /** Only the store's measurements: popup, today query, targets, sync, imports. */
  storeOnly: boolean;
  /** Only the popup render row (implies storeOnly, no imports): the loop for work on the popup. */
  popupOnly: boolean;
  /** Only the inbox page's measurements: no store rows, no imports. */
  pageOnly: boolean;
  /** Rows of the generated import files (0: no import measurement). */
  importRows: number;
  /** Follow-ups waiting for a reply, seeded before the page runs: the pages check rows against them. */
  waitingThreads: number;
  /** Seconds between the today query's seed (LevelDB compacts after it) and its samples; 0 by default. */
  querySettleS?: number;
  log: (line: string) => void;
}

export const BENCH_BUILD_DIR = '.tmp/bench/output';

export interface BenchResult {
  mutation_overhead_ms_per_1000: Summary;
  /** The extension's main-thread time in the stream per button it made there (median of runs). */
  mutation_overhead_ms_per_new_person: number;
  /** That time as a fraction of the page's own main-thread time in the same stream (median of runs). */
  mutation_overhead_share_of_page: number;
  longest_extension_task_ms: number;
  inject_latency_ms: Summary;
  first_detection_ms: Summary;
  heap_extra_mb: number;
  heap_growth_mb: number;
  bundle_gzip_kb: { content: number; popup: number; options: number; background: number };
  popup_render_ms: { warm_p95: number; cold_p95: number };
  today_query_ms: { p95: number };
  /** The popup's target.list with 20 weekly targets over the today query's tasks. */
  popup_targets_ms: { worker_p95: number; round_trip_p95: number };
  /** A sync with nothing changed, `syncTasks` stored: its time in the worker and the records it read. */
  no_change_sync: { ms_p95: number; records_read: number };
  /** Preview and import of the generated files, the slower of the CSV and the JSON backup each. */
  import_20k_ms: { preview: number; commit: number };
  runs: number;
}

/** Everything else the table shows. */
export interface BenchDetails {
  options: Omit<BenchOptions, 'log'>;
  bundles: Bundles;
  on: PageRun[];
  off: PageRun[];
  mutationDiffMsPer1000: Summary;
  perNewPerson: Summary;
  shareOfPage: Summary;
  /** The same in thread (CPU) time, which the OS's other processes do not inflate (trace.ts). */
  perNewPersonThread: Summary;
  threadMsPer1000: Summary;
  longestTaskThreadMs: number;
  imports: ImportBench | null;
  busyOn: Summary;
  busyOff: Summary;
  buttonsPerStream: number;
  /** Buttons on the page once its first view settled, before the stream. */
  buttonsOnPage: number;
  longestTaskMedian: number;
  builtOn: Summary;
  /** Navigation start → visible rows decorated. */
  firstFromNavigation: Summary;
  builtOff: Summary;
  heapOn: number;
  heapOff: number;
  growth: { on: { beforeMb: number; afterMb: number }; off: { beforeMb: number; afterMb: number } };
  popupWarm: Summary;
  popupCold: Summary;
  /** Navigation start → the popup's DOMContentLoaded, warm and cold together. */
  popupLoaded: Summary;
  /** The page's own frame interval during the stream, without the extension. */
  frameMs: number;
  /** The today query (lists and counts) as the worker measured it inside task.listDue. */
  queryWorker: Summary;
  /** The whole task.listDue handler in the worker. */
  queryHandler: Summary;
  /** task.listDue's round trip from an extension page. */
  queryRequest: Summary;
  /** The first task.listDue after the seed: the worker opens the database and rebuilds the counters. */
  queryRebuildMs: number;
  queryOpenDue: number;
  targetsWorker: Summary;
  targetsRequest: Summary;
  targetsCount: number;
  /** Progress summed over the targets (a check the seed gave them something to count). */
  targetsDone: number;
  targetsRead: { tasks: number; records: number; keys: number; counterRows: number };
  syncWorker: Summary;
  /** Of syncWorker, the wait on the fake server (Playwright's routing). */
  syncServer: Summary;
  /** What one no-change sync read, per store, and its requests to the server. */
  syncRead: WorkerReads;
  syncRequests: number;
  seeded: { popup: number; query: number; sync: number };
  seconds: number;
}

export function buildExtension(log: (s: string) => void): Promise<void> {
  log('building the extension (wxt build → .tmp/bench/output/chrome-mv3)…');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/build.ts', BENCH_BUILD_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`wxt build failed:\n${output}`))));
  });
}

const scale = (values: number[], k: number) => values.map((v) => v * k);

export async function runBench(opts: BenchOptions): Promise<{ result: BenchResult; details: BenchDetails }> {
  const started = Date.now();
  const { log } = opts;
  if (opts.build) await buildExtension(log);
  const extensionDir = resolve(opts.extensionDir);
  const bundles = measureBundles(extensionDir);

  const on = await launchBench('on', extensionDir);
  const browsers: BenchBrowser[] = [on];
  try {
    const page = opts.storeOnly ? { runs: { on: [], off: [] }, growthOn: NO_GROWTH, growthOff: NO_GROWTH } : await pageSide(on, browsers, opts);
    const { runs, growthOn, growthOff } = page;
    // The whole bench's popup row runs with the page side's waiting follow-ups stored: so does --popup-only.
    if (opts.popupOnly) await seedWaitingThreads(on, opts.waitingThreads, log);
    const store = opts.pageOnly ? NO_STORE : await storeRuns(on, opts);
    // The imports meet a fresh store in a browser of their own: close this one first, or its
    // 100,000-task store (still settling after the store rows) shares the two cores with them
    // and its processes' CPU is counted in theirs (20k CSV 2.9 s alone, 4.3 s beside it).
    for (const b of browsers) await b.context.close().catch(() => undefined);
    const imports = opts.importRows > 0 ? await importBench(extensionDir, log, opts.importRows) : null;

    const per1000 = 1000 / opts.mutations;
    const diffs = runs.on.map((r, i) => (r.trace.busyMs - runs.off[i]!.trace.busyMs) * per1000);
    // Per new on-screen person (the buttons the stream made) and as a share of the page's own
    // time in the same trace (its busy time less ours): design.md's targets since 2026-12-06.
    const perNewPerson = runs.on.filter((r) => r.buttonsDuringStream > 0).map((r) => r.trace.extensionMs / r.buttonsDuringStream);
    const shareOfPage = runs.on.map((r) => r.trace.extensionMs / Math.max(r.trace.busyMs - r.trace.extensionMs, 1e-9));
    const heapExtra = runs.on.map((r, i) => r.heapMb - runs.off[i]!.heapMb);
    const injects = runs.on.flatMap((r) => r.injectMs);
    const growth = growthOn.afterMb - growthOn.beforeMb - (growthOff.afterMb - growthOff.beforeMb);
    const result: BenchResult = {
      mutation_overhead_ms_per_1000: summary(scale(runs.on.map((r) => r.trace.extensionMs), per1000)),
      mutation_overhead_ms_per_new_person: median(perNewPerson),
      mutation_overhead_share_of_page: median(shareOfPage),
      longest_extension_task_ms: Math.max(...runs.on.map((r) => r.trace.longestExtensionTaskMs)),
      inject_latency_ms: summary(injects),
      first_detection_ms: summary(runs.on.map((r) => r.firstDetectionMs - r.builtMs)),
      heap_extra_mb: median(heapExtra),
      heap_growth_mb: growth,
      bundle_gzip_kb: { content: bundles.content, popup: bundles.popup, options: bundles.options, background: bundles.background },
      popup_render_ms: { warm_p95: quantile(store.popupWarm, 0.95), cold_p95: quantile(store.popupCold, 0.95) },
      today_query_ms: { p95: quantile(store.queryWorker, 0.95) },
      popup_targets_ms: { worker_p95: store.targetsWorker.p95, round_trip_p95: store.targetsRequest.p95 },
      no_change_sync: { ms_p95: store.syncWorker.p95, records_read: totalOf(store.syncRead.values) },
      import_20k_ms: imports
        ? { preview: Math.max(imports.csv.preview, imports.json.preview), commit: Math.max(imports.csv.commit, imports.json.commit) }
        : { preview: Number.NaN, commit: Number.NaN },
      runs: opts.runs,
    };
    const { log: _log, ...plain } = opts;
    const details: BenchDetails = {
      options: plain,
      bundles,
      on: runs.on,
      off: runs.off,
      mutationDiffMsPer1000: summary(diffs),
      perNewPerson: summary(perNewPerson),
      shareOfPage: summary(shareOfPage),
      perNewPersonThread: summary(runs.on.filter((r) => r.buttonsDuringStream > 0).map((r) => r.trace.extensionThreadMs / r.buttonsDuringStream)),
      threadMsPer1000: summary(scale(runs.on.map((r) => r.trace.extensionThreadMs), per1000)),
      longestTaskThreadMs: Math.max(...runs.on.map((r) => r.trace.longestExtensionTaskThreadMs)),
      imports,
      busyOn: summary(scale(runs.on.map((r) => r.trace.busyMs), per1000)),
      busyOff: summary(scale(runs.off.map((r) => r.trace.busyMs), per1000)),
      buttonsPerStream: median(runs.on.map((r) => r.buttonsDuringStream)),
      buttonsOnPage: median(runs.on.map((r) => r.buttons)),
      longestTaskMedian: median(runs.on.map((r) => r.trace.longestExtensionTaskMs)),
      builtOn: summary(runs.on.map((r) => r.builtMs)),
      firstFromNavigation: summary(runs.on.map((r) => r.firstDetectionMs)),
      builtOff: summary(runs.off.map((r) => r.builtMs)),
      heapOn: median(runs.on.map((r) => r.heapMb)),
      heapOff: median(runs.off.map((r) => r.heapMb)),
      growth: { on: growthOn, off: growthOff },
      popupWarm: summary(store.popupWarm),
      popupCold: summary(store.popupCold),
      popupLoaded: summary(store.popupLoaded),
      frameMs: median(runs.off.map((r) => r.streamMs / Math.ceil(opts.mutations / opts.perFrame))),
      queryWorker: summary(store.queryWorker),
      queryHandler: summary(store.queryHandler),
      queryRequest: summary(store.queryRequest),
      queryRebuildMs: store.queryRebuildMs,
      queryOpenDue: store.queryOpenDue,
      targetsWorker: store.targetsWorker,
      targetsRequest: store.targetsRequest,
      targetsCount: store.targetsCount,
      targetsDone: store.targetsDone,
      targetsRead: store.targetsRead,
      syncWorker: store.syncWorker,
      syncServer: store.syncServer,
      syncRead: store.syncRead,
      syncRequests: store.syncRequests,
      seeded: { popup: opts.popupTasks, query: opts.queryTasks, sync: opts.syncTasks },
      seconds: (Date.now() - started) / 1000,
    };
    return { result, details };
  } finally {
    for (const b of browsers) await b.context.close().catch(() => undefined);
  }
}

const NO_GROWTH = { beforeMb: Number.NaN, afterMb: Number.NaN };

/** The page runs, interleaved with a browser without the extension, then heap growth. */
async function pageSide(on: BenchBrowser, browsers: BenchBrowser[], opts: BenchOptions) {
  const { log } = opts;
  const file = writeInboxPage('.tmp/bench/pages', opts.rows);
  const server = await serveFolder('.tmp/bench/pages');
  const off = await launchBench('off', opts.extensionDir);
  browsers.push(off);
  try {
    for (const b of [on, off]) await serveSiteFrom(b.context, INBOX_URL, server.origin, file);
    await seedWaitingThreads(on, opts.waitingThreads, log);
    const tabs = { on: await InboxTab.open(on), off: await InboxTab.open(off) };

    // Page runs, interleaved: on/off, then off/on, so drift in the machine's load hits both.
    log(`page runs: ${opts.runs} × (load a ${opts.rows}-row inbox, ${opts.mutations} mutations), with and without the extension`);
    const runs: Record<'on' | 'off', PageRun[]> = { on: [], off: [] };
    for (let i = 0; i < opts.runs; i++) {
      const order: ('on' | 'off')[] = i % 2 ? ['off', 'on'] : ['on', 'off'];
      for (const label of order) {
        const r = await tabs[label].run(i, { mutations: opts.mutations, perFrame: opts.perFrame, settleMs: opts.settleMs, log });
        runs[label].push(r);
      }
      const a = runs.on[i]!;
      const b = runs.off[i]!;
      log(`  run ${i + 1}/${opts.runs}: extension ${a.trace.extensionMs.toFixed(1)} ms (longest ${a.trace.longestExtensionTaskMs.toFixed(1)}; thread time ${a.trace.extensionThreadMs.toFixed(1)}, longest ${a.trace.longestExtensionTaskThreadMs.toFixed(1)}), ${a.buttonsDuringStream} buttons, busy on ${a.trace.busyMs.toFixed(0)} / off ${b.trace.busyMs.toFixed(0)} ms, first detection ${(a.firstDetectionMs - a.builtMs).toFixed(0)} ms after the rows, heap +${(a.heapMb - b.heapMb).toFixed(2)} MB`);
    }

    log(`heap growth: ${opts.views} view changes in each browser`);
    const growthOn = await tabs.on.viewChanges(opts.views, opts.viewWaitMs);
    const growthOff = await tabs.off.viewChanges(opts.views, opts.viewWaitMs);
    await tabs.on.close();
    await tabs.off.close();
    return { runs, growthOn, growthOff };
  } finally {
    await off.context.close().catch(() => undefined);
    browsers.pop();
    await server.close();
  }
}
