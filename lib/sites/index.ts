// Which sites Tasklane runs on. Gmail and Outlook are required (in the manifest); each CRM and
// the Chinese webmails (QQ Mail, NetEase) are optional and granted from the options page; the rep
// may add custom domains (a CRM of their own, a self-hosted Roundcube), read by the generic core
// and by any adapter that recognises the page. The manifest (wxt.config.ts), the options page and
// the background's script registration all read this one list.

import { GMAIL_MATCHES, OUTLOOK_MATCHES } from './matches';

export { GMAIL_MATCHES, OUTLOOK_MATCHES };
export const WEBMAIL_MATCHES = [...GMAIL_MATCHES, ...OUTLOOK_MATCHES];

export interface OptionalSite {
  id: 'salesforce' | 'hubspot' | 'pipedrive' | 'zoho' | 'dynamics' | 'qqmail' | 'netease';
  label: string;
  /** The hosts the site was first released with: the site is on while all of them are granted. */
  origins: string[];
  /** Hosts added since (Salesforce Classic's instances, Zoho's newer data centres): asked for
   *  with `origins` when the rep turns the site on, and offered on their own (Options → Sites)
   *  to a rep who turned it on before them — a site must not go off for its rep because an
   *  update found more of its hosts. */
  laterOrigins?: string[];
  kind: 'crm' | 'webmail';
  /** The site shows mail in frames of its own (QQ Mail's reading view, NetEase's message body):
   *  the content script runs in every frame, not only the top one. */
  allFrames: boolean;
}

export const OPTIONAL_SITES: OptionalSite[] = [
  { id: 'salesforce', label: 'Salesforce', kind: 'crm', allFrames: false, origins: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'], laterOrigins: ['https://*.salesforce.com/*'] },
  { id: 'hubspot', label: 'HubSpot', kind: 'crm', allFrames: false, origins: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  { id: 'pipedrive', label: 'Pipedrive', kind: 'crm', allFrames: false, origins: ['https://*.pipedrive.com/*'] },
  { id: 'zoho', label: 'Zoho CRM', kind: 'crm', allFrames: false, origins: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*', 'https://crm.zoho.com.au/*', 'https://crm.zoho.com.cn/*'], laterOrigins: ['https://crm.zoho.jp/*', 'https://crm.zohocloud.ca/*', 'https://crm.zoho.sa/*', 'https://crm.zoho.uk/*'] },
  { id: 'dynamics', label: 'Dynamics 365', kind: 'crm', allFrames: false, origins: ['https://*.dynamics.com/*'] },
  { id: 'qqmail', label: 'QQ Mail / Tencent Exmail', kind: 'webmail', allFrames: true, origins: ['https://mail.qq.com/*', 'https://wx.mail.qq.com/*', 'https://exmail.qq.com/*'] },
  { id: 'netease', label: 'NetEase Mail (163 / 126 / Qiye)', kind: 'webmail', allFrames: true, origins: ['https://mail.163.com/*', 'https://mail.126.com/*', 'https://mail.yeah.net/*', 'https://qiye.163.com/*', 'https://*.qiye.163.com/*'] },
];

/** Every host of a site: its first ones and those added since. */
export const allOriginsOf = (site: OptionalSite): string[] => [...site.origins, ...(site.laterOrigins ?? [])];

export const OPTIONAL_ORIGINS = OPTIONAL_SITES.flatMap(allOriginsOf);

/** A site turned on (its first hosts granted) whose later hosts are not all granted: the ones to offer. */
export function missingLaterOrigins(site: OptionalSite, grantedOrigins: readonly string[]): string[] {
  const granted = new Set(grantedOrigins);
  return site.origins.every((origin) => granted.has(origin)) ? (site.laterOrigins ?? []).filter((origin) => !granted.has(origin)) : [];
}

/** Lets the options page ask for any https host the rep names, one host at a time. */
export const CUSTOM_HOST_PATTERN = 'https://*/*';

const HOST = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

/** A host name as the rep typed it ("CRM.Example.com", "https://crm.example.com/x") → "crm.example.com", or null. */
export function normaliseHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

export function originPatternFor(host: string): string {
  return `https://${host}/*`;
}

/** Where the run-time content script runs: top frames only, or every frame too. */
export interface ScriptMatches {
  top: string[];
  allFrames: string[];
}

/**
 * What the run-time content script matches: the optional sites the rep granted (Options → Sites)
 * and the custom sites they added (kept in settings), each only while granted. Never any other
 * granted origin: the sync server's host is granted for sync, not for scanning its pages. Custom
 * sites run in every frame: a self-hosted webmail (Roundcube) shows its preview pane in one.
 */
export function contentScriptMatches(grantedOrigins: readonly string[], customSites: readonly string[]): ScriptMatches {
  const granted = new Set(grantedOrigins);
  const on = (site: OptionalSite) => allOriginsOf(site).filter((origin) => granted.has(origin));
  const custom = customSites.flatMap((site) => {
    const host = normaliseHost(site);
    // A host saved some other way than this page (a backup, an older build) must be one.
    return host === site && granted.has(originPatternFor(host)) ? [originPatternFor(host)] : [];
  });
  const top = new Set(OPTIONAL_SITES.filter((site) => !site.allFrames).flatMap(on));
  // A custom site on a CRM's host runs once, as that CRM (its adapter is in that CRM's script).
  const allFrames = new Set([...OPTIONAL_SITES.filter((site) => site.allFrames).flatMap(on), ...custom].filter((origin) => !top.has(origin)));
  return { top: [...top].sort(), allFrames: [...allFrames].sort() };
}

/** The CRM scripts for `top` (ScriptMatches.top, every origin one of a CRM's): each CRM's own
 *  script (content-scripts/crm-<id>.js, its adapter alone) on that CRM's origins among them. */
export function crmScripts(top: readonly string[]): { site: OptionalSite['id']; matches: string[] }[] {
  return OPTIONAL_SITES.flatMap((site) => {
    const matches = top.filter((origin) => allOriginsOf(site).includes(origin));
    return !site.allFrames && matches.length ? [{ site: site.id, matches }] : [];
  });
}

/** A run-time script in every frame: a webmail that reads mail in frames (QQ Mail, NetEase:
 *  content-scripts/<id>.js, its adapter alone) or the custom sites' (content-scripts/custom.js:
 *  Roundcube and the generic core). */
export type FrameScript = OptionalSite['id'] | 'custom';

/** The frame scripts for `allFrames` (ScriptMatches.allFrames): each webmail's own script on its
 *  origins among them, and on any custom site on one of its hosts (`webmailOf(host)`, whose
 *  adapter knows the host: it ran there in the one mail script before); every other custom site
 *  the custom-site script. */
export function frameScripts(allFrames: readonly string[], webmailOf: (host: string) => string | undefined): { script: FrameScript; matches: string[] }[] {
  const webmails = OPTIONAL_SITES.filter((site) => site.allFrames);
  const scriptOf = (origin: string): FrameScript => {
    const known = webmails.find((site) => allOriginsOf(site).includes(origin))?.id ?? webmailOf(/^https:\/\/([^/]+)\/\*$/.exec(origin)?.[1] ?? '');
    // Only a webmail with a frame script of its own; anything else is read as a custom site.
    return webmails.find((site) => site.id === known)?.id ?? 'custom';
  };
  return [...webmails.map((site): FrameScript => site.id), 'custom' as const].flatMap((script) => {
    const matches = allFrames.filter((origin) => scriptOf(origin) === script);
    return matches.length ? [{ script, matches }] : [];
  });
}

/** The optional sites the rep has turned on: every one of their origins granted. */
export function sitesOn(grantedOrigins: readonly string[]): OptionalSite[] {
  const granted = new Set(grantedOrigins);
  return OPTIONAL_SITES.filter((site) => site.origins.every((origin) => granted.has(origin)));
}

/** Who uses the optional host permissions: optional sites turned on, custom sites, CalDAV sync. */
export interface HostPermissionUsers {
  sites: readonly OptionalSite[];
  customSites: readonly string[];
  syncOrigins: readonly string[];
}

/**
 * Of `origins` a feature lets go of, those no other user still needs: the ones to revoke.
 * Removing a custom site must not cut sync from the same host, nor the reverse.
 */
export function unusedOrigins(origins: readonly string[], users: HostPermissionUsers): string[] {
  const used = new Set([
    ...users.sites.flatMap(allOriginsOf),
    ...users.customSites.map(originPatternFor),
    ...users.syncOrigins,
  ]);
  return [...new Set(origins)].filter((origin) => !used.has(origin));
}
