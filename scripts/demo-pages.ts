// The local demo and the end-to-end tests show saved pages under the real sites' addresses:
// Playwright answers every request to that site from our static server on 127.0.0.1, so the
// extension's real manifest matches apply and nothing reaches the network.
import type { BrowserContext } from '@playwright/test';

export const DEMO_PAGES = [
  { label: 'Gmail thread', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs', fixture: 'gmail-thread.html' },
  { label: 'Outlook reading pane', url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2YjE4NWFlLTk3ZDAtNDQ5MS1hZjcwLTNhYzQ4YjRmMmI0ZgAQAJv8kX7%2FzWtNpFLc6vR0B2E%3D', fixture: 'outlook-reading-pane.html' },
  { label: 'Salesforce contact', url: 'https://northwind-crm.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view', fixture: 'salesforce-contact.html' },
] as const;

/** Answers every request to `siteUrl`'s origin with `fixture` from the 127.0.0.1 server. */
export async function serveSiteFrom(context: BrowserContext, siteUrl: string, pagesOrigin: string, fixture: string): Promise<void> {
  const { origin } = new URL(siteUrl);
  await context.route(`${origin}/**`, async (route) => {
    const response = await fetch(`${pagesOrigin}/${fixture}`);
    await route.fulfill({ status: response.status, contentType: 'text/html; charset=utf-8', body: await response.text() });
  });
}
