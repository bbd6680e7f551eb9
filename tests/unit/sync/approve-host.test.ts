// Issue 13, defect 7, through the router as Options → Sync uses it: a server that keeps the task
// lists on another host (iCloud) makes discovery ask the rep for that host; once allowed, it is
// kept with the sync account, and a sync run sends the password there and nowhere else.
import { describe, expect, it } from 'vitest';
import { createSyncService } from '@/lib/background/sync-service';
import { getSyncSettings, saveSyncSettings } from '@/lib/db/sync-store';
import { syncPermissionPatterns } from '@/lib/sync/permission';
import { makeRouter } from '../../helpers/router';
import { ACCOUNT, LIST, PARTITION, TYPED, fakeServer } from './fake-dav';

/** The list answers a sync-collection REPORT with no members and a token. */
const emptyChanges = ({ method, url }: { method: string; url: URL }) =>
  method === 'REPORT' && url.href === LIST
    ? new Response('<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:sync-token>t1</d:sync-token></d:multistatus>', {
        status: 207,
        headers: { 'Content-Type': 'application/xml' },
      })
    : undefined;

const alarms = { create: () => undefined, clear: () => undefined };

describe('Options → Sync with task lists on another host', () => {
  it('discovery asks for the host, lists after approval, and save keeps the approved origin', async () => {
    const server = fakeServer(emptyChanges);
    const { send, getDb } = await makeRouter(undefined, { davFetch: server.fetch });

    expect(await send('optionsTab', 'sync.discover', ACCOUNT)).toEqual({
      ok: true,
      data: { lists: [], approve: { origin: PARTITION, host: 'p42-caldav.icloud.com' } },
    });
    expect(server.to(PARTITION).filter((r) => r.authorization)).toEqual([]);

    expect(await send('optionsTab', 'sync.discover', { ...ACCOUNT, approvedOrigins: [`${PARTITION}/`] })).toEqual({
      ok: true,
      data: { lists: [{ url: LIST, name: 'Reminders' }] },
    });

    // A list on a host nobody allowed is refused, in words that name it.
    const refused = await send('optionsTab', 'sync.save', { ...ACCOUNT, collectionUrl: LIST, enabled: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('p42-caldav.icloud.com') } });

    const saved = await send('optionsTab', 'sync.save', { ...ACCOUNT, approvedOrigins: [PARTITION], collectionUrl: LIST, enabled: false });
    expect(saved).toMatchObject({ ok: true, data: { settings: { approvedOrigins: [PARTITION] } } });
    expect((await getSyncSettings(await getDb()))?.approvedOrigins).toEqual([PARTITION]);
  });

  it('a sync run sends the password to the approved host, and to no host that was not approved', async () => {
    const server = fakeServer(emptyChanges);
    const { getDb } = await makeRouter();
    const database = await getDb();
    const service = createSyncService({ getDb, now: Date.now, alarms, fetch: server.fetch });

    // Settings from before hosts were approved: the list's host was never allowed.
    await saveSyncSettings(database, { ...ACCOUNT, collectionUrl: LIST, enabled: true });
    const refused = await service.syncNow();
    expect(refused.lastError?.message).toContain('p42-caldav.icloud.com');
    expect(refused.lastError).toMatchObject({ key: 'errorSyncHostNotAllowed', params: ['p42-caldav.icloud.com'] });
    expect(server.requests).toEqual([]);

    await saveSyncSettings(database, { ...ACCOUNT, collectionUrl: LIST, enabled: true, approvedOrigins: [PARTITION] });
    const status = await service.syncNow();
    expect(status.lastError).toBeUndefined();
    expect(server.to(PARTITION).length).toBeGreaterThan(0);
    expect(server.requests.every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
    expect(server.requests.every((r) => [PARTITION, new URL(TYPED).origin].includes(new URL(r.url).origin))).toBe(true);
  });
});

describe('the host permissions sync keeps', () => {
  it('include the hosts the rep approved, so removing a site on such a host keeps sync working', () => {
    const patterns = syncPermissionPatterns({ ...ACCOUNT, approvedOrigins: [PARTITION, 'https://p07-caldav.icloud.com'] });
    expect(patterns).toEqual(['https://caldav.icloud.com/*', 'https://p42-caldav.icloud.com/*', 'https://p07-caldav.icloud.com/*']);
  });
});
