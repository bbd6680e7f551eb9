// Imports at a rep's scale (issue 17): a 20,000-row task CSV and a 20,000-task JSON backup,
// previewed (the dry run the options page asks for when a file is chosen) and then imported,
// each through data.import from an extension page into a fresh store, in Chromium. The time
// is the request's round trip as the page sees it.
import type { Page } from '@playwright/test';
import { BIG_IMPORT_ROWS, bigBackupJson, bigTasksCsv } from '../helpers/big-import';
import { launchBench } from './browsers';
import { descendantsCpuSeconds } from './process-cpu';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface ImportTiming {
  preview: number;
  commit: number;
  /** CPU seconds the browser's processes used for each (./process-cpu.ts): steadier than wall time under load. */
  cpu: { preview: number; commit: number };
  /** Tasks the commit reported as new (a check that the file really landed). */
  newTasks: number;
}

export interface ImportBench {
  rows: number;
  csv: ImportTiming;
  json: ImportTiming;
}

/** One data.import round trip from the page; throws on an error reply or a refused file. */
async function timedImport(page: Page, format: 'csv' | 'json', content: string, commit: boolean) {
  return page.evaluate(
    async ({ format, content, commit }) => {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'data.import', payload: { format, content, commit } })) as
        | { ok: true; data: { committed: boolean; errors: unknown[]; preview: { newTasks: number } } }
        | { ok: false; error: { message: string } };
      const ms = performance.now() - started;
      if (!reply.ok) throw new Error(reply.error.message);
      if (reply.data.errors.length) throw new Error(`the file was refused: ${JSON.stringify(reply.data.errors.slice(0, 3))}`);
      return { ms, newTasks: reply.data.preview.newTasks, committed: reply.data.committed };
    },
    { format, content, commit },
  );
}

async function measure(extensionDir: string, format: 'csv' | 'json', content: string): Promise<ImportTiming> {
  // A fresh browser per format: each import meets an empty store, as a rep's first import does.
  const browser = await launchBench('on', extensionDir);
  try {
    const page = await browser.context.newPage();
    if (process.env.TL_WORKER_LOG) browser.context.serviceWorkers()[0]?.on('console', (m) => process.stderr.write(`worker: ${m.text()}\n`));
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#data`);
    const cpu0 = descendantsCpuSeconds();
    const preview = await timedImport(page, format, content, false);
    const cpu1 = descendantsCpuSeconds();
    const commit = await timedImport(page, format, content, true);
    const cpu2 = descendantsCpuSeconds();
    if (!commit.committed) throw new Error(`the ${format} import did not commit`);
    return { preview: preview.ms, commit: commit.ms, cpu: { preview: cpu1 - cpu0, commit: cpu2 - cpu1 }, newTasks: commit.newTasks };
  } finally {
    await browser.context.close().catch(() => undefined);
  }
}

const cpuOf = (t: ImportTiming) => `${t.cpu.preview.toFixed(2)} s + ${t.cpu.commit.toFixed(2)} s`;

export async function importBench(extensionDir: string, log: (line: string) => void, rows = BIG_IMPORT_ROWS): Promise<ImportBench> {
  const now = Date.now();
  log(`imports: a ${rows.toLocaleString('en')}-row CSV and a ${rows.toLocaleString('en')}-task JSON backup, preview then import`);
  const csv = await measure(extensionDir, 'csv', bigTasksCsv(rows, now));
  log(`  CSV: preview ${csv.preview.toFixed(0)} ms, import ${csv.commit.toFixed(0)} ms (${csv.newTasks} new; browser CPU ${cpuOf(csv)})`);
  const json = await measure(extensionDir, 'json', bigBackupJson(rows, now));
  log(`  JSON: preview ${json.preview.toFixed(0)} ms, import ${json.commit.toFixed(0)} ms (${json.newTasks} new; browser CPU ${cpuOf(json)})`);
  return { rows, csv, json };
}
