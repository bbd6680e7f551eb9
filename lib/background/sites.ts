// Registers the CRM / custom-domain content script for exactly the hosts the rep granted, and
// keeps it in step when they grant or revoke one.
import { browser } from 'wxt/browser';
import { runtimeMatches } from '../sites';

const SCRIPT_ID = 'tasklane-crm';
const SCRIPT_FILE = 'content-scripts/crm.js';

export async function syncSiteScripts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = runtimeMatches(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([
      // document_start, as the webmail script: the observer sees the record rendered.
      { id: SCRIPT_ID, js: [SCRIPT_FILE], matches, runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

export function watchSitePermissions(): void {
  const sync = () => void syncSiteScripts().catch((error) => console.error('[tasklane] site scripts', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
