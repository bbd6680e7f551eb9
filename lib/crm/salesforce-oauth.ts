// Salesforce sign-in: OAuth 2.0 authorization code with PKCE (RFC 7636) against the rep's My
// Domain, run through identity.launchWebAuthFlow by the worker; the connected app's consumer key
// is the client id (PKCE needs no secret). Tokens go to the worker's IndexedDB only.
import { CrmError } from './errors';
import { callJson, type HttpDeps } from './http';

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function makeVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function challengeFor(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function salesforceLoginBase(myDomain: string): string {
  return `https://${myDomain}.my.salesforce.com`;
}

export function authorizeUrl(loginBase: string, options: { clientId: string; redirectUri: string; challenge: string; state: string }): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    code_challenge: options.challenge,
    code_challenge_method: 'S256',
    state: options.state,
    scope: 'api refresh_token',
  });
  return `${loginBase}/services/oauth2/authorize?${query}`;
}

/** The code from the redirect the auth flow ended on; throws when the state differs or the rep declined. */
export function codeFrom(redirectedTo: string, state: string): string {
  const url = new URL(redirectedTo);
  if (url.searchParams.get('state') !== state) throw new CrmError('rejected', 'Salesforce’s sign-in answer did not match this request. Try connecting again.');
  const code = url.searchParams.get('code');
  if (!code) throw new CrmError('auth', `Salesforce did not let Tasklane in (${url.searchParams.get('error') ?? 'no code'}). Try connecting again.`);
  return code;
}

export interface SalesforceTokens {
  accessToken: string;
  refreshToken?: string;
  instanceUrl: string;
}

interface TokenAnswer { access_token?: string; refresh_token?: string; instance_url?: string }

function tokens(answer: TokenAnswer | undefined, fallbackInstance?: string): SalesforceTokens {
  const instanceUrl = answer?.instance_url ?? fallbackInstance;
  if (!answer?.access_token || !instanceUrl || !/^https:\/\/[a-z0-9.-]+$/i.test(new URL(instanceUrl).origin)) {
    throw new CrmError('auth', 'Salesforce’s sign-in answer was incomplete. Try connecting again.');
  }
  return { accessToken: answer.access_token, instanceUrl: new URL(instanceUrl).origin, ...(answer.refresh_token ? { refreshToken: answer.refresh_token } : {}) };
}

export async function exchangeCode(
  http: HttpDeps,
  loginBase: string,
  options: { clientId: string; redirectUri: string; code: string; verifier: string },
): Promise<SalesforceTokens> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: options.code,
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    code_verifier: options.verifier,
  });
  return tokens(await callJson<TokenAnswer>(http, 'Salesforce', `${loginBase}/services/oauth2/token`, { method: 'POST', headers: {}, form }));
}

export async function refreshAccess(http: HttpDeps, loginBase: string, options: { clientId: string; refreshToken: string; instanceUrl: string }): Promise<SalesforceTokens> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: options.clientId, refresh_token: options.refreshToken });
  const answer = await callJson<TokenAnswer>(http, 'Salesforce', `${loginBase}/services/oauth2/token`, { method: 'POST', headers: {}, form }).catch((error: unknown) => {
    // The refresh token was revoked or expired: the rep must sign in again.
    if (error instanceof CrmError && (error.status === 400 || error.status === 401)) {
      throw new CrmError('auth', 'Salesforce no longer accepts Tasklane’s sign-in. Open Options → CRM and connect Salesforce again; nothing is lost meanwhile.', { status: 401 });
    }
    throw error;
  });
  return { ...tokens(answer, options.instanceUrl), refreshToken: answer?.refresh_token ?? options.refreshToken };
}
