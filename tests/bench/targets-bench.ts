// The popup's targets with a big store: 20 weekly targets over the 100,000 tasks of the today
// query's seed (done over two years, each with a value in every dimension), and the popup's own
// request, target.list for this week, timed in the worker and from a page.
import type { Page } from '@playwright/test';
import type { BenchBrowser } from './browsers';
import { currentWorker, workerMeasure } from './store-bench';
import { resetWorkerReads, totalOf, workerReads } from './worker-reads';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
type Reply<T> = { ok: boolean; data?: T; error?: { message: string } };

/** Every shipped value gets a 'completed' target (11), and nine a 'created' one: 20 in all. */
const VALUES: [string, string][] = [
  ['goal', 'new_customer'], ['goal', 'existing_customer'], ['goal', 'payment_collection'], ['goal', 'market_research'],
  ['cycle', 'daily'], ['cycle', 'phased'], ['customer', 'b2b'], ['customer', 'b2c'],
  ['channel', 'direct'], ['channel', 'distribution'], ['channel', 'online'],
];
export const BENCH_TARGETS = [
  ...VALUES.map(([dimension, value]) => ({ dimension, value, metric: 'completed' })),
  ...VALUES.slice(0, 9).map(([dimension, value]) => ({ dimension, value, metric: 'created' })),
].map((t, i) => ({ ...t, id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, period: 'week', count: 20 }));

export async function saveTargets(page: Page): Promise<void> {
  await page.evaluate(async (targets) => {
    for (const target of targets) {
      const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'target.save', payload: { target } })) as Reply<unknown>;
      if (!reply.ok) throw new Error(reply.error?.message ?? 'target.save failed');
    }
  }, BENCH_TARGETS);
}

/** The popup's target.list: round trip from `page`, the handler as the worker measured it, and the progress it reported. */
export async function requestTargets(b: BenchBrowser, page: Page): Promise<{ roundTripMs: number; workerMs: number; done: number; targets: number }> {
  const { ms, done, targets } = await page.evaluate(async () => {
    const started = performance.now();
    const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'target.list', payload: { period: 'week' } })) as Reply<{ targets: { done: number }[] }>;
    if (!reply.ok) throw new Error(reply.error?.message ?? 'target.list failed');
    const list = reply.data!.targets;
    return { ms: performance.now() - started, done: list.reduce((sum, t) => sum + t.done, 0), targets: list.length };
  });
  return { roundTripMs: ms, workerMs: await workerMeasure(b, 'tasklane target.list'), done, targets };
}

/**
 * One more request with the read counter on (not timed): the day-counter rows target.list read
 * (this week's days so far, both metrics: the raw seed has some every day, ./raw-seed.ts), the
 * tasks (none), and all it read (the targets and the counters' marker too).
 */
export async function targetReads(b: BenchBrowser, page: Page): Promise<{ tasks: number; records: number; keys: number; counterRows: number }> {
  const worker = await currentWorker(b);
  await resetWorkerReads(worker);
  await requestTargets(b, page);
  const reads = await workerReads(worker);
  return { tasks: reads.values.tasks ?? 0, records: totalOf(reads.values), keys: totalOf(reads.keys), counterRows: reads.values.targetCounts ?? 0 };
}
