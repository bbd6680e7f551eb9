// Registers the CRM / custom-site content script for exactly the CRM hosts the rep granted and
// the custom sites they added in Options → Sites (settings.customSites), and keeps it in step
// when either changes. Other granted origins — the CalDAV server's — are not sites: Tasklane
// never runs in their pages. Also revokes a host permission only when nothing uses it any more.
import { browser } from 'wxt/browser';
import { getSettings, type TasklaneDb } from '../db';
import { getSyncSettings } from '../db/sync-store';
import { contentScriptMatches, crmSitesOn, originPatternFor, unusedOrigins, type CrmSite } from '../sites';
import { syncPermissionPatterns } from '../sync/permission';

const SCRIPT_ID = 'tasklane-crm';
const SCRIPT_FILE = 'content-scripts/crm.js';

// One registration at a time: two overlapping ones would both unregister, then both register
// the same id, and Chrome refuses the second.
let registering: Promise<unknown> = Promise.resolve();

/** The granted origins, plus each custom site Chrome lets us run on (a wider grant covers it). */
async function grantedOrigins(customSites: readonly string[]): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const covered = await Promise.all(
    customSites.map(async (host) => {
      const pattern = originPatternFor(host);
      return (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) ? [pattern] : [];
    }),
  );
  return [...origins, ...covered.flat()];
}

async function register(db: TasklaneDb): Promise<string[]> {
  const { customSites } = await getSettings(db);
  const matches = contentScriptMatches(await grantedOrigins(customSites), customSites);
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

/** Re-registers the content script from the settings and the permissions; returns its matches. */
export function syncSiteScripts(getDb: () => Promise<TasklaneDb>): Promise<string[]> {
  const next = registering.then(
    () => getDb().then(register),
    () => getDb().then(register),
  );
  registering = next.catch(() => undefined);
  return next;
}

/**
 * Revokes those of `origins` that no CRM turned on, custom site or sync setting uses. The
 * caller has already dropped its own use (removed the custom site, cleared sync's settings);
 * `leavingCrm` is a CRM being turned off, whose origins are all still granted at this point.
 */
export async function releaseHostPermissions(db: TasklaneDb, origins: readonly string[], leavingCrm?: CrmSite['id']): Promise<string[]> {
  const [{ origins: granted = [] }, settings, sync] = await Promise.all([browser.permissions.getAll(), getSettings(db), getSyncSettings(db)]);
  const revoke = unusedOrigins(origins, {
    crmSites: crmSitesOn(granted).filter((site) => site.id !== leavingCrm),
    customSites: settings.customSites,
    syncOrigins: syncPermissionPatterns(sync),
  }).filter((origin) => granted.includes(origin));
  if (revoke.length) await browser.permissions.remove({ origins: revoke });
  return revoke;
}

export function watchSitePermissions(getDb: () => Promise<TasklaneDb>): void {
  const sync = () => void syncSiteScripts(getDb).catch((error) => console.error('[tasklane] site scripts', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  // On update this also takes the script off hosts an earlier version registered it on.
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
