// Page-side measurements on the bench inbox, in a context with the extension and one without:
// first detection, main-thread time during a stream of 1,000 mutations (CDP trace), inject
// latency, and the JS heap after forced GC; then heap growth over view changes.
import type { CDPSession, Page } from '@playwright/test';
import type { BenchBrowser } from './browsers';
import { attribute, PageTrace, type Attribution } from './trace';

export const INBOX_URL = 'https://mail.google.com/mail/u/0/';

export interface PageRun {
  /** The page's own rows rendered (performance.now(), from navigation start). */
  builtMs: number;
  /** Visible rows decorated, from navigation start (0 without the extension). */
  firstDetectionMs: number;
  /** Buttons on the page when it settled. */
  buttons: number;
  heapMb: number;
  /** Blink's own (DOM) heap, when Chromium reports it. */
  domHeapMb: number;
  trace: Attribution;
  /** Buttons made during the mutation window. */
  buttonsDuringStream: number;
  injectMs: number[];
  streamMs: number;
}

type Bench = {
  builtAt: number;
  firstDecoratedAt: number;
  hosts: number;
  injectSamples: number[];
  mutate(count: number, perFrame: number): Promise<number>;
  settle(quietMs: number): Promise<number>;
  endWindow(): void;
  view: string;
};
declare const window: { __tlBench?: Bench };

export interface PageOptions {
  mutations: number;
  perFrame: number;
  settleMs: number;
  log: (line: string) => void;
}

export async function heapMb(cdp: CDPSession): Promise<{ js: number; dom: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  return { js: usage.usedSize / 2 ** 20, dom: (usage.embedderHeapUsedSize ?? 0) / 2 ** 20 };
}

export class InboxTab {
  private constructor(
    readonly browser: BenchBrowser,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: BenchBrowser): Promise<InboxTab> {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    return new InboxTab(browser, page, cdp);
  }

  get extensionPrefix(): string {
    return this.browser.extensionId ? `chrome-extension://${this.browser.extensionId}/` : '';
  }

  /** A fresh navigation (a new query string, so never a same-document hash change). */
  async load(run: number, timeoutMs = 20_000): Promise<{ builtMs: number; firstDetectionMs: number }> {
    await this.page.goto(`${INBOX_URL}?bench=${run}#inbox`, { waitUntil: 'load' });
    const withExtension = Boolean(this.browser.extensionId);
    await this.page.waitForFunction(
      (ext) => {
        const b = window.__tlBench;
        return Boolean(b && b.builtAt > 0 && (!ext || b.firstDecoratedAt > 0));
      },
      withExtension,
      { timeout: timeoutMs, polling: 50 },
    );
    return this.page.evaluate(() => ({ builtMs: window.__tlBench!.builtAt, firstDetectionMs: window.__tlBench!.firstDecoratedAt }));
  }

  settle(quietMs: number): Promise<number> {
    return this.page.evaluate((ms) => window.__tlBench!.settle(ms), quietMs);
  }

  buttons(): Promise<number> {
    return this.page.evaluate(() => window.__tlBench!.hosts);
  }

  heap(): Promise<{ js: number; dom: number }> {
    return heapMb(this.cdp);
  }

  async run(run: number, opts: PageOptions): Promise<PageRun> {
    const { builtMs, firstDetectionMs } = await this.load(run);
    await this.settle(opts.settleMs);
    const buttons = await this.buttons();
    const heap = await this.heap();
    await this.page.evaluate(() => void (window.__tlBench!.injectSamples.length = 0));
    const trace = await PageTrace.start(this.page);
    const streamMs = await this.page.evaluate(([n, f]) => window.__tlBench!.mutate(n!, f!), [opts.mutations, opts.perFrame]);
    // The window closes once the extension has gone quiet, so its queued tail is inside it.
    await this.settle(300);
    await this.page.evaluate(() => window.__tlBench!.endWindow());
    const events = await trace.stop();
    const after = await this.page.evaluate(() => ({ hosts: window.__tlBench!.hosts, inject: window.__tlBench!.injectSamples.slice() }));
    return {
      builtMs,
      firstDetectionMs,
      buttons,
      heapMb: heap.js,
      domHeapMb: heap.dom,
      trace: attribute(events, this.extensionPrefix),
      buttonsDuringStream: after.hosts - buttons,
      injectMs: after.inject,
      streamMs,
    };
  }

  /**
   * Heap growth over `views` view changes: hash navigation alternating between a thread and the
   * inbox, each view rendered by the page's script as Gmail does. Forced GC before and after.
   */
  async viewChanges(views: number, waitMs: number): Promise<{ beforeMb: number; afterMb: number }> {
    await this.load(10_000);
    await this.settle(waitMs);
    // One round first, so lazily created state of both views is not counted as growth.
    for (const hash of ['#inbox/FMfcgzQVwarmupThreadIdAbc', '#inbox']) {
      await this.page.evaluate((h) => void (location.hash = h), hash);
      await this.settle(waitMs);
    }
    const before = await this.heap();
    for (let i = 0; i < views; i++) {
      const hash = i % 2 === 0 ? `#inbox/FMfcgzQVthread${String(i).padStart(8, '0')}Xy` : '#inbox';
      await this.page.evaluate((h) => void (location.hash = h), hash);
      await this.settle(waitMs);
    }
    if (views % 2 === 1) {
      await this.page.evaluate(() => void (location.hash = '#inbox'));
      await this.settle(waitMs);
    }
    const after = await this.heap();
    return { beforeMb: before.js, afterMb: after.js };
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}
