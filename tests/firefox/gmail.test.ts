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
/** The person buttons Chromium puts on this thread (tests/e2e/in-page.spec.ts): its five people
 *  (tests/fixtures/gmail-thread.expected.json), the signed-in rep none. */
const CHROMIUM_BUTTONS = 5;
const SUBJECT = 'Q3 renewal: revised quote for 40 seats';
/** A message body: Gmail's div.ii.gt around div.a3s, up to the pair of closing tags that ends it. */
const BODY = /<div class="ii gt"[^>]*><div class="a3s[^"]*"[^>]*>[\s\S]*?<\/div><\/div>/g;

/**
 * The thread as Gmail shows it, each message's body rendered by the page after the headers
 * (Gmail fetches and renders bodies late): the bodies wait in templates until a page script puts
 * them in, so the content script meets every body apart from its header whatever the parser
 * does. As another conversation (its own thread id and subject), so it is a task of its own.
 */
function bodiesRenderedLater(): string {
  let bodies = 0;
  const html = FIXTURE.replace(BODY, (body) => {
    bodies++;
    return `<template class="rendered-later">${body}</template>`;
  })
    .replace('data-thread-perm-id="thread-f:1801122334455667788" data-legacy-thread-id="18fe4a7c2b9d0e11"', 'data-thread-perm-id="thread-f:1801122334455660000" data-legacy-thread-id="18fe4a7c2b9d0000"')
    .replace(`>${SUBJECT}</h2>`, `>${SUBJECT} (bodies later)</h2>`)
    .replace('</body>', `<script>setTimeout(() => document.querySelectorAll('template.rendered-later').forEach((t) => t.replaceWith(t.content)), 500);</script></body>`);
  if (bodies !== 3) throw new Error(`expected the fixture's 3 message bodies, found ${bodies}`);
  return html;
}

let firefox: LaunchedFirefox;

/**
 * Evaluates `probe` in the page until it gives something truthy. An evaluation that meets the
 * page mid-navigation (its realm torn down) is retried rather than failed.
 */
async function until<T>(page: Page, probe: (arg: string) => T | undefined, timeoutMs: number, arg = ''): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await page.evaluate(probe, arg);
      if (value) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up after ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Opens `html` at Gmail's address; nothing else reaches the network. */
async function openGmail(html: string, url = GMAIL_THREAD): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const address = request.url();
    if (address.startsWith('https://mail.google.com/')) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (address.startsWith('moz-extension://') || address.startsWith('data:') || address.startsWith('about:')) {
      void request.continue();
    } else {
      // Nothing else may reach the network (the fixture's images and fonts are not needed).
      void request.abort();
    }
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** The person buttons on the page once the page has loaded and their number has held for a second. */
async function settledButtons(page: Page): Promise<string[]> {
  await until(page, () => document.readyState === 'complete', 30_000);
  const read = () => page.$$eval('[data-tasklane-button]', (buttons) => buttons.map((b) => b.previousElementSibling?.outerHTML.slice(0, 80) ?? ''));
  let last = await read();
  for (let stable = 0, rounds = 0; stable < 4 && rounds < 40; rounds++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await read();
    stable = now.length === last.length ? stable + 1 : 0;
    last = now;
  }
  return last;
}

/** The popup's row for `subject` and Priya, once the popup shows it. */
async function popupRow(subject: string): Promise<string> {
  const popup = await firefox.browser.newPage();
  // BiDi reports no navigation events for an extension page here, so goto would wait out its
  // timeout: the navigation is started, and the page's content is what the test waits for.
  void popup.goto(`${firefox.origin}/popup.html`, { timeout: 5_000 }).catch(() => undefined);
  try {
    return await until(
      popup,
      (wanted) => [...document.querySelectorAll('.task')].map((row) => row.textContent ?? '').find((row) => row.includes(wanted) && row.includes('Priya Raman')),
      30_000,
      subject,
    );
  } finally {
    await popup.close();
  }
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

  it('puts a button beside each person of a Gmail thread, as many as Chromium; one click makes a task with her company', async () => {
    const page = await openGmail(FIXTURE);
    const button = await page.waitForSelector(PRIYA_BUTTON, { visible: true, timeout: 30_000 });
    for (const email of ['priya.raman', 'dana.okafor', 'marcus.lee', 'procurement']) {
      expect(await page.$(`span[email="${email}@northwind-traders.com"] + [data-tasklane-button]`), email).not.toBeNull();
    }
    // Each person once: Priya's own sign-off is hers (her header's button), Jordan Patel's is
    // someone new, and the signed-in rep gets none. (Firefox's parser can hand the page over in
    // pieces — on a cold load it added this thread's first body in a later batch than its
    // header, and the sign-off got a sixth button.)
    const buttons = await settledButtons(page);
    expect(buttons, buttons.join('\n')).toHaveLength(CHROMIUM_BUTTONS);
    expect(await page.$('b + [data-tasklane-button]')).toBeNull();
    // Jordan Patel's button sits at his name's line or at his address's: Gmail's script reads a
    // message's own sign-off with the signature kit (perf9), and in Firefox the page's first scan
    // places him by his address before the kit arrives; the button stays where it was placed.
    expect(buttons.filter((anchor) => anchor.includes('Jordan Patel') || anchor.includes('jordan.patel@')), buttons.join('\n')).toHaveLength(1);
    expect(await page.$('span[email="alex.rep@acme-sales.com"] + [data-tasklane-button]')).toBeNull();
    await button!.click();

    const text = await popupRow(SUBJECT);
    // Classified as in Chromium (tests/e2e/in-page.spec.ts), with her company from her signature.
    expect(text).toContain('Northwind Traders');
    for (const chip of ['Existing-customer care', 'Routine', 'Business (B2B)', 'Direct']) expect(text).toContain(chip);
    await page.close();
  }, 90_000);

  it('the same when the page renders each body after its header: no button on a sign-off, the company still on the task', async () => {
    const page = await openGmail(bodiesRenderedLater(), GMAIL_THREAD.replace(/[^/]+$/, 'FMfcgzQVxRkLnqTbWcPdHsJvMnXtBodies'));
    const button = await page.waitForSelector(PRIYA_BUTTON, { visible: true, timeout: 30_000 });
    await until(page, () => document.querySelectorAll('template.rendered-later').length === 0 && document.querySelectorAll('div.a3s').length === 3, 30_000);
    const buttons = await settledButtons(page);
    expect(buttons, buttons.join('\n')).toHaveLength(CHROMIUM_BUTTONS);
    expect(await page.$('b + [data-tasklane-button]')).toBeNull();
    await button!.click();
    expect(await popupRow(`${SUBJECT} (bodies later)`)).toContain('Northwind Traders');
    await page.close();
  }, 90_000);
});
