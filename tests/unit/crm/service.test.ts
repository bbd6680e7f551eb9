// The worker's CRM runner: a 429's Retry-After becomes the retry alarm, a 401 marks the
// connection "reconnect needed" (and nothing is sent until the rep connects again), the periodic
// alarm runs only while a CRM is connected.
import { afterEach, describe, expect, it } from 'vitest';
import { CRM_PERIODIC_ALARM, CRM_RETRY_ALARM, createCrmService } from '@/lib/background/crm-service';
import { getConnection, getCrmStatus, listLinks, saveConnection } from '@/lib/db/crm-store';
import { startHarness, CONNECTIONS, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

function fakeAlarms() {
  const set = new Map<string, { when?: number; periodInMinutes?: number }>();
  return {
    set,
    create: (name: string, info: { when?: number; periodInMinutes?: number }) => void set.set(name, info),
    clear: (name: string) => void set.delete(name),
    get: async (name: string) => set.get(name),
  };
}

async function service() {
  h = await startHarness();
  const alarms = fakeAlarms();
  const changed: string[][] = [];
  const crm = createCrmService({
    getDb: async () => h.database, now: () => h.clock.now, alarms, fetch,
    baseFor: async () => h.server.url,
    notify: (ids) => void changed.push(ids),
  });
  return { crm, alarms, changed };
}

describe('the CRM service', () => {
  it('keeps the periodic alarm only while a CRM is connected', async () => {
    const { crm, alarms } = await service();
    await crm.applySchedule();
    expect(alarms.set.has(CRM_PERIODIC_ALARM)).toBe(false);
    await saveConnection(h.database, CONNECTIONS.hubspot);
    await crm.applySchedule();
    expect(alarms.set.get(CRM_PERIODIC_ALARM)).toMatchObject({ periodInMinutes: 15 });
  });

  it('sets the retry alarm to the Retry-After a 429 named, and tells open pages about new links', async () => {
    const { crm, alarms, changed } = await service();
    await saveConnection(h.database, CONNECTIONS.pipedrive);
    const first = await h.create('pipedrive', {}, { personId: '1842' });
    await h.create('pipedrive', {}, { personId: '1842' });
    h.server.faults.push({ on: 'create', kind: '429', retryAfter: '90' });
    await crm.syncNow();
    // The first create met the 429 and the pass stopped: the second was not tried either.
    expect(h.server.state.pipedrive.records.size).toBe(0);
    expect(alarms.set.get(CRM_RETRY_ALARM)?.when).toBeGreaterThanOrEqual(h.clock.now + 90_000);
    expect((await getCrmStatus(h.database, 'pipedrive')).pending).toBe(2);
    h.clock.now = alarms.set.get(CRM_RETRY_ALARM)!.when! + 1;
    expect(crm.onAlarm(CRM_RETRY_ALARM)).toBe(true);
    await crm.syncNow();
    expect(h.server.state.pipedrive.records.size).toBe(2);
    expect(alarms.set.has(CRM_RETRY_ALARM)).toBe(false);
    expect(changed.flat()).toContain(first);
  });

  it('a 401 marks the connection “reconnect needed”, stops sending, and keeps the outbox', async () => {
    const { crm } = await service();
    await saveConnection(h.database, CONNECTIONS.hubspot);
    await h.create('hubspot', {}, { personId: '51' });
    h.server.state.hubspot.tokens.clear();
    await crm.syncNow();
    expect((await getConnection(h.database, 'hubspot'))?.reconnectNeeded).toBe(true);
    expect((await getCrmStatus(h.database, 'hubspot')).lastError?.message).toMatch(/connect HubSpot again/);
    // The options page says it by its key, in the rep's language.
    expect((await getCrmStatus(h.database, 'hubspot')).lastError).toMatchObject({ key: 'errorCrm_auth', params: ['HubSpot'] });
    const asked = h.server.requests.length;
    await crm.syncNow();
    expect(h.server.requests.length).toBe(asked); // nothing sent while the rep has not reconnected
    expect(await listLinks(h.database, 'hubspot')).toHaveLength(1);
  });
});
