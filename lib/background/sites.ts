// Registers the run-time content script for exactly the optional sites the rep granted (CRMs,
// QQ Mail, NetEase) and the custom sites they added in Options → Sites (settings.customSites),
// and keeps it in step when either changes. Sites that show mail in frames (and custom sites:
// Roundcube's preview pane) get it in every frame. Other granted origins — the CalDAV server's — are not sites: Tasklane
// never runs in their pages. Also revokes a host permission only when nothing uses it any more.
import { browser } from 'wxt/browser';
import { getSettings, type TasklaneDb } from '../db';
import { getSyncSettings } from '../db/sync-store';
import { permissionPatterns } from '../crm/clients';
import { connectedCrms } from './crm-targets';
import { OPTIONAL_SITES, contentScriptMatches, crmScripts, originPatternFor, sitesOn, unusedOrigins, type OptionalSite, type ScriptMatches } from '../sites';
import { syncPermissionPatterns } from '../sync/permission';

/** Top frames of each CRM: that CRM's script (crm-<id>.js, its adapter alone). Every frame of
 *  the webmails and custom sites: the mail script. Each bundles only its own sites' adapters. */
const CRM_SCRIPT_IDS = OPTIONAL_SITES.filter((site) => site.kind === 'crm').map((site) => `tasklane-crm-${site.id}`);
/** One script for all five CRMs (crm.js) before each had its own: an update unregisters it. */
const OLD_CRM_SCRIPT_ID = 'tasklane-crm';
const FRAMES_SCRIPT_ID = 'tasklane-frames';
const FRAMES_SCRIPT_FILE = 'content-scripts/mail.js';

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

async function register(db: TasklaneDb): Promise<ScriptMatches> {
  const { customSites } = await getSettings(db);
  const matches = contentScriptMatches(await grantedOrigins(customSites), customSites);
  const ids = [OLD_CRM_SCRIPT_ID, ...CRM_SCRIPT_IDS, FRAMES_SCRIPT_ID];
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
  // document_start, as the webmail script: the observer sees the record rendered.
  const scripts = [
    ...crmScripts(matches.top).map((crm) => ({ id: `tasklane-crm-${crm.site}`, js: [`content-scripts/crm-${crm.site}.js`], matches: crm.matches, runAt: 'document_start' as const, persistAcrossSessions: true })),
    ...(matches.allFrames.length ? [{ id: FRAMES_SCRIPT_ID, js: [FRAMES_SCRIPT_FILE], matches: matches.allFrames, allFrames: true, runAt: 'document_start' as const, persistAcrossSessions: true }] : []),
  ];
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  return matches;
}

/** Re-registers the content script from the settings and the permissions; returns its matches. */
export function syncSiteScripts(getDb: () => Promise<TasklaneDb>): Promise<ScriptMatches> {
  const next = registering.then(
    () => getDb().then(register),
    () => getDb().then(register),
  );
  registering = next.catch(() => undefined);
  return next;
}

/**
 * Revokes those of `origins` that no optional site turned on, custom site or sync setting uses.
 * The caller has already dropped its own use (removed the custom site, cleared sync's settings);
 * `leaving` is a site being turned off, whose origins are all still granted at this point.
 */
export async function releaseHostPermissions(db: TasklaneDb, origins: readonly string[], leaving?: OptionalSite['id']): Promise<string[]> {
  const [{ origins: granted = [] }, settings, sync, crms] = await Promise.all([browser.permissions.getAll(), getSettings(db), getSyncSettings(db), connectedCrms(db)]);
  const revoke = unusedOrigins(origins, {
    sites: sitesOn(granted).filter((site) => site.id !== leaving),
    customSites: settings.customSites,
    // CRM write-back's API hosts count like sync's: a site turned off never cuts them.
    syncOrigins: [...syncPermissionPatterns(sync), ...crms.flatMap(permissionPatterns)],
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
