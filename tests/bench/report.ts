// The bench's table (markdown, so the README can hold it as is), the machine line, and the
// README's "Performance" section.
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchDetails, BenchResult } from './harness';
import { totalOf } from './worker-reads';

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ok = (pass: boolean) => (pass ? 'pass' : '**miss**');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${f(a / b, 2)}×` : '—');

export function table(r: BenchResult, d: BenchDetails): string {
  const m = r.mutation_overhead_ms_per_1000;
  const inj = r.inject_latency_ms;
  const fd = r.first_detection_ms;
  const b = r.bundle_gzip_kb;
  const shared = Object.entries(d.bundles.shared).map(([file, kb]) => `${file.replace(/^chunks\//, '')} ${f(kb)} kB`).join(', ');
  const o = d.options;
  const pageRows: string[][] = [
    [`extension main-thread time per new on-screen person (trace; ${f(d.buttonsPerStream, 0)} buttons made in the stream)`, '≤ 0.15 ms median', `${f(d.perNewPerson.median, 3)} / ${f(d.perNewPerson.p95, 3)} ms`, 'median / p95 of runs', ok(r.mutation_overhead_ms_per_new_person <= 0.15)],
    ['  the same in thread (CPU) time: per new person; per 1,000 mutations; longest task', '—', `${f(d.perNewPersonThread.median, 3)} ms; ${f(d.threadMsPer1000.median)} / ${f(d.threadMsPer1000.p95)} ms; ${f(d.longestTaskThreadMs)} ms`, 'wall time above also counts the OS running other processes mid-call', ''],
    ['  as a share of the page\'s own main-thread time in the stream', '≤ 0.5 %', `${f(d.shareOfPage.median * 100, 2)} / ${f(d.shareOfPage.p95 * 100, 2)} %`, 'the page\'s own = its busy time in the same trace less ours', ok(r.mutation_overhead_share_of_page <= 0.005)],
    [`  per 1,000 mutations (reported beside; ${f(d.buttonsOnPage, 0)} buttons on the page)`, '—', `${f(m.median)} / ${f(m.p95)} ms`, `page busy ${f(d.busyOff.median, 0)} ms off vs ${f(d.busyOn.median, 0)} ms on: ${ratio(d.busyOn.median, d.busyOff.median)}`, ''],
    ['  cross-check: busy time on − off per 1,000 mutations', '—', `${f(d.mutationDiffMsPer1000.median)} / ${f(d.mutationDiffMsPer1000.p95)} ms`, 'median / p95 of paired runs', ''],
    ['longest extension task during the stream', '< 50 ms', `${f(r.longest_extension_task_ms)} ms (max; median run ${f(d.longestTaskMedian)})`, '', ok(r.longest_extension_task_ms < 50)],
    ['row inserted → its button present', '≤ 17 ms median, ≤ 100 ms p95', `${f(inj.median)} / ${f(inj.p95)} ms`, `the page's own frame interval in the stream: ${f(d.frameMs)} ms`, ok(inj.median <= 17 && inj.p95 <= 100)],
    [`first detection: page's ${o.rows} rows rendered → visible rows decorated`, '≤ 200 ms p95', `${f(fd.median, 0)} / ${f(fd.p95, 0)} ms`, `from navigation start ${f(d.firstFromNavigation.median, 0)} / ${f(d.firstFromNavigation.p95, 0)} ms; the page's rows alone at ${f(d.builtOff.median, 0)} ms off, ${f(d.builtOn.median, 0)} ms on`, ok(fd.p95 <= 200)],
    ['extra JS heap on the page (forced GC)', '≤ 5 MB', `${f(r.heap_extra_mb, 2)} MB`, `${f(d.heapOff)} MB off vs ${f(d.heapOn)} MB on: ${ratio(d.heapOn, d.heapOff)}`, ok(r.heap_extra_mb <= 5)],
    [`heap growth over ${o.views} view changes (extension's share)`, '≤ 1 MB', `${f(r.heap_growth_mb, 2)} MB`, `raw growth on ${f(d.growth.on.afterMb - d.growth.on.beforeMb, 2)} MB, off ${f(d.growth.off.afterMb - d.growth.off.beforeMb, 2)} MB`, ok(r.heap_growth_mb <= 1)],
    ['content scripts, gzip (the largest)', '≤ 25 kB each', `${f(b.content)} kB`, Object.entries(d.bundles.contentScripts).map(([file, kb]) => `${file} ${f(kb)} kB`).join(', '), ok(b.content <= 25)],
    ['popup / options / background scripts, gzip', '—', `${f(b.popup)} / ${f(b.options)} / ${f(b.background)} kB`, `popup and options each include ${shared || 'no shared chunk'}`, ''],
  ];
  const storeRows: string[][] = [
    [`popup first render, ${o.popupTasks.toLocaleString('en')} tasks, warm worker`, '≤ 150 ms p95', `${f(d.popupWarm.median, 0)} / ${f(d.popupWarm.p95, 0)} ms`, `median / p95; DOMContentLoaded at ${f(d.popupLoaded.median, 0)} ms median`, ok(r.popup_render_ms.warm_p95 <= 150)],
    ['popup first render, worker stopped first', '≤ 300 ms p95', `${f(d.popupCold.median, 0)} / ${f(d.popupCold.p95, 0)} ms`, `${ratio(d.popupCold.median, d.popupWarm.median)} warm`, ok(r.popup_render_ms.cold_p95 <= 300)],
    [`today query in the worker, ${o.queryTasks.toLocaleString('en')} tasks (${d.queryOpenDue.toLocaleString('en')} open and due)`, '≤ 10 ms p95', `${f(d.queryWorker.median)} / ${f(d.queryWorker.p95)} ms`, 'median / p95', ok(r.today_query_ms.p95 <= 10)],
    ['  the popup\'s whole task.listDue request: in the worker / round trip from a page', '—', `${f(d.queryHandler.median)} / ${f(d.queryHandler.p95)} ms; ${f(d.queryRequest.median)} / ${f(d.queryRequest.p95)} ms`, 'median / p95 (adds next 7 days and contacts)', ''],
    ['  first request after the worker restarts: open the database, rebuild the due counters', '—', `${f(d.queryRebuildMs, 0)} ms`, 'once per seed (as after the version 5 migration)', ''],
    [`popup targets: target.list, ${d.targetsCount} weekly targets, ${o.queryTasks.toLocaleString('en')} tasks: in the worker / round trip`, '—', `${f(d.targetsWorker.median)} / ${f(d.targetsWorker.p95)} ms; ${f(d.targetsRequest.median)} / ${f(d.targetsRequest.p95)} ms`, `median / p95; reads ${(d.targetsRead.counterRows ?? 0).toLocaleString('en')} day-counter rows (this week's days so far, both metrics) of ${d.targetsRead.records.toLocaleString('en')} records in all, ${d.targetsRead.keys.toLocaleString('en')} index keys, ${d.targetsRead.tasks.toLocaleString('en')} tasks`, ''],
    [`sync with nothing changed, ${o.syncTasks.toLocaleString('en')} tasks on the server: in the worker`, '—', `${f(d.syncWorker.median)} / ${f(d.syncWorker.p95)} ms`, `median / p95, of which waiting on the (routed, fake) server ${f(d.syncServer.median)} / ${f(d.syncServer.p95)} ms; ${d.syncRequests} request; reads ${readsText(d.syncRead.values)}`, ''],
  ];
  const imp = d.imports;
  if (imp) {
    const rowsText = imp.rows.toLocaleString('en');
    storeRows.push(
      [`import a ${rowsText}-row task CSV: preview / import (Options → Data, round trip)`, '≤ 3 s each', `${f(imp.csv.preview / 1000, 2)} / ${f(imp.csv.commit / 1000, 2)} s`, `${imp.csv.newTasks.toLocaleString('en')} new tasks`, ok(imp.csv.preview <= 3000 && imp.csv.commit <= 3000)],
      [`import a ${rowsText}-task JSON backup: preview / import`, '≤ 3 s each', `${f(imp.json.preview / 1000, 2)} / ${f(imp.json.commit / 1000, 2)} s`, `${imp.json.newTasks.toLocaleString('en')} new tasks`, ok(imp.json.preview <= 3000 && imp.json.commit <= 3000)],
    );
  }
  const rows = [['what', 'target', 'measured', 'without extension / ratio', 'verdict'], ...(o.storeOnly ? [] : pageRows), ...storeRows];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
    + (o.storeOnly
      ? `\n\n${r.runs} runs per timing (median / p95, nearest rank); the store's rows only (--store-only); bench took ${f(d.seconds, 0)} s.`
      : `\n\n${r.runs} interleaved runs per timing (median / p95, nearest rank); ${o.mutations} mutations at ${o.perFrame} per frame; bench took ${f(d.seconds, 0)} s.`)
    + `\nTargets: ../shared/design.md (the per-person and share-of-page targets decided 2026-12-06; the per-1,000-mutations figure is reported beside them).`;
}

/** "3 records (syncMeta 3)": the total and where from. */
function readsText(values: Record<string, number>): string {
  const parts = Object.entries(values).filter(([, n]) => n > 0).map(([store, n]) => `${store} ${n.toLocaleString('en')}`);
  return `${totalOf(values).toLocaleString('en')} records${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // not Linux
  }
  return `Machine: ${cpus().length} cores (nproc), ${model}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Chromium ${process.env.CHROMIUM_VERSION ?? '(Debian /usr/bin/chromium)'}, headless.`;
}

const HEADING = '## Performance';

/** Replaces the text from "## Performance" to the next "## " heading (or the end) with the new table. */
export function writeReadme(r: BenchResult, d: BenchDetails, path = 'README.md'): void {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README has no "${HEADING}" section`);
  const marker = '<!-- bench:table -->';
  const section = readme.slice(start + 1);
  const next = section.indexOf('\n## ', HEADING.length);
  const body = next < 0 ? section : section.slice(0, next + 1);
  const a = body.indexOf(marker);
  const z = body.indexOf(marker, a + marker.length);
  if (a < 0 || z < 0) throw new Error(`README's "${HEADING}" section has no ${marker} pair`);
  const date = new Date().toISOString().slice(0, 10);
  const fresh = `${marker}\nLatest run: ${date}. ${machine()}\n\n${table(r, d)}\n${marker}`;
  const updated = body.slice(0, a) + fresh + body.slice(z + marker.length);
  writeFileSync(path, readme.slice(0, start + 1) + updated + (next < 0 ? '' : section.slice(next + 1)));
}
