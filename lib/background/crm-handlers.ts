// Handlers of Options → CRM (lib/messages/requests/crm.ts). A token arrives once, is checked
// against the CRM, and is kept in the worker's IndexedDB; no reply carries it back.
import { checkHubSpot } from '../crm/hubspot';
import type { HttpDeps } from '../crm/http';
import { checkPipedrive } from '../crm/pipedrive';
import { authorizeUrl, challengeFor, codeFrom, exchangeCode, makeVerifier, salesforceLoginBase } from '../crm/salesforce-oauth';
import { CrmError } from '../crm/errors';
import { CRM_LABELS, type CrmConnection, type CrmId } from '../crm/types';
import { crmErrorWords, keyedCrmError } from '../crm/words';
import { getConnection, getCrmStatus, removeConnection, saveConnection } from '../db/crm-store';
import { ProtocolError } from '../messages';
import type { CRM_REQUESTS, CrmConnectionView } from '../messages/requests/crm';
import type { Handlers } from '../messages/router';
import { CRM_IDS } from '../model';
import type { HandlerDeps } from './handlers';
import { releaseHostPermissions } from './sites';
import { permissionPatterns } from '../crm/clients';

export type CrmHandlers = Pick<Handlers, keyof typeof CRM_REQUESTS>;

function accountOf(connection: CrmConnection): string {
  if (connection.crm === 'pipedrive') return `${connection.companyDomain}.pipedrive.com`;
  if (connection.crm === 'salesforce') return `${connection.myDomain}.my.salesforce.com`;
  return connection.portalId ? `HubSpot ${connection.portalId}` : 'HubSpot';
}

const asReply = (error: unknown, crm: CrmId): never => {
  // Said by kind, naming the CRM (the English detail, with the HTTP status, goes to the log).
  if (error instanceof CrmError) throw new ProtocolError({ code: 'bad_request', ...crmErrorWords(error.kind, crm), message: error.message });
  throw new ProtocolError({ code: 'bad_request', ...crmErrorWords('offline', crm), message: `${CRM_LABELS[crm]} could not be reached. Check the address and your connection, then try again.` });
};

export function createCrmHandlers(deps: HandlerDeps): CrmHandlers {
  const http = (): HttpDeps => ({ fetch: deps.crmFetch ?? fetch.bind(globalThis), now: deps.now });

  async function view(crm: CrmId): Promise<CrmConnectionView> {
    const database = await deps.getDb();
    const [connection, status] = await Promise.all([getConnection(database, crm), getCrmStatus(database, crm)]);
    return {
      crm,
      label: CRM_LABELS[crm],
      connected: Boolean(connection),
      reconnectNeeded: Boolean(connection?.reconnectNeeded),
      fromEmail: connection?.fromEmail ?? false,
      ...(connection ? { account: accountOf(connection) } : {}),
      // A last problem stored by an older build gets its key and the CRM's name (lib/crm/words.ts).
      status: status.lastError ? { ...status, lastError: keyedCrmError(status.lastError, crm) } : status,
    };
  }

  async function connectSalesforce(input: { myDomain: string; consumerKey: string }, base: string | undefined) {
    const flow = deps.webAuthFlow;
    if (!flow) throw new ProtocolError({ code: 'internal', key: 'errorUnavailableHere', message: 'Signing in to Salesforce is not available here.' });
    const loginBase = base ?? salesforceLoginBase(input.myDomain);
    const verifier = makeVerifier();
    const state = makeVerifier();
    const redirectUri = flow.redirectUri();
    const url = authorizeUrl(loginBase, { clientId: input.consumerKey, redirectUri, challenge: await challengeFor(verifier), state });
    const redirected = await flow.launch(url).catch(() => {
      throw new ProtocolError({ code: 'bad_request', key: 'errorSignInClosed', message: 'The Salesforce sign-in was closed before it finished. Try again.' });
    });
    const code = codeFrom(redirected, state);
    return exchangeCode(http(), loginBase, { clientId: input.consumerKey, redirectUri, code, verifier });
  }

  return {
    async 'crm.status'() {
      return { crms: await Promise.all(CRM_IDS.map(view)), running: deps.crm?.isRunning ?? false };
    },
    async 'crm.connect'(input) {
      const database = await deps.getDb();
      const base = await deps.crmBaseFor?.(input.crm);
      const connectedAt = deps.now();
      let connection: CrmConnection;
      try {
        if (input.crm === 'pipedrive') {
          connection = { crm: 'pipedrive', companyDomain: input.companyDomain, apiToken: input.apiToken, fromEmail: input.fromEmail, connectedAt };
          await checkPipedrive(connection, http(), base);
        } else if (input.crm === 'hubspot') {
          connection = { crm: 'hubspot', accessToken: input.accessToken, fromEmail: input.fromEmail, connectedAt };
          connection = { ...connection, ...(await checkHubSpot(connection, http(), base)) };
        } else {
          const tokens = await connectSalesforce(input, base);
          connection = { crm: 'salesforce', myDomain: input.myDomain, consumerKey: input.consumerKey, fromEmail: input.fromEmail, connectedAt, ...tokens };
        }
      } catch (error) {
        if (error instanceof ProtocolError) throw error;
        return asReply(error, input.crm);
      }
      await saveConnection(database, connection);
      await deps.crm?.applySchedule();
      void deps.crm?.syncNow().then(() => deps.broadcast('crm', []));
      deps.broadcast('crm', []);
      return { crm: await view(input.crm) };
    },
    async 'crm.disconnect'({ crm }) {
      const database = await deps.getDb();
      const connection = await getConnection(database, crm);
      await removeConnection(database, crm);
      // Its API host goes back to the browser unless a site, sync or another CRM still uses it.
      if (connection) await releaseHostPermissions(database, permissionPatterns(connection)).catch((error: unknown) => console.error('[tasklane] crm permissions', error));
      const removed = Boolean(connection);
      await deps.crm?.applySchedule();
      deps.broadcast('crm', []);
      return { removed };
    },
    async 'crm.setFromEmail'({ crm, fromEmail }) {
      const database = await deps.getDb();
      const connection = await getConnection(database, crm);
      if (!connection) throw new ProtocolError({ code: 'not_found', key: 'errorCrmNotConnected', params: [CRM_LABELS[crm]], message: `${CRM_LABELS[crm]} is not connected.` });
      await saveConnection(database, { ...connection, fromEmail });
      deps.broadcast('crm', []);
      return { crm: await view(crm) };
    },
    async 'crm.syncNow'() {
      if (!deps.crm) throw new ProtocolError({ code: 'internal', key: 'errorUnavailableHere', message: 'CRM sync is not available here.' });
      void deps.crm.syncNow().then(() => deps.broadcast('crm', []));
      deps.broadcast('crm', []);
      return { started: true };
    },
  };
}
