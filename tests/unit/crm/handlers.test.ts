// Options → CRM and task.create through the router, as the background wires them: connecting
// checks the token against the mock CRM, no reply or export carries the token, only extension
// pages may connect, the panel's choice and each connection's default pick the CRMs.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { errorForResponse, toCrmError } from '@/lib/crm/errors';
import { getConnection, listLinks, saveConnection, saveCrmStatus } from '@/lib/db/crm-store';
import type { Messages } from '@/lib/i18n';
import type { CrmId } from '@/lib/crm/types';
import { makeRouter } from '../../helpers/router';
import { TOKENS, startMockCrm, type MockCrm } from '../../helpers/mock-crm/server';

const ZH = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Messages;
let server: MockCrm;
afterEach(() => server?.close());

async function setUp() {
  server = await startMockCrm();
  const router = await makeRouter(undefined, { crmFetch: fetch, crmBaseFor: async () => server.url });
  return router;
}
const draft = (site: string, url?: string) => ({ title: 'Call Dana', source: { site, ...(url ? { url } : {}) } });

describe('CRM requests', () => {
  it('connects Pipedrive with a token the CRM accepts, and never sends the token back', async () => {
    const { send, getDb } = await setUp();
    const reply = await send('optionsTab', 'crm.connect', { crm: 'pipedrive', companyDomain: 'Acme', apiToken: TOKENS.pipedrive });
    expect(reply).toMatchObject({ ok: true, data: { crm: { crm: 'pipedrive', connected: true, account: 'acme.pipedrive.com' } } });
    const status = await send('optionsTab', 'crm.status', {});
    expect(JSON.stringify(status)).not.toContain(TOKENS.pipedrive);
    expect((await getConnection(await getDb(), 'pipedrive'))?.crm).toBe('pipedrive');
    // Not in a backup either.
    const backup = await send('optionsTab', 'data.export', { format: 'json' });
    expect(backup.ok && backup.data.content).not.toContain(TOKENS.pipedrive);
  });

  it('refuses a token the CRM refuses, in plain words, and keeps nothing', async () => {
    const { send, getDb } = await setUp();
    const reply = await send('optionsTab', 'crm.connect', { crm: 'hubspot', accessToken: 'pat-na1-wrong-token' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/HubSpot no longer accepts/) } });
    // Said in the rep's language, naming the CRM (“HubSpot 不接受…”).
    expect(reply).toMatchObject({ error: { key: 'errorCrm_auth', params: ['HubSpot'] } });
    expect(await getConnection(await getDb(), 'hubspot')).toBeUndefined();
  });

  it('a last problem stored before problems had a key (or the CRM’s name) gets both when read', async () => {
    const { send, getDb } = await setUp();
    const database = await getDb();
    await saveConnection(database, { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive, fromEmail: false, connectedAt: 1 });
    const older: [string, string][] = [
      [errorForResponse(401, 'Pipedrive', null, 0).message, 'errorCrm_auth'],
      [errorForResponse(403, 'Pipedrive', null, 0).message, 'errorCrm_rejected'],
      [errorForResponse(404, 'Pipedrive', null, 0).message, 'errorCrm_gone'],
      [errorForResponse(429, 'Pipedrive', null, 0).message, 'errorCrm_rate'],
      [errorForResponse(502, 'Pipedrive', null, 0).message, 'errorCrm_server'],
      [errorForResponse(400, 'Pipedrive', null, 0).message, 'errorCrm_rejected'],
      [toCrmError(new TypeError('fetch failed'), 'Pipedrive').message, 'errorCrm_offline'],
      [toCrmError(new Error('?'), 'Pipedrive').message, 'errorCrm_server'],
      ['Tasklane may not contact Pipedrive yet. Open Options → CRM and connect Pipedrive again to allow it.', 'errorCrm_permission'],
      ['Something an older build said.', 'errorCrm_earlier'],
    ];
    for (const [message, key] of older) {
      await saveCrmStatus(database, 'pipedrive', { failures: 1, lastError: { message, at: 1 } });
      const reply = await send('optionsTab', 'crm.status', {});
      const pipedrive = reply.ok ? reply.data.crms.find((c) => c.crm === 'pipedrive') : undefined;
      expect(pipedrive?.status.lastError, message).toMatchObject({ key, params: ['Pipedrive'] });
      expect(ZH[key]?.message, key).toContain('$CRM$');
    }
  });

  it('only the extension’s own pages may connect, disconnect or read the status', async () => {
    const { send } = await setUp();
    for (const type of ['crm.status', 'crm.connect', 'crm.disconnect', 'crm.syncNow', 'crm.setFromEmail']) {
      expect(await send('content', type, { crm: 'pipedrive' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('disconnect deletes the token and keeps the tasks waiting for the CRM', async () => {
    const { send, getDb } = await setUp();
    await send('optionsTab', 'crm.connect', { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive });
    await send('content', 'task.create', { draft: draft('pipedrive', 'https://acme.pipedrive.com/person/1842') });
    expect(await send('optionsTab', 'crm.disconnect', { crm: 'pipedrive' })).toMatchObject({ ok: true, data: { removed: true } });
    expect(await getConnection(await getDb(), 'pipedrive')).toBeUndefined();
    expect(await listLinks(await getDb(), 'pipedrive')).toHaveLength(1);
  });

  it('task.create: a record page of a connected CRM goes there by default; email only when the rep chose so; the panel’s choice wins', async () => {
    const { send, getDb } = await setUp();
    await send('optionsTab', 'crm.connect', { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive });
    await send('optionsTab', 'crm.connect', { crm: 'hubspot', accessToken: TOKENS.hubspot });
    const linked = async (crm: CrmId) => (await listLinks(await getDb(), crm)).map((l) => l.target);

    await send('content', 'task.create', { draft: draft('pipedrive', 'https://acme.pipedrive.com/person/1842') });
    expect(await linked('pipedrive')).toEqual([{ personId: '1842' }]);
    expect(await linked('hubspot')).toEqual([]);

    await send('content', 'task.create', { draft: draft('gmail'), contact: { email: 'dana@example.com' } });
    expect(await linked('pipedrive')).toHaveLength(1); // from email: off by default
    await send('optionsTab', 'crm.setFromEmail', { crm: 'hubspot', fromEmail: true });
    await send('content', 'task.create', { draft: draft('gmail'), contact: { email: 'lee@example.com' } });
    expect(await linked('hubspot')).toEqual([{ email: 'lee@example.com' }]);

    // The panel said "not in Pipedrive" on a Pipedrive page, and asked for a CRM that is not connected.
    await send('content', 'task.create', { draft: draft('pipedrive', 'https://acme.pipedrive.com/person/9'), crm: ['salesforce'] });
    expect(await linked('pipedrive')).toHaveLength(1);
    expect(await linked('salesforce')).toEqual([]);
  });

  it('classify.suggest offers the connected CRMs, checked on their own record pages', async () => {
    const { send } = await setUp();
    await send('optionsTab', 'crm.connect', { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive });
    const onRecord = await send('content', 'classify.suggest', { site: 'pipedrive', url: 'https://acme.pipedrive.com/person/1842' });
    expect(onRecord.ok && onRecord.data.crm).toEqual([{ crm: 'pipedrive', label: 'Pipedrive', checked: true }]);
    const onMail = await send('content', 'classify.suggest', { site: 'gmail' });
    expect(onMail.ok && onMail.data.crm).toEqual([{ crm: 'pipedrive', label: 'Pipedrive', checked: false }]);
  });
});

describe('Delete all data', () => {
  it('removes the CRM connections with their tokens and the outbox', async () => {
    const { send, getDb } = await setUp();
    await send('optionsTab', 'crm.connect', { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive });
    await send('content', 'task.create', { draft: draft('pipedrive', 'https://acme.pipedrive.com/person/1842') });
    const wipe = await send('optionsTab', 'data.deleteAll', { confirm: 'DELETE' });
    expect(wipe.ok).toBe(true);
    expect(await getConnection(await getDb(), 'pipedrive')).toBeUndefined();
    expect(await listLinks(await getDb(), 'pipedrive')).toEqual([]);
  });
});
