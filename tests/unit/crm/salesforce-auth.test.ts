// Salesforce sign-in: PKCE values, the authorize address, the code exchange against the mock's
// token endpoint, and an expired access token refreshed once (the new one handed back to keep).
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor } from '@/lib/crm/clients';
import { authorizeUrl, challengeFor, codeFrom, exchangeCode, makeVerifier } from '@/lib/crm/salesforce-oauth';
import type { SalesforceConnection } from '@/lib/crm/types';
import { startMockCrm, type MockCrm } from '../../helpers/mock-crm/server';
import { CONNECTIONS } from './harness';

let server: MockCrm;
afterEach(() => server?.close());
const http = () => ({ fetch, now: () => Date.now(), timeoutMs: 5_000 });

describe('Salesforce OAuth 2.0 with PKCE', () => {
  it('makes an RFC 7636 verifier and S256 challenge', async () => {
    const verifier = makeVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // S256: BASE64URL(SHA-256(verifier)) without padding, checked against Node's own hash.
    expect(await challengeFor(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(await challengeFor(verifier)).not.toContain('=');
    const url = new URL(authorizeUrl('https://acme.my.salesforce.com', { clientId: 'key', redirectUri: 'https://x.chromiumapp.org/', challenge: 'c', state: 's' }));
    expect(url.pathname).toBe('/services/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', code_challenge_method: 'S256', code_challenge: 'c', state: 's' });
  });

  it('refuses a redirect whose state differs, and exchanges a good code for tokens', async () => {
    expect(() => codeFrom('https://x.chromiumapp.org/?code=abc&state=other', 'mine')).toThrow(/did not match/);
    expect(codeFrom('https://x.chromiumapp.org/?code=abc&state=mine', 'mine')).toBe('abc');
    server = await startMockCrm();
    const tokens = await exchangeCode(http(), server.url, { clientId: 'key', redirectUri: 'https://x.chromiumapp.org/', code: 'abc', verifier: makeVerifier() });
    expect(tokens).toMatchObject({ refreshToken: 'sf-refresh-1', instanceUrl: 'https://acme.my.salesforce.com' });
    expect(server.state.salesforce.violations).toEqual([]);
  });

  it('refreshes an expired access token once and hands the new one back', async () => {
    server = await startMockCrm();
    server.state.salesforce.tokens.delete('sf-access-1');
    const kept: string[] = [];
    const connection: SalesforceConnection = { ...(CONNECTIONS.salesforce as SalesforceConnection) };
    const client = clientFor(connection, http(), { base: server.url, onTokens: async (t) => void kept.push(t.accessToken) });
    expect(await client.get('00T000000000000001')).toBeNull();
    expect(kept).toHaveLength(1);
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\/00T.*/, '/{id}')}`)).toEqual([
      'GET /services/data/v60.0/sobjects/Task/{id}',
      'POST /services/oauth2/token',
      'GET /services/data/v60.0/sobjects/Task/{id}',
    ]);
  });
});
