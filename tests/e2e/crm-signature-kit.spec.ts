// The CRM scripts' (crm-<id>.js) sign-off reader (lib/content/signatures-loader.ts) in a real browser: a CRM record that
// shows no message never asks for signature-kit.js; a deal whose timeline shows a signed-off email
// gets it injected into the content script's isolated world (signatures.load), and the sender's
// button is there without waiting for it.
import { DEMO_EXTENSION_DIR } from '../../scripts/launch-chromium';
import { expect, test } from './fixtures';
import { contentWorld } from './isolated-world';

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };

test.use({ extensionDir: DEMO_EXTENSION_DIR });

const KIT = `typeof globalThis.__tasklaneSignatureKit`;

test('the sign-off reader loads on a CRM page that shows a message, and only there', async ({ showAt, context, extensionId }) => {
  const worker = context.serviceWorkers()[0]!;
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])))
    .toContain('https://crm.zoho.com.au/*');

  const record = await showAt('https://northwind-crm.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view', 'salesforce-contact.html');
  await expect(record.locator('[data-tasklane-button]').first()).toBeVisible({ timeout: 15_000 });
  const recordWorld = await contentWorld(context, record, extensionId);
  // Given time to ask, had it wanted to.
  await record.waitForTimeout(1_000);
  expect(await recordWorld.evaluate<string>(KIT)).toBe('undefined');

  const deal = await showAt('https://crm.zoho.com.au/crm/org7002231/tab/Potentials/5123400000009981017', 'zoho-deal-email-signature.html');
  await expect(deal.locator('[data-tasklane-button]').first()).toBeVisible({ timeout: 15_000 });
  const dealWorld = await contentWorld(context, deal, extensionId);
  await expect.poll(() => dealWorld.evaluate<string>(KIT), { timeout: 10_000 }).toBe('function');
});
