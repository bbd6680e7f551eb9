// Starts Debian's Chromium with the built extension loaded, as the demo and the end-to-end
// tests both need it (see ../shared/toolchain.md for why these flags).
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The demo build (`wxt build --mode demo`): CRM hosts granted at install. */
export const DEMO_EXTENSION_DIR = resolve('.output/chrome-mv3-demo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags every launch here needs: no sandbox as root, no GPU, and nothing that reaches for the
 * network (this machine has none; Chromium would retry its connections many at a time).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
}

export async function launchWithExtension(
  options: { headless?: boolean; dir?: string; /** UI language, e.g. 'zh-CN' (default en-US). */ lang?: string } = {},
): Promise<LaunchedExtension> {
  const lang = options.lang ?? 'en-US';
  const dir = options.dir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tasklane-profile-')), {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: lang,
    // On Linux, Chromium (and so the extension's i18n) takes its UI language from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CHROMIUM_FLAGS,
      `--lang=${lang}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}
