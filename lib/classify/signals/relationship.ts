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
/**
 * A record's own words for a sale still being won: a deal in negotiation, a prospect, an
 * abandoned cart. Such a record is new-customer work even on a contact or deal page.
 */
const PRESALE_STAGE = /(?<![\p{L}])(?:prospect|qualification|negotiation|proposal\/price quote|abandoned cart|lifecycle stage:\s*(?:lead|subscriber|opportunity))(?![\p{L}])|合同谈判|商务谈判|商机|意向客户|潜在客户|线索/iu;

export function isCrmSite(site: unknown): boolean {
  return typeof site === 'string' && CRM_SITES.has(site);
}

export function relationshipOf(
  site: unknown,
  url: unknown,
  history: { totalTasks?: unknown } | null | undefined,
  fromCrm = false,
  /** The record's text (lower-cased), for its sales stage. */
  recordText = '',
): Relationship | null {
  if (fromCrm || isCrmSite(site)) {
    // A CRM the adapters do not know (the page told us so) is still a record.
    const crm = isCrmSite(site) ? String(site) : 'CRM record';
    if (typeof url === 'string' && LEAD_RECORD_URL.test(url.slice(0, 2_000))) return { kind: 'lead', detail: crm };
    const stage = PRESALE_STAGE.exec(recordText.slice(0, 5_000));
    if (stage) return { kind: 'lead', detail: `${crm}: ${stage[0]}` };
    return { kind: 'existing', code: 'crm-record', detail: crm };
  }
  const total = history?.totalTasks;
  if (typeof total === 'number' && Number.isFinite(total) && total > 0) {
    return { kind: 'existing', code: 'known-contact', detail: `${Math.floor(total)} earlier task${total >= 2 ? 's' : ''}` };
  }
  return null;
}
