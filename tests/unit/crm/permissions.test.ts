// CRM write-back's API hosts among the optional host permissions: a site turned off or a custom
// site removed never cuts a connected CRM, and disconnecting a CRM gives its host back unless
// something else still uses it.
import { beforeEach, describe, expect, it } from 'vitest';
import { releaseHostPermissions } from '@/lib/background/sites';
import { saveConnection } from '@/lib/db/crm-store';
import { WEBMAIL_MATCHES } from '@/lib/sites';
import { resetFakeBrowser, type FakeHosts } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';
import { CONNECTIONS } from './harness';

const HUBSPOT_API = 'https://api.hubapi.com/*';
const PIPEDRIVE_ACCOUNT = 'https://acme.pipedrive.com/*';

let hosts: FakeHosts;
beforeEach(() => {
  hosts = resetFakeBrowser([...WEBMAIL_MATCHES]);
});

describe('CRM hosts', () => {
  it('removing a custom site on the CRM’s API host keeps the permission while the CRM is connected', async () => {
    const { getDb } = await makeRouter();
    await saveConnection(await getDb(), CONNECTIONS.pipedrive);
    hosts.granted.add(PIPEDRIVE_ACCOUNT);
    expect(await releaseHostPermissions(await getDb(), [PIPEDRIVE_ACCOUNT])).toEqual([]);
    expect(hosts.granted.has(PIPEDRIVE_ACCOUNT)).toBe(true);
  });

  it('disconnect gives the CRM’s API host back', async () => {
    const { send, getDb } = await makeRouter();
    await saveConnection(await getDb(), CONNECTIONS.hubspot);
    hosts.granted.add(HUBSPOT_API);
    expect(await send('optionsTab', 'crm.disconnect', { crm: 'hubspot' })).toMatchObject({ ok: true, data: { removed: true } });
    expect(hosts.granted.has(HUBSPOT_API)).toBe(false);
  });
});
