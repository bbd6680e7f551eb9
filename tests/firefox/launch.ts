// Starts Debian's firefox-esr with the Firefox build installed as a temporary add-on, over
// WebDriver BiDi (puppeteer-core drives it; no geckodriver, no browser download). The add-on's
// moz-extension UUID is fixed through Firefox's own pref, so a test can open its pages. Every
// launch gets a fresh profile folder, and close() always ends the process and removes it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
const ADDON_ID = 'tasklane@tasklane.app';
/** The add-on's internal UUID in these tests (Firefox makes a random one otherwise). */
const ADDON_UUID = '5e1f5c8e-7a4b-4d2e-9c3f-1a2b3c4d5e6f';

export interface LaunchedFirefox {
  browser: Browser;
  extensionId: string;
  /** moz-extension://<uuid> */
  origin: string;
  profileDir: string;
  close: () => Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<LaunchedFirefox> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build in ${extensionDir}. Run "npm run build:firefox" first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}. Install it with "apt-get install -y firefox-esr" or set FIREFOX_PATH.`);
  const profileDir = mkdtempSync(join(tmpdir(), 'tasklane-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page without it.
    args: ['--remote-allow-system-access'],
    protocolTimeout: 60_000,
    timeout: 60_000,
    extraPrefsFirefox: {
      // An unsigned, unpacked add-on (ESR allows it with this pref).
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // No first-run pages, updates, telemetry or other traffic from the browser itself.
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    const child = browser.process();
    // A browser that does not close in time is killed: a CI run must not leave Firefox behind.
    const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
    try {
      await browser.close();
    } catch {
      child?.kill('SIGKILL');
    } finally {
      clearTimeout(timer);
      rmSync(profileDir, { recursive: true, force: true });
    }
  };
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, origin: `moz-extension://${ADDON_UUID}`, profileDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
