// `npm run bench` — prints a table; `npm run --silent bench -- --json` prints only the JSON object
// of issue 6 on stdout (progress goes to stderr). Options:
//   --quick            4 runs, 20 mutations a frame, shorter settling, 6 view changes, the popup's
//                      store written straight into IndexedDB (under two minutes on an idle 2-core machine)
//   --no-build         measure the last bench build (or --extension DIR) without rebuilding
//   --extension DIR    load this build instead of the bench's own (implies --no-build)
//   --store-only       only the store's rows: popup render, today query, popup targets, no-change
//                      sync (no inbox page, no browser without the extension)
//   --page-only        only the inbox page's rows (stream, first detection, inject latency, heap):
//                      no store rows, no imports (the loop for work on the content script)
//   --import-rows N    rows of the generated CSV and JSON backup the import rows time (0: skip them)
//   --popup-only       only the popup render row (warm and cold), no other store rows or imports
//   --import-only      only the import timings (CSV and JSON backup, preview then import); with
//                      --json prints {"import_20k_ms": {preview, commit}, "imports": …}
//   --runs N --rows N --mutations N --per-frame N --views N --popup-tasks N --query-tasks N --sync-tasks N --waiting-threads N
//   --query-settle S   wait S seconds after the today query's seed (and counters' rebuild) before its samples
//   --write-readme     replace the README's "Performance" section with this run's table (not with --store-only)
import { BENCH_BUILD_DIR, buildExtension, runBench, type BenchOptions } from './harness';
import { importBench } from './import-bench';
import { resolve } from 'node:path';
import { machine, table, writeReadme } from './report';

const STARTED = Date.now();

function parse(argv: string[]): { opts: BenchOptions; json: boolean; readme: boolean; importOnly: boolean } {
  const has = (flag: string) => argv.includes(flag);
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (flag: string, fallback: number) => {
    const v = value(flag);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} wants a number, got ${v}`);
    return n;
  };
  const quick = has('--quick');
  const extension = value('--extension');
  const opts: BenchOptions = {
    build: !has('--no-build') && !extension,
    extensionDir: extension ?? `${BENCH_BUILD_DIR}/chrome-mv3`,
    runs: num('--runs', quick ? 4 : 15),
    rows: num('--rows', 5000),
    mutations: num('--mutations', 1000),
    perFrame: num('--per-frame', quick ? 20 : 10),
    settleMs: num('--settle', quick ? 400 : 600),
    views: num('--views', quick ? 6 : 20),
    viewWaitMs: num('--view-wait', quick ? 300 : 1200),
    popupTasks: num('--popup-tasks', 10_000),
    popupSeed: quick ? 'worker' : ((value('--popup-seed') as 'protocol' | 'worker' | undefined) ?? 'protocol'),
    queryTasks: num('--query-tasks', 100_000),
    syncTasks: num('--sync-tasks', 10_000),
    storeOnly: has('--store-only') || has('--popup-only'),
    popupOnly: has('--popup-only'),
    pageOnly: has('--page-only'),
    importRows: has('--page-only') || has('--popup-only') ? 0 : num('--import-rows', 20_000),
    waitingThreads: num('--waiting-threads', 200),
    querySettleS: num('--query-settle', 0),
    log: (line) => process.stderr.write(`[${String(Math.round((Date.now() - STARTED) / 1000)).padStart(3)} s] ${line}\n`),
  };
  if (opts.storeOnly && opts.pageOnly) throw new Error('--store-only and --page-only exclude each other');
  if ((opts.storeOnly || opts.pageOnly) && has('--write-readme')) throw new Error('--write-readme needs the whole bench, not --store-only or --page-only');
  return { opts, json: has('--json'), readme: has('--write-readme'), importOnly: has('--import-only') };
}

const { opts, json, readme, importOnly } = parse(process.argv.slice(2));

/** --import-only: the imports alone (a minute or two instead of the store rows' several). */
async function importsAlone() {
  if (opts.build) await buildExtension(opts.log);
  const imports = await importBench(resolve(opts.extensionDir), opts.log, opts.importRows || undefined);
  const slower = { preview: Math.max(imports.csv.preview, imports.json.preview), commit: Math.max(imports.csv.commit, imports.json.commit) };
  if (json) process.stdout.write(`${JSON.stringify({ import_20k_ms: slower, imports })}\n`);
  else process.stdout.write(`import_20k_ms: preview ${slower.preview.toFixed(0)} ms, commit ${slower.commit.toFixed(0)} ms\n`);
}

try {
  if (importOnly) await importsAlone();
  else {
    const { result, details } = await runBench(opts);
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(`${table(result, details)}\n\n${machine()}\n`);
    if (readme) writeReadme(result, details);
    opts.log(`done in ${details.seconds.toFixed(0)} s`);
  }
} catch (error) {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
}
