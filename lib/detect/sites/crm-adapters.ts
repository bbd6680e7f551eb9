// The CRMs, for the CLI and the tests (./index.ts). No content script bundles them all: each CRM
// has its own (entrypoints/crm-<id>.content.ts, lib/content/crm-script.ts) with its adapter alone.
import type { SiteAdapter } from '../types';
import { dynamicsAdapter } from './dynamics';
import { hubspotAdapter } from './hubspot';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';

export const CRM_ADAPTERS: readonly SiteAdapter[] = [salesforceAdapter, hubspotAdapter, pipedriveAdapter, zohoAdapter, dynamicsAdapter];
