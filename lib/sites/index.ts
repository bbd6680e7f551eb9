// Which sites Tasklane runs on. Webmail hosts are required (in the manifest); each CRM is
// optional and granted from the options page; the rep may add custom domains, which get the
// generic detector. The manifest (wxt.config.ts), the options page and the background's
// script registration all read this one list.

export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

export interface CrmSite {
  id: 'salesforce' | 'hubspot' | 'pipedrive' | 'zoho' | 'dynamics';
  label: string;
  origins: string[];
}

export const CRM_SITES: CrmSite[] = [
  { id: 'salesforce', label: 'Salesforce', origins: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] },
  { id: 'hubspot', label: 'HubSpot', origins: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] },
  { id: 'pipedrive', label: 'Pipedrive', origins: ['https://*.pipedrive.com/*'] },
  { id: 'zoho', label: 'Zoho CRM', origins: ['https://crm.zoho.com/*', 'https://crm.zoho.eu/*', 'https://crm.zoho.in/*', 'https://crm.zoho.com.au/*', 'https://crm.zoho.com.cn/*'] },
  { id: 'dynamics', label: 'Dynamics 365', origins: ['https://*.dynamics.com/*'] },
];

export const CRM_ORIGINS = CRM_SITES.flatMap((site) => site.origins);

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

/**
 * What the run-time content script matches: the CRM origins the rep granted (Options → Sites)
 * and the custom sites they added (kept in settings), each only while granted. Never any other
 * granted origin: the sync server's host is granted for sync, not for scanning its pages.
 */
export function contentScriptMatches(grantedOrigins: readonly string[], customSites: readonly string[]): string[] {
  const granted = new Set(grantedOrigins);
  const crm = CRM_ORIGINS.filter((origin) => granted.has(origin));
  const custom = customSites.flatMap((site) => {
    const host = normaliseHost(site);
    // A host saved some other way than this page (a backup, an older build) must be one.
    return host === site && granted.has(originPatternFor(host)) ? [originPatternFor(host)] : [];
  });
  return [...new Set([...crm, ...custom])].sort();
}

/** The CRMs the rep has turned on: every one of their origins granted. */
export function crmSitesOn(grantedOrigins: readonly string[]): CrmSite[] {
  const granted = new Set(grantedOrigins);
  return CRM_SITES.filter((site) => site.origins.every((origin) => granted.has(origin)));
}

/** Who uses the optional host permissions: CRMs turned on, custom sites, CalDAV sync. */
export interface HostPermissionUsers {
  crmSites: readonly CrmSite[];
  customSites: readonly string[];
  syncOrigins: readonly string[];
}

/**
 * Of `origins` a feature lets go of, those no other user still needs: the ones to revoke.
 * Removing a custom site must not cut sync from the same host, nor the reverse.
 */
export function unusedOrigins(origins: readonly string[], users: HostPermissionUsers): string[] {
  const used = new Set([
    ...users.crmSites.flatMap((site) => site.origins),
    ...users.customSites.map(originPatternFor),
    ...users.syncOrigins,
  ]);
  return [...new Set(origins)].filter((origin) => !used.has(origin));
}
