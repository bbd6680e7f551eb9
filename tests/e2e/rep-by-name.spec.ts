// Issue 14, round 7, in Chromium with the demo build: the rep known by name only is never offered
// and is learnt into My addresses by the content scripts' own path (the adapter's reading of the
// account, lib/content/page-report.ts): Outlook's 2025 header (the title "Kalender - Nadia Okafor
// - Outlook", a persona "Okafor, Nadia"), HubSpot's conversations inbox (the nav avatar's name,
// a From picker whose identities get no button); a Salesforce opportunity's owner and team, the
// org's users, get no button either.
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const BUTTON = '[data-tasklane-button]';
const NADIA = 'nadia.okafor@brightwave-sales.example';

test('the rep known by name only gets no button and is learnt; a CRM\'s users get none', async ({ showAt, openExtensionPage }) => {
  const options = await openExtensionPage('options.html#sites');
  const myAddresses = async () => ((await options.evaluate(() => chrome.runtime.sendMessage({ tasklane: 1, type: 'settings.get', payload: {} }))) as { data?: { settings?: { myAddresses?: string[] } } }).data?.settings?.myAddresses ?? [];
  const besides = (page: import('@playwright/test').Page) => page.locator(BUTTON).evaluateAll((els) => els.map((el) => el.previousElementSibling?.textContent?.trim() ?? ''));

  const outlook = await showAt('https://outlook.office.com/calendar/item/AAMkAGI2TG93AAA%3D', 'outlook-calendar-account-title-de.html');
  await expect(outlook.locator(BUTTON)).toHaveCount(3, { timeout: 20_000 });
  await outlook.waitForTimeout(1_500);
  await expect(outlook.locator(BUTTON)).toHaveCount(3);
  expect((await besides(outlook)).join(' | ')).not.toContain('Okafor');
  await expect.poll(myAddresses, { timeout: 20_000 }).toContain(NADIA);

  const inbox = await showAt('https://app-eu1.hubspot.com/live-messages/26214441/inbox/9012733/thread/7712093381', 'hubspot-conversations-reply-named.html');
  await expect(inbox.locator(BUTTON)).toHaveCount(1, { timeout: 20_000 });
  await inbox.waitForTimeout(1_500);
  await expect(inbox.locator(BUTTON)).toHaveCount(1);
  expect((await besides(inbox)).join(' ')).toContain('Ingrid Solberg');

  const opportunity = await showAt('https://fjord-supply.lightning.force.com/lightning/r/Opportunity/0068d00000LmNoPAA1/view', 'salesforce-opportunity-owner-team.html');
  await expect(opportunity.locator(BUTTON)).toHaveCount(2, { timeout: 20_000 });
  await opportunity.waitForTimeout(1_500);
  await expect(opportunity.locator(BUTTON)).toHaveCount(2);
  expect((await besides(opportunity)).join(' | ')).not.toMatch(/Okafor|Albuquerque/);
});
