// Requests of Options → CRM (issue 18). All are for the extension's own pages; a page never gets
// a token back. The page asks the browser for the CRM's host permission (and `identity` for
// Salesforce) from the rep's click first, then sends crm.connect. Handlers: lib/background/crm-handlers.ts.
import * as v from 'valibot';
import { CRM_IDS, type CrmId } from '../../model';
import type { CrmStatus } from '../../db/crm-store';
import type { RequestDefinitions } from '../protocol';

/** "acme" of acme.pipedrive.com / acme.my.salesforce.com: one DNS label (a typed full address is cut to it by the page). */
const Subdomain = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)$/, 'Enter the part of the address before the CRM’s domain, e.g. “acme”.'));
const Secret = v.pipe(v.string(), v.trim(), v.minLength(8, 'Paste the whole token.'), v.maxLength(2_000), v.regex(/^[\x21-\x7e]+$/, 'A token has no spaces or other characters.'));

export const CrmConnectSchema = v.variant('crm', [
  v.object({ crm: v.literal('pipedrive'), companyDomain: Subdomain, apiToken: Secret, fromEmail: v.optional(v.boolean(), false) }),
  v.object({ crm: v.literal('hubspot'), accessToken: Secret, fromEmail: v.optional(v.boolean(), false) }),
  v.object({
    crm: v.literal('salesforce'),
    /** "acme" of acme.my.salesforce.com (sandboxes: "acme--dev.sandbox"). */
    myDomain: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(/^[a-z0-9-]{1,63}(\.sandbox)?$/, 'Enter your My Domain name, e.g. “acme”.')),
    consumerKey: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(300), v.regex(/^[\x21-\x7e]+$/)),
    fromEmail: v.optional(v.boolean(), false),
  }),
]);

export const CRM_REQUESTS = {
  'crm.status': { access: 'extension', input: v.object({}) },
  'crm.connect': { access: 'extension', input: CrmConnectSchema },
  'crm.disconnect': { access: 'extension', input: v.object({ crm: v.picklist(CRM_IDS) }) },
  'crm.setFromEmail': { access: 'extension', input: v.object({ crm: v.picklist(CRM_IDS), fromEmail: v.boolean() }) },
  /** Starts a run (push and pull) and answers at once; the status follows as a change event. */
  'crm.syncNow': { access: 'extension', input: v.object({}) },
} as const satisfies RequestDefinitions;

/** A connection as a page sees it: never the token. */
export interface CrmConnectionView {
  crm: CrmId;
  label: string;
  connected: boolean;
  reconnectNeeded: boolean;
  fromEmail: boolean;
  /** The account in words ("acme.pipedrive.com", "HubSpot account 4242"). */
  account?: string;
  status: CrmStatus;
}

export interface CrmResponses {
  'crm.status': { crms: CrmConnectionView[]; running: boolean };
  'crm.connect': { crm: CrmConnectionView };
  'crm.disconnect': { removed: boolean };
  'crm.setFromEmail': { crm: CrmConnectionView };
  'crm.syncNow': { started: true };
}

/** The quick-create panel's "Also create in …" choices, in classify.suggest's answer. */
export interface CrmChoice {
  crm: CrmId;
  label: string;
  /** On by default: a task made on this CRM's record page, or from an email when the rep chose so. */
  checked: boolean;
}
