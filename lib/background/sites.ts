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
import { neteaseAdapter } from '../detect/sites/netease';
import { injectIntoOpenTabs, manifestScripts, newlyCovered, type ScriptForTabs } from './open-tabs';
import { qqmailAdapter } from '../detect/sites/qqmail';
import type { SiteAdapter } from '../detect/types';
import { OPTIONAL_SITES, contentScriptMatches, crmScripts, frameScripts, originPatternFor, sitesOn, unusedOrigins, type OptionalSite, type ScriptMatches } from '../sites';
import { syncPermissionPatterns } from '../sync/permission';

/** Top frames of each CRM: that CRM's script (crm-<id>.js, its adapter alone). Every frame of
 *  QQ Mail and of NetEase: that webmail's (qqmail.js, netease.js); every frame of the custom
 *  sites: custom.js (Roundcube and the generic core). Each bundles only its own sites' adapters. */
const CRM_SCRIPT_IDS = OPTIONAL_SITES.filter((site) => site.kind === 'crm').map((site) => `tasklane-crm-${site.id}`);
const FRAME_SCRIPT_IDS = [...OPTIONAL_SITES.filter((site) => site.allFrames).map((site) => site.id), 'custom'].map((script) => `tasklane-${script}`);
/** Scripts of earlier versions, which an update unregisters (their files are gone from the build):
 *  one for all five CRMs (crm.js), one for QQ Mail, NetEase and custom sites together (mail.js). */
const OLD_SCRIPT_IDS = ['tasklane-crm', 'tasklane-frames'];
/** The webmails whose hosts a custom site may be on: such a site gets that webmail's script, as
 *  its adapter, which knows it by host, ran there in the one mail script before. */
const FRAME_WEBMAILS: readonly SiteAdapter[] = [qqmailAdapter, neteaseAdapter];
const webmailOf = (host: string) => FRAME_WEBMAILS.find((adapter) => adapter.matches(new URL(`https://${host}/`)))?.id;

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

/** Which open tabs get the scripts after a registration: those of hosts it added (a site or
 *  custom site just turned on), every tab any script covers (install, update), or none. */
type OpenTabs = 'added' | 'all' | 'none';

async function register(db: TasklaneDb, openTabs: OpenTabs): Promise<ScriptMatches> {
  const { customSites } = await getSettings(db);
  const matches = contentScriptMatches(await grantedOrigins(customSites), customSites);
  const ids = [...OLD_SCRIPT_IDS, ...CRM_SCRIPT_IDS, ...FRAME_SCRIPT_IDS];
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  // document_start, as the webmail script: the observer sees the record rendered.
  const scripts = [
    ...crmScripts(matches.top).map((crm) => ({ id: `tasklane-crm-${crm.site}`, js: [`content-scripts/crm-${crm.site}.js`], matches: crm.matches, runAt: 'document_start' as const, persistAcrossSessions: true })),
    ...frameScripts(matches.allFrames, webmailOf).map((frame) => ({ id: `tasklane-${frame.script}`, js: [`content-scripts/${frame.script}.js`], matches: frame.matches, allFrames: true, runAt: 'document_start' as const, persistAcrossSessions: true })),
  ];
  // Every settings change comes here (the rep's address learnt on a page, the language): a page
  // loading between the unregister and the register below gets no script at all, so scripts
  // already registered as wanted stay registered.
  if (!sameScripts(registered, scripts)) {
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
    if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  }
  const toTabs: ScriptForTabs[] = openTabs === 'all' ? [...manifestScripts(), ...scripts] : openTabs === 'added' ? newlyCovered(registered, scripts) : [];
  // Not awaited by the caller's reply: a rep with many tabs open waits for nothing.
  if (toTabs.length) void injectIntoOpenTabs(toTabs).catch((error) => console.error('[tasklane] open tabs', error));
  return matches;
}

type ScriptShape = { id: string; js?: string[]; matches?: string[]; allFrames?: boolean };
const shapeOf = (script: ScriptShape) => JSON.stringify([script.id, script.js, [...(script.matches ?? [])].sort(), !!script.allFrames]);
/** The same scripts, by id, file, hosts (in any order) and frames. */
function sameScripts(registered: readonly ScriptShape[], wanted: readonly ScriptShape[]): boolean {
  const have = new Set(registered.map(shapeOf));
  return registered.length === wanted.length && wanted.every((script) => have.has(shapeOf(script)));
}

/** Re-registers the content script from the settings and the permissions; returns its matches.
 *  Tabs open on hosts this adds get the script too (`openTabs`, ./open-tabs.ts). */
export function syncSiteScripts(getDb: () => Promise<TasklaneDb>, openTabs: OpenTabs = 'added'): Promise<ScriptMatches> {
  const run = () => getDb().then((db) => register(db, openTabs));
  const next = registering.then(run, run);
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
  const sync = (openTabs: OpenTabs) => () => void syncSiteScripts(getDb, openTabs).catch((error) => console.error('[tasklane] site scripts', error));
  browser.permissions.onAdded.addListener(sync('added'));
  browser.permissions.onRemoved.addListener(sync('none'));
  // On update this also takes the script off hosts an earlier version registered it on; the
  // tabs open at install or update get every script (the old version's copies stand down).
  browser.runtime.onInstalled.addListener(sync('all'));
  // A browser starting loads its tabs afresh: the registered scripts reach them.
  browser.runtime.onStartup.addListener(sync('none'));
}
