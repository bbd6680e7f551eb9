// What the stream tools (stream-calls.ts, stream-profile.ts, stream-dom-calls.ts) share: their
// command line (an extension build directory, --runs N and other numeric flags) and the bench's
// busy inbox served to a browser with that build loaded, its follow-ups seeded as `npm run bench`
// seeds them, in one tab; the browser and the page server are closed after `use`, however it ends.
import { resolve } from 'node:path';
import { serveSiteFrom } from '../../scripts/demo-pages';
import { serveFolder } from '../../scripts/static-server';
import { launchBench, type BenchBrowser } from './browsers';
import { seedWaitingThreads } from './follow-up-seed';
import { writeInboxPage } from './inbox-page';
import { INBOX_URL, InboxTab } from './page-bench';

/** The bench's stream: `window.__tlBench` of the inbox page (tests/bench/inbox-page.ts). */
export interface StreamBench {
  mutate(mutations: number, perFrame: number): Promise<number>;
}

export interface StreamArgs {
  /** The build to load: the first argument that is not a flag or a flag's value. */
  dir: string;
  runs: number;
  has(flag: string): boolean;
  num(flag: string, fallback: number): number;
}

export function streamArgs(argv: readonly string[], defaults: { runs: number; dir: string }): StreamArgs {
  const num = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const dir = resolve(argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? defaults.dir);
  return { dir, runs: num('--runs', defaults.runs), has: (flag) => argv.includes(flag), num };
}

/** Opens the inbox with the build in `dir` and hands `use` its tab, the browser and the prefix of
 *  the extension's script URLs. */
export async function withInboxTab<T>(dir: string, use: (tab: InboxTab, browser: BenchBrowser, prefix: string) => Promise<T>): Promise<T> {
  const file = writeInboxPage('.tmp/bench/pages', 5000);
  const server = await serveFolder('.tmp/bench/pages');
  const browser = await launchBench('on', dir);
  try {
    await serveSiteFrom(browser.context, INBOX_URL, server.origin, file);
    await seedWaitingThreads(browser, 200, (line) => process.stderr.write(`${line}\n`));
    const tab = await InboxTab.open(browser);
    const result = await use(tab, browser, `chrome-extension://${browser.extensionId}/`);
    await tab.close();
    return result;
  } finally {
    await browser.context.close();
    await server.close();
  }
}
