// Firefox end to end (issue 17): the Firefox build (`npm run build:firefox`) installed in
// Debian's firefox-esr through WebDriver BiDi (puppeteer-core, no browser download), the Gmail
// fixture served at Gmail's own address by request interception (so the manifest's matches
// apply and nothing reaches the network), one click on a person's button, and the task in the
// popup page at moz-extension://<uuid>/popup.html.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from './launch';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';
const FIXTURE = readFileSync(resolve('tests/fixtures/gmail-thread.html'), 'utf8');
const PRIYA_BUTTON = 'span.gD[email="priya.raman@northwind-traders.com"] + [data-tasklane-button]';

let firefox: LaunchedFirefox;

/**
 * Evaluates `probe` in the page until it gives something truthy. An evaluation that meets the
 * page mid-navigation (its realm torn down) is retried rather than failed.
 */
async function until<T>(page: Page, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await page.evaluate(probe);
      if (value) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up after ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

beforeAll(async () => {
  firefox = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await firefox?.close();
}, 30_000);

describe('Tasklane in Firefox ESR', () => {
  it('installs the Firefox build with its own id', () => {
    expect(firefox.extensionId).toBe('tasklane@tasklane.app');
    expect(existsSync(firefox.profileDir)).toBe(true);
  });

  it('puts a button beside a person on a Gmail thread; one click makes a task the popup shows', async () => {
    const page = await firefox.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('https://mail.google.com/')) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE });
      } else if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) {
        void request.continue();
      } else {
        // Nothing else may reach the network (the fixture's images and fonts are not needed).
        void request.abort();
      }
    });
    await page.goto(GMAIL_THREAD, { waitUntil: 'domcontentloaded' });
    const button = await page.waitForSelector(PRIYA_BUTTON, { visible: true, timeout: 30_000 });
    // Every person of the thread (tests/fixtures/gmail-thread.expected.json) has a button, the
    // signed-in rep none. (Firefox also puts one on Priya's own signature, which Chromium folds
    // into her header button, company included: a difference reported on issue 17, and not
    // asserted either way here.)
    for (const email of ['priya.raman', 'dana.okafor', 'marcus.lee', 'procurement']) {
      expect(await page.$(`span[email="${email}@northwind-traders.com"] + [data-tasklane-button]`), email).not.toBeNull();
    }
    const signatures = await page.$$eval('[data-tasklane-button]', (buttons) => buttons.map((b) => b.parentElement?.textContent ?? ''));
    expect(signatures.some((text) => text.includes('Jordan Patel'))).toBe(true);
    expect(await page.$('span[email="alex.rep@acme-sales.com"] + [data-tasklane-button]')).toBeNull();
    await button!.click();

    const popup = await firefox.browser.newPage();
    // BiDi reports no navigation events for an extension page here, so goto would wait out its
    // timeout: the navigation is started, and the page's content is what the test waits for.
    void popup.goto(`${firefox.origin}/popup.html`, { timeout: 5_000 }).catch(() => undefined);
    const text = await until(
      popup,
      () => [...document.querySelectorAll('.task')].map((row) => row.textContent ?? '').find((row) => row.includes('Q3 renewal: revised quote for 40 seats') && row.includes('Priya Raman')),
      30_000,
    );
    // Classified as in Chromium (tests/e2e/in-page.spec.ts). Chromium also shows her company,
    // read from her signature; Firefox does not yet (see the note on the buttons above).
    for (const chip of ['Existing-customer care', 'Routine', 'Business (B2B)', 'Direct']) expect(text).toContain(chip);
    await page.close();
    await popup.close();
  }, 90_000);
});
