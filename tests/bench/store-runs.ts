// The store's side of the bench, in the browser with the extension: the popup's first render
// with `popupTasks` tasks, the today query with `queryTasks`, the popup's 20 weekly targets over
// those same tasks, and a sync with nothing changed with `syncTasks` stored.
import type { BenchBrowser } from './browsers';
import type { BenchOptions } from './harness';
import { quantile, summary, type Summary } from './stats';
import { popupRender, requestListDue, seedInWorker, seedPage, seedThroughProtocol, stopWorker, workerMeasure } from './store-bench';
import { requestSync, routeFakeCalDav, seedSyncedInWorker, syncReads } from './sync-bench';
import { BENCH_TARGETS, requestTargets, saveTargets, targetReads } from './targets-bench';
import { totalOf, type WorkerReads } from './worker-reads';

export interface StoreFigures {
  popupWarm: number[];
  popupCold: number[];
  popupLoaded: number[];
  queryWorker: number[];
  queryHandler: number[];
  queryRequest: number[];
  queryRebuildMs: number;
  queryOpenDue: number;
  targetsWorker: Summary;
  targetsRequest: Summary;
  targetsCount: number;
  targetsDone: number;
  targetsRead: { tasks: number; records: number; keys: number; counterRows: number };
  syncWorker: Summary;
  /** Of syncWorker, the time waiting on the fake server (Playwright's routing). */
  syncServer: Summary;
  syncRead: WorkerReads;
  syncRequests: number;
}

const NONE: Summary = { median: Number.NaN, p95: Number.NaN };

/** What `--page-only` puts in place of the store's figures: nothing measured. */
export const NO_STORE: StoreFigures = {
  popupWarm: [],
  popupCold: [],
  popupLoaded: [],
  queryWorker: [],
  queryHandler: [],
  queryRequest: [],
  queryRebuildMs: Number.NaN,
  queryOpenDue: Number.NaN,
  targetsWorker: NONE,
  targetsRequest: NONE,
  targetsCount: 0,
  targetsDone: 0,
  targetsRead: { tasks: 0, records: 0, keys: 0, counterRows: 0 },
  syncWorker: NONE,
  syncServer: NONE,
  syncRead: { values: {}, keys: {} },
  syncRequests: 0,
};

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

type Opts = Omit<BenchOptions, 'log'> & { log: (line: string) => void };

/** `runs` samples of `measure` after `warmUp` unrecorded ones. */
async function sample<T>(runs: number, warmUp: number, measure: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < runs + warmUp; i++) {
    const r = await measure();
    if (i >= warmUp) out.push(r);
  }
  return out;
}

export async function storeRuns(on: BenchBrowser, opts: Opts): Promise<StoreFigures> {
  const { log } = opts;
  // The popup with `popupTasks` tasks: warm and cold opens, alternating.
  log(`popup: seeding ${opts.popupTasks} tasks (${opts.popupSeed})`);
  if (opts.popupSeed === 'protocol') await seedThroughProtocol(on, opts.popupTasks, log);
  else await seedInWorker(on, opts.popupTasks);
  await popupRender(on); // the first open compiles and caches; not a sample
  const popupWarm: number[] = [];
  const popupCold: number[] = [];
  const popupLoaded: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const w = await popupRender(on);
    await stopWorker(on);
    const c = await popupRender(on);
    popupWarm.push(w.ms);
    popupCold.push(c.ms);
    popupLoaded.push(w.loadedMs, c.loadedMs);
  }
  log(`  popup warm p95 ${quantile(popupWarm, 0.95).toFixed(0)} ms, cold p95 ${quantile(popupCold, 0.95).toFixed(0)} ms`);
  if (opts.popupOnly) return { ...NO_STORE, popupWarm, popupCold, popupLoaded };

  log(`today query: writing ${opts.queryTasks} tasks into the worker's IndexedDB`);
  const seedMs = await seedInWorker(on, opts.queryTasks);
  log(`  written in ${(seedMs / 1000).toFixed(1)} s`);
  const page = await seedPage(on.context, on.extensionId);
  // The first request after the seed restarts the worker: it opens the database and rebuilds
  // the due counters from the 100,000 tasks (reported, not a sample).
  const rebuild = await requestListDue(on, page);
  const rebuilt = Date.now();
  const settleS = opts.querySettleS ?? 0;
  if (settleS) {
    // A settings.get every 10 s keeps the worker (stopped after 30 s idle) the one that rebuilt.
    log(`  waiting ${settleS} s before the samples (--query-settle)`);
    for (let waited = 0; waited < settleS; waited += 10) {
      await new Promise((r) => setTimeout(r, Math.min(10, settleS - waited) * 1000));
      await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'settings.get', payload: {} }));
    }
  }
  const due = await sample(opts.runs, 2, () => requestListDue(on, page));
  // Each sample with when it ran after the seed: right after writing 100,000 tasks LevelDB
  // compacts for a while and reads are slower (see README, Performance).
  log(`  today query samples (ms in the worker @ s after the counters' rebuild): ${due.map((r) => `${r.queryMs.toFixed(1)}@${((r.at - rebuilt) / 1000).toFixed(1)}`).join(' ')}`);
  log(`  today query p95 ${quantile(due.map((r) => r.queryMs), 0.95).toFixed(1)} ms; first request (counters rebuilt) ${rebuild.handlerMs.toFixed(0)} ms`);

  log(`popup targets: ${BENCH_TARGETS.length} weekly targets over the same ${opts.queryTasks} tasks`);
  await saveTargets(page);
  // The first count after the seed rebuilds the target counters from every task (schema 9; an
  // open popup that hears the targets saved may be the one that asks): logged, not a sample.
  const firstTargets = await requestTargets(on, page);
  const rebuiltMs = await workerMeasure(on, 'tasklane target counts rebuilt');
  log(`  target counters rebuilt from the tasks in ${rebuiltMs.toFixed(0)} ms; first target.list from the bench page ${firstTargets.workerMs.toFixed(0)} ms`);
  const targets = await sample(opts.runs, 2, () => requestTargets(on, page));
  const targetsRead = await targetReads(on, page);
  await page.close();
  log(`  target.list p95 ${quantile(targets.map((r) => r.workerMs), 0.95).toFixed(1)} ms in the worker, ${targets.at(-1)?.done} counted; reads ${targetsRead.counterRows} counter rows and ${targetsRead.tasks} tasks (${targetsRead.records} records, ${targetsRead.keys} keys in all)`);

  log(`no-change sync: ${opts.syncTasks} tasks, all on the (fake) server`);
  const dav = await routeFakeCalDav(on.context);
  await seedSyncedInWorker(on, opts.syncTasks);
  const syncPage = await seedPage(on.context, on.extensionId);
  const syncs = await sample(opts.runs, 2, () => requestSync(on, syncPage));
  const syncRead = await syncReads(on, syncPage);
  await syncPage.close();
  if (syncs.some((s) => s.changed > 0)) throw new Error('the no-change sync changed something: the seed is not a finished sync');
  log(`  sync p95 ${quantile(syncs.map((s) => s.workerMs), 0.95).toFixed(1)} ms in the worker (waiting on the server ${quantile(syncs.map((s) => s.serverMs), 0.95).toFixed(1)}); reads ${totalOf(syncRead.values)} records; ${JSON.stringify(dav.requests)} requests in all`);

  return {
    popupWarm,
    popupCold,
    popupLoaded,
    queryWorker: due.map((r) => r.queryMs),
    queryHandler: due.map((r) => r.handlerMs),
    queryRequest: due.map((r) => r.roundTripMs),
    queryRebuildMs: rebuild.handlerMs,
    queryOpenDue: due.at(-1)?.total ?? rebuild.total,
    targetsWorker: summary(targets.map((r) => r.workerMs)),
    targetsRequest: summary(targets.map((r) => r.roundTripMs)),
    targetsCount: targets.at(-1)?.targets ?? 0,
    targetsDone: targets.at(-1)?.done ?? 0,
    targetsRead,
    syncWorker: summary(syncs.map((s) => s.workerMs)),
    syncServer: summary(syncs.map((s) => s.serverMs)),
    syncRead,
    syncRequests: syncs.at(-1)?.requests ?? Number.NaN,
  };
}
