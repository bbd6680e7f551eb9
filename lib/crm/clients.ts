// A CRM client for a saved connection. `base` replaces the CRM's address: only the tests' build
// passes one (entrypoints/background.ts, demo mode), never anything a page can reach.
import { createHubSpotClient, HUBSPOT_API } from './hubspot';
import type { HttpDeps } from './http';
import { createPipedriveClient, pipedriveBase } from './pipedrive';
import { createSalesforceClient } from './salesforce';
import { salesforceLoginBase, type SalesforceTokens } from './salesforce-oauth';
import type { CrmClient, CrmConnection } from './types';

export interface ClientOptions {
  base?: string;
  /** Salesforce refreshed its access token: keep the new one. */
  onTokens?: (tokens: SalesforceTokens) => Promise<void>;
}

export function clientFor(connection: CrmConnection, http: HttpDeps, options: ClientOptions = {}): CrmClient {
  switch (connection.crm) {
    case 'pipedrive':
      return createPipedriveClient(connection, http, options.base);
    case 'hubspot':
      return createHubSpotClient(connection, http, options.base);
    case 'salesforce':
      return createSalesforceClient(connection, http, {
        ...(options.base ? { base: options.base, loginBase: options.base } : {}),
        ...(options.onTokens ? { onTokens: options.onTokens } : {}),
      });
  }
}

/** The origin the worker needs a host permission for, per connection (the API's). */
export function apiOrigin(connection: CrmConnection): string {
  switch (connection.crm) {
    case 'pipedrive':
      return pipedriveBase(connection);
    case 'hubspot':
      return HUBSPOT_API;
    case 'salesforce':
      return connection.instanceUrl || salesforceLoginBase(connection.myDomain);
  }
}

/** The host permissions a connection uses: its API's origin (and Salesforce's sign-in host). */
export function permissionPatterns(connection: CrmConnection): string[] {
  const origins = [apiOrigin(connection), ...(connection.crm === 'salesforce' ? [salesforceLoginBase(connection.myDomain)] : [])];
  return [...new Set(origins.map((origin) => `${origin}/*`))];
}
