// Two persistent Chromium contexts with the same flags: one with the built extension loaded,
// one without. Every page-side timing runs in both, interleaved, so noise hits both alike.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/launch-chromium';

export interface BenchBrowser {
  label: 'on' | 'off';
  context: BrowserContext;
  /** The extension's id ('' without it). */
  extensionId: string;
}

const FLAGS = [
  ...CHROMIUM_FLAGS,
  '--lang=en-US',
  // Keep timers and rendering of the benchmarked tab at full speed in headless mode.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launchBench(label: 'on' | 'off', extensionDir: string): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  if (label === 'on' && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}.`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), `tasklane-bench-${label}-`)), {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 720 },
    env: { ...process.env, LANGUAGE: 'en_US' },
    // Playwright's --disable-extensions is dropped in both, so the two differ only in ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: label === 'on' ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS] : FLAGS,
  });
  if (label === 'off') return { label, context, extensionId: '' };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { label, context, extensionId: new URL(worker.url()).host };
}
