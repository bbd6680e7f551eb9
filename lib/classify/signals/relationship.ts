/**
 * What the page and the contact's history say about the relationship: a CRM record of a
 * customer, a CRM lead, or a contact we already have tasks for. A record's own relationship
 * field (Salesforce Type, HubSpot lifecycle stage, 客户类型…) says it first.
 */
import type { SiteId } from '../types';

export type Relationship =
  /** `stated`: the record's own relationship field says so ("Customer - Active", 客户). */
  | { kind: 'existing'; code: 'crm-record' | 'known-contact'; detail: string; stated?: true }
  | { kind: 'lead'; detail: string; stated?: true };

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

/** A relationship field's values for someone not yet buying: prospects, leads, subscribers. */
const LEAD_STAGE = /(?<![\p{L}])(?:prospect|lead|subscriber|(?:marketing|sales)[ -]qualified|mql|sql|opportunity|interessent|prospecto|candidato|piste)|潜在|线索|意向|商机|新客户|見込|リード/iu;
/** …and for someone who buys or sells for us already: customers, clients, partners, resellers. */
const CUSTOMER_STAGE = /(?<![\p{L}])(?:customer|client|partner|reseller|distributor|evangelist|kunde|cliente)|客户|合作伙伴|经销|代理|顧客|取引先/iu;

/** What a record's relationship field says: lead words first ("潜在客户" holds "客户"). */
function stageKind(stage: string): 'lead' | 'existing' | null {
  if (LEAD_STAGE.test(stage)) return 'lead';
  return CUSTOMER_STAGE.test(stage) ? 'existing' : null;
}

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
  /** The record's relationship field ("Customer - Direct", "Lead", 客户), as the page shows it. */
  stage?: unknown,
): Relationship | null {
  if (fromCrm || isCrmSite(site)) {
    // A CRM the adapters do not know (the page told us so) is still a record.
    const crm = isCrmSite(site) ? String(site) : 'CRM record';
    const field = typeof stage === 'string' ? stage.trim().slice(0, 100) : '';
    const kind = field ? stageKind(field) : null;
    if (kind === 'lead') return { kind, detail: `${crm}: ${field}`, stated: true };
    if (kind === 'existing') return { kind, code: 'crm-record', detail: `${crm}: ${field}`, stated: true };
    if (typeof url === 'string' && LEAD_RECORD_URL.test(url.slice(0, 2_000))) return { kind: 'lead', detail: crm };
    const presale = PRESALE_STAGE.exec(recordText.slice(0, 5_000));
    if (presale) return { kind: 'lead', detail: `${crm}: ${presale[0]}` };
    return { kind: 'existing', code: 'crm-record', detail: crm };
  }
  const total = history?.totalTasks;
  if (typeof total === 'number' && Number.isFinite(total) && total > 0) {
    return { kind: 'existing', code: 'known-contact', detail: `${Math.floor(total)} earlier task${total >= 2 ? 's' : ''}` };
  }
  return null;
}
