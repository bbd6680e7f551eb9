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

/** The granted origins the run-time content script should match: everything but webmail. */
export function runtimeMatches(grantedOrigins: readonly string[]): string[] {
  const webmail = new Set(WEBMAIL_MATCHES);
  return [...new Set(grantedOrigins)].filter((o) => !webmail.has(o) && o !== CUSTOM_HOST_PATTERN && o.startsWith('https://')).sort();
}
