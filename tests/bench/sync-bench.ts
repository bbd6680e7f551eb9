// A sync with nothing changed, 10,000 tasks stored and all of them on the server: what the
// worker does every 15 minutes and a few seconds after each edit. The store is written straight
// into the worker's IndexedDB as a finished first sync leaves it (tasks, their links with ETags,
// the settings, the server's sync-token, the sync queue's marker), and the CalDAV server is a
// fake answered by Playwright's routing: it replies to the one REPORT of a no-change sync as
// Radicale does (a multistatus with only a new sync-token). Its address is on mail.google.com,
// the one host the store build may reach without a permission prompt a test cannot click.
import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import { DUE_COUNTS_MARKER } from '../../lib/db/due-counts';
import { TARGET_COUNTS_MARKER } from '../../lib/db/target-counts';
import { QUEUE_MARKER } from '../../lib/db/sync-queue';
import type { BenchBrowser } from './browsers';
import { currentWorker, seedPage, stopWorker, workerMeasure } from './store-bench';
import { resetWorkerReads, workerReads, type WorkerReads } from './worker-reads';
export type { WorkerReads };

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
type Reply<T> = { ok: boolean; data?: T; error?: { message: string } };

const DAV = 'https://mail.google.com/tasklane-bench/';
const LIST = `${DAV}tasks/`;

/** Answers the sync-collection REPORT with no changes; anything else is counted as unexpected. */
export async function routeFakeCalDav(context: BrowserContext): Promise<{ requests: Record<string, number> }> {
  const requests: Record<string, number> = {};
  let token = 1;
  await context.route(`${DAV}**`, async (route: Route) => {
    const method = route.request().method();
    requests[method] = (requests[method] ?? 0) + 1;
    if (method !== 'REPORT') return route.fulfill({ status: 500, body: 'not expected in a no-change sync' });
    const body = `<?xml version='1.0' encoding='utf-8'?>\n<multistatus xmlns="DAV:"><sync-token>${DAV}sync/${++token}</sync-token></multistatus>`;
    return route.fulfill({ status: 207, contentType: 'text/xml; charset=utf-8', body });
  });
  return { requests };
}

/**
 * Writes `count` tasks and their links into the worker's IndexedDB as a finished sync leaves
 * them (the store is emptied first), then stops the worker so the next request reopens it (and
 * rebuilds the due counters the raw write bypassed).
 */
export async function seedSyncedInWorker(b: BenchBrowser, count: number): Promise<number> {
  const page = await seedPage(b.context, b.extensionId);
  await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'settings.get', payload: {} }));
  const worker = await currentWorker(b);
  const started = Date.now();
  await worker.evaluate(async ({ count, list, dav, dueMarker, targetMarker, queueMarker }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('tasklane');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    // Before schema 7 there is no queue (so the bench also runs against an older build).
    // Before schema 9 there are no target counters.
    const optional = ['syncQueue', 'targetCounts'].filter((name) => db.objectStoreNames.contains(name));
    const stores = ['tasks', 'dueCounts', 'meta', 'syncItems', 'syncMeta', 'tombstones', ...optional];
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) if (name !== 'meta') tx.objectStore(name).clear();
    tx.objectStore('meta').delete(dueMarker);
    tx.objectStore('meta').delete(targetMarker);
    const now = Date.now();
    const today = new Date().toLocaleDateString('en-CA');
    for (let i = 0; i < count; i++) {
      const id = `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
      const open = i % 5 === 0;
      const updatedAt = now - (count - i) * 60_000;
      tx.objectStore('tasks').put({
        id, title: `Follow up #${i}`, notes: '', priority: 'normal', due: { date: today },
        status: open ? 'open' : 'done', ...(open ? {} : { completedAt: updatedAt }),
        categories: { goal: 'new_customer' }, createdAt: updatedAt, updatedAt,
      });
      const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tasklane//EN\r\nBEGIN:VTODO\r\nUID:${id}\r\nSUMMARY:Follow up #${i}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n`;
      tx.objectStore('syncItems').put({ taskId: id, href: `${list}${id}.ics`, uid: id, etag: `"e${i}"`, syncedUpdatedAt: updatedAt, ics });
    }
    const meta = tx.objectStore('syncMeta');
    meta.put({ serverUrl: dav, username: 'bench', password: 'bench', collectionUrl: list, collectionName: 'Bench', enabled: true }, 'settings');
    meta.put({ collectionUrl: list, syncToken: `${dav}sync/1`, skipped: {} }, 'cursor');
    meta.put({ collectionUrl: list, seededAt: now }, queueMarker);
    await new Promise<void>((done, fail) => {
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { count, list: LIST, dav: DAV, dueMarker: DUE_COUNTS_MARKER, targetMarker: TARGET_COUNTS_MARKER, queueMarker: QUEUE_MARKER });
  await page.close();
  await stopWorker(b);
  return Date.now() - started;
}

interface SyncStatusView {
  running: boolean;
  status: { lastSyncAt?: number; lastError?: { message: string }; lastReport?: { requests: number; pulled: number; pushed: number; deleted: number } };
}

const statusOf = async (page: Page) => {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'sync.status', payload: {} }))) as Reply<SyncStatusView>;
  if (!reply.ok) throw new Error(reply.error?.message ?? 'sync.status failed');
  return reply.data!;
};

/** When the worker's latest 'tasklane sync' measure started (lib/background/sync-service.ts), or -1. */
const lastSyncStart = (worker: Worker) =>
  worker.evaluate(() => performance.getEntriesByName('tasklane sync', 'measure').at(-1)?.startTime ?? -1);

/**
 * "Sync now" from an extension page; waits in the worker itself for the run's measure (asking
 * the worker for its status meanwhile would add reads and work to what is measured), then
 * returns its time, what it read (when `countReads`), and its report.
 */
export async function requestSync(b: BenchBrowser, page: Page, countReads = false): Promise<{ workerMs: number; serverMs: number; requests: number; changed: number; reads?: WorkerReads }> {
  const worker = await currentWorker(b);
  const before = await lastSyncStart(worker);
  if (countReads) await resetWorkerReads(worker);
  await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'sync.now', payload: {} }));
  for (let waited = 0; (await lastSyncStart(worker)) <= before; waited += 10) {
    if (waited > 30_000) throw new Error('bench sync did not finish in 30 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  const reads = countReads ? await workerReads(worker) : undefined;
  const workerMs = await workerMeasure(b, 'tasklane sync');
  // The run's requests as the worker's Resource Timing saw them: the wait on Playwright's routing.
  const serverMs = await worker.evaluate((dav) => {
    const run = performance.getEntriesByName('tasklane sync', 'measure').at(-1)!;
    const waited = performance.getEntriesByType('resource').filter((e) => e.name.startsWith(dav) && e.startTime >= run.startTime)
      .reduce((sum, e) => sum + e.duration, 0);
    performance.clearResourceTimings();
    return waited;
  }, DAV);
  // The status is written right after the run: wait for it, then check the run went through.
  for (let waited = 0; ; waited += 20) {
    const { running, status } = await statusOf(page);
    if (!running && status.lastError) throw new Error(`bench sync failed: ${status.lastError.message}`);
    if (!running && status.lastReport) {
      const report = status.lastReport;
      return { workerMs, serverMs, requests: report.requests, changed: report.pulled + report.pushed + report.deleted, ...(reads ? { reads } : {}) };
    }
    if (waited > 30_000) throw new Error('bench sync status did not settle in 30 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One more sync with the read counter on (not timed): what a no-change sync read, per store. */
export async function syncReads(b: BenchBrowser, page: Page): Promise<WorkerReads> {
  return (await requestSync(b, page, true)).reads!;
}
