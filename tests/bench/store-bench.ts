// Measurements against the extension's store: the popup's first render with 10,000 tasks (warm
// worker, and worker stopped first) and the today-and-overdue query with 100,000 tasks (whose
// seed also serves the targets, tests/bench/targets-bench.ts).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DUE_COUNTS_MARKER } from '../../lib/db/due-counts';
import { TARGET_COUNTS_MARKER } from '../../lib/db/target-counts';
import type { BenchBrowser } from './browsers';
import { seedRawTasks } from './raw-seed';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; onMessage: { addListener(fn: unknown): void } } };
declare const window: { __tlPainted?: number; __tlLoaded?: number; addEventListener: typeof globalThis.addEventListener };

type Reply<T> = { ok: boolean; data?: T; error?: { message: string } };

function localDate(inDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + inDays);
  return d.toLocaleDateString('en-CA');
}

/** A rep's store after years of use: most tasks done, the open ones spread around today. */
export function taskMix(i: number): { inDays: number; open: boolean; goal: string } {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  const open = h % 100 < 8;
  const inDays = open ? (h >>> 8) % 91 - 45 : -((h >>> 8) % 720);
  const goal = ['new_customer', 'existing_customer', 'payment_collection', 'market_research'][(h >>> 4) % 4]!;
  return { inDays, open, goal };
}

/** An extension page whose own change listener is muted, so seeding doesn't reload its list 10,000 times. */
async function seedPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const events = chrome.runtime.onMessage as { addListener(fn: unknown): void };
    events.addListener = () => undefined;
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?bench-seed`);
  return page;
}

/** Seeds `count` tasks through the protocol: task.create in parallel batches, then task.bulk completes the done ones. */
export async function seedThroughProtocol(b: BenchBrowser, count: number, log: (s: string) => void): Promise<void> {
  const page = await seedPage(b.context, b.extensionId);
  const started = Date.now();
  const drafts = Array.from({ length: count }, (_, i) => {
    const { inDays, open, goal } = taskMix(i);
    return {
      open,
      payload: {
        draft: {
          title: `Follow up #${i}: ${['renewal quote', 'invoice', 'demo', 'pilot results'][i % 4]}`,
          due: { date: localDate(inDays), ...(i % 3 === 0 ? { time: `${String(8 + (i % 10)).padStart(2, '0')}:30` } : {}) },
          categories: { goal },
          source: { site: 'gmail', url: `https://mail.google.com/mail/u/0/#inbox/FMfcgzQVbench${String(i).padStart(10, '0')}`, title: `Thread ${i}` },
          dedupeKey: `bench:${i}`,
        },
      },
    };
  });
  const BATCH = 200;
  const doneIds: string[] = [];
  for (let at = 0; at < drafts.length; at += BATCH) {
    const batch = drafts.slice(at, at + BATCH);
    const ids = await page.evaluate(async (list) => {
      const replies = await Promise.all(list.map((p) => chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload: p })));
      return replies.map((r) => {
        const reply = r as Reply<{ task: { id: string } }>;
        if (!reply.ok) throw new Error(reply.error?.message ?? 'seed failed');
        return reply.data!.task.id;
      });
    }, batch.map((d) => d.payload));
    ids.forEach((id, k) => batch[k]!.open || doneIds.push(id));
  }
  for (let at = 0; at < doneIds.length; at += 1000) {
    await page.evaluate(async (ids) => {
      const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'task.bulk', payload: { ids, action: { kind: 'complete' } } })) as Reply<unknown>;
      if (!reply.ok) throw new Error(reply.error?.message ?? 'bulk complete failed');
    }, doneIds.slice(at, at + 1000));
  }
  log(`  seeded ${count} tasks through the protocol (${doneIds.length} done) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.close();
}

/** Stops the extension's service worker as Chrome does when idle (CDP Target.closeTarget). */
export async function stopWorker(b: BenchBrowser): Promise<void> {
  const scratch = await b.context.newPage();
  const cdp = await b.context.newCDPSession(scratch);
  const workers = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] }).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`),
    );
  for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  for (let i = 0; i < 200 && (await workers()).length; i++) await new Promise((r) => setTimeout(r, 25));
  await cdp.detach().catch(() => undefined);
  await scratch.close();
}

/**
 * Opens popup.html in a fresh tab and returns the time from navigation start until today's list
 * is painted: the frame after the "Today" heading (rendered only with the loaded list) appears.
 * Also returns when its DOMContentLoaded fired (the page and its scripts loaded, before any data).
 */
export async function popupRender(b: BenchBrowser): Promise<{ ms: number; loadedMs: number }> {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => (window.__tlLoaded = performance.now()));
    const seen = new MutationObserver(() => {
      if (!document.getElementById('today-heading')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__tlPainted = performance.now()), 0));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  const handle = await page.waitForFunction(() => window.__tlPainted, null, { timeout: 30_000, polling: 20 });
  const ms = (await handle.jsonValue()) as number;
  const loadedMs = await page.evaluate(() => window.__tlLoaded ?? Number.NaN);
  await page.close();
  return { ms, loadedMs };
}

export async function currentWorker(b: BenchBrowser): Promise<Worker> {
  const prefix = `chrome-extension://${b.extensionId}/`;
  const live = b.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
  const worker = live.length ? live[live.length - 1]! : await b.context.waitForEvent('serviceworker', { timeout: 15_000 });
  // tsx keeps function names with an `__name` helper that the worker doesn't have.
  await worker.evaluate('globalThis.__name ??= (fn) => fn');
  return worker;
}

/**
 * Writes `count` tasks straight into the worker's IndexedDB in one transaction (the store is
 * emptied first). That bypasses the due counters, so the same transaction clears them and
 * deletes their marker, and the worker is stopped: the next request reopens the database, which
 * rebuilds the counters from the tasks (lib/db/due-counts.ts), as after a migration.
 */
export async function seedInWorker(b: BenchBrowser, count: number): Promise<number> {
  // Wake the worker with a harmless request from an extension page.
  const page = await seedPage(b.context, b.extensionId);
  await page.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'settings.get', payload: {} }));
  const worker = await currentWorker(b);
  const started = Date.now();
  // The tasks, their times spread over two years up to now (./raw-seed.ts, unit-tested).
  await worker.evaluate(seedRawTasks, { count, now: Date.now(), marker: DUE_COUNTS_MARKER, targetMarker: TARGET_COUNTS_MARKER });
  await page.close();
  await stopWorker(b);
  return Date.now() - started;
}

/** The latest User Timing measure of `name` in the worker (lib/messages/timing.ts), ms. */
export async function workerMeasure(b: BenchBrowser, name: string): Promise<number> {
  const worker = await currentWorker(b);
  return worker.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)?.duration ?? Number.NaN, name);
}

/**
 * The popup's `task.listDue` request from an extension page: its round trip, and what the worker
 * measured of it — the whole handler, and inside it the today query (rows and counts, from
 * lib/db/tasks.ts listDueOverview).
 */
export async function requestListDue(b: BenchBrowser, page: Page): Promise<{ roundTripMs: number; handlerMs: number; queryMs: number; total: number; at: number }> {
  const at = Date.now();
  const { ms, total } = await page.evaluate(async () => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'task.listDue', payload: { limit: 50, upcomingDays: 7 } })) as Reply<{ total: number }>;
    if (!reply.ok) throw new Error(reply.error?.message ?? 'listDue failed');
    return { ms: performance.now() - started, total: reply.data!.total };
  });
  return { roundTripMs: ms, handlerMs: await workerMeasure(b, 'tasklane task.listDue'), queryMs: await workerMeasure(b, 'tasklane today query'), total, at };
}

export { seedPage };
