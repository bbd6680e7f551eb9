// The CRMs: the run-time CRM content script (entrypoints/crm.content.ts, top frames of the CRM
// hosts the rep turned on) bundles these adapters alone.
import type { SiteAdapter } from '../types';
import { dynamicsAdapter } from './dynamics';
import { hubspotAdapter } from './hubspot';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';

export const CRM_ADAPTERS: readonly SiteAdapter[] = [salesforceAdapter, hubspotAdapter, pipedriveAdapter, zohoAdapter, dynamicsAdapter];
