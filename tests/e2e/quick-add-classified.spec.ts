// The popup's quick add in a real Chromium goes through the classifier and finds the person by
// name among the contacts the rep already has (here: Dana, met on a Gmail thread).
import { expect, test } from './fixtures';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs';

test('"Call Dana tomorrow about the renewal" is classified and for the one known Dana', async ({ showAt, openExtensionPage }) => {
  const page = await showAt(GMAIL_THREAD, 'gmail-thread.html');
  const dana = page.locator('span[email="dana.okafor@northwind-traders.com"] + [data-tasklane-button]').first();
  await dana.click();
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('.task', { hasText: 'Dana Okafor' })).toHaveCount(1);

  await popup.getByLabel('New task').fill('Call Dana tomorrow about the renewal');
  await popup.getByRole('button', { name: 'Add' }).click();
  // The new task is due tomorrow: in the week ahead (Dana's first task is due wherever that
  // email's own deadline put it — "by Friday" of a week long past is today).
  await expect(popup.locator('#upcoming-heading')).toHaveText(/^Next 7 days \(\d+\)$/);
  // The week ahead opens by itself when nothing is due today; open it if it is closed.
  const week = popup.locator('details', { has: popup.locator('#upcoming-heading') });
  if (!(await week.evaluate((d) => (d as HTMLDetailsElement).open))) await popup.locator('#upcoming-heading').click();
  const row = popup.locator('.task', { hasText: 'Call Dana about the renewal' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Dana Okafor');
  await expect(row.locator('.chip').first()).toHaveText('Existing-customer care');
});
