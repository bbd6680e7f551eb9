/**
 * What the page and the contact's history say about the relationship: a CRM record of a
 * customer, a CRM lead, or a contact we already have tasks for.
 */
import type { SiteId } from '../types';

export type Relationship =
  | { kind: 'existing'; code: 'crm-record' | 'known-contact'; detail: string }
  | { kind: 'lead'; detail: string };

const CRM_SITES: ReadonlySet<string> = new Set<SiteId>(['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics']);

/**
 * Lead records are prospects, not customers: Salesforce /lightning/r/Lead/…, Dynamics
 * etn=lead, Zoho /tab/Leads/…, Pipedrive /leads/….
 */
const LEAD_RECORD_URL = /\/lightning\/r\/lead\/|[?&#]etn=lead(?:[&#]|$)|\/tab\/leads\/|\/leads?(?:\/|$)/iu;

export function isCrmSite(site: unknown): boolean {
  return typeof site === 'string' && CRM_SITES.has(site);
}

export function relationshipOf(
  site: unknown,
  url: unknown,
  history: { totalTasks?: unknown } | null | undefined,
  fromCrm = false,
): Relationship | null {
  if (fromCrm && !isCrmSite(site)) {
    // A CRM the adapters do not know (the page told us): a lead only when its URL says so.
    if (typeof url === 'string' && LEAD_RECORD_URL.test(url.slice(0, 2_000))) return { kind: 'lead', detail: 'CRM record' };
    return { kind: 'existing', code: 'crm-record', detail: 'CRM record' };
  }
  if (isCrmSite(site)) {
    if (typeof url === 'string' && LEAD_RECORD_URL.test(url.slice(0, 2_000))) return { kind: 'lead', detail: String(site) };
    return { kind: 'existing', code: 'crm-record', detail: String(site) };
  }
  const total = history?.totalTasks;
  if (typeof total === 'number' && Number.isFinite(total) && total > 0) {
    return { kind: 'existing', code: 'known-contact', detail: `${Math.floor(total)} earlier task${total >= 2 ? 's' : ''}` };
  }
  return null;
}
