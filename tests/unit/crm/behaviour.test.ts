// The same promises for every CRM, against the mock server (its documented shapes checked on
// every request): a task goes out linked to its person; completion, title and due date changes
// follow; a remote completion comes back on the next pass; a deleted remote task unlinks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { getLink } from '@/lib/db/crm-store';
import type { CrmId } from '@/lib/crm/types';
import { startHarness, type Harness } from './harness';

const PERSON: Record<CrmId, string> = { pipedrive: '1842', hubspot: '51', salesforce: '003000000000001AAA' };

let h: Harness;
afterEach(() => h?.close());

describe.each(['pipedrive', 'hubspot', 'salesforce'] as const)('%s', (crm) => {
  beforeEach(async () => {
    h = await startHarness({ 'dana@example.com': PERSON[crm] }, { 'Contact:dana@example.com': PERSON.salesforce });
  });
  const state = () => h.server.state[crm];
  const only = () => [...state().records.values()];

  it('creates the task once, linked to the person, and shows the link on the task', async () => {
    const id = await h.create(crm, { due: { date: '2026-12-09' } }, { personId: PERSON[crm] });
    const report = await h.pass(crm);
    expect(report).toMatchObject({ created: 1, adopted: 0, pending: 0 });
    expect(state().violations).toEqual([]);
    expect(only()).toHaveLength(1);
    const task = await db.getTask(h.database, id);
    expect(task?.remote).toEqual([expect.objectContaining({ crm, id: only()[0]!.id })]);
    expect(task?.updatedAt).toBe(h.clock.now); // bookkeeping, not an edit
    // A second pass with nothing changed sends no change.
    h.server.requests.length = 0;
    await h.pass(crm);
    expect(h.server.requests.filter((r) => r.method !== 'GET' && !r.path.endsWith('/search') && !r.path.endsWith('/batch/read'))).toEqual([]);
  });

  it('finds the person by email when the task came from an email', async () => {
    await h.create(crm, {}, { email: 'dana@example.com' });
    await h.pass(crm);
    expect(state().violations).toEqual([]);
    const fields = only()[0]!.fields;
    if (crm === 'pipedrive') expect(fields.participants).toEqual([{ person_id: 1842, primary: true }]);
    if (crm === 'hubspot') expect(fields.associations).toEqual([{ to: { id: '51' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }] }]);
    if (crm === 'salesforce') expect(fields.WhoId).toBe(PERSON.salesforce);
  });

  it('sends completion, then a title and due change, each once', async () => {
    const id = await h.create(crm, { due: { date: '2026-12-09' } }, { personId: PERSON[crm] });
    await h.pass(crm);
    await db.updateTask(h.database, id, { title: 'Call Dana about pricing', due: { date: '2026-12-11' } }, (h.clock.now += 1000));
    await h.pass(crm);
    await db.updateTask(h.database, id, { status: 'done' }, (h.clock.now += 1000));
    await h.pass(crm);
    expect(state().violations).toEqual([]);
    const fields = only()[0]!.fields;
    const writes = h.server.requests.filter((r) => r.method === 'PATCH');
    expect(writes).toHaveLength(2);
    if (crm === 'pipedrive') expect(fields).toMatchObject({ subject: 'Call Dana about pricing', due_date: '2026-12-11', done: true });
    if (crm === 'hubspot') expect(fields).toMatchObject({ hs_task_subject: 'Call Dana about pricing', hs_task_status: 'COMPLETED' });
    if (crm === 'salesforce') expect(fields).toMatchObject({ Subject: 'Call Dana about pricing', ActivityDate: '2026-12-11', Status: 'Completed' });
  });

  it('brings a remote completion back on the next pass, and does not send it back', async () => {
    const id = await h.create(crm, {}, { personId: PERSON[crm] });
    await h.pass(crm);
    const record = only()[0]!;
    record.fields = { ...record.fields, ...(crm === 'pipedrive' ? { done: true } : crm === 'hubspot' ? { hs_task_status: 'COMPLETED' } : { Status: 'Completed' }) };
    h.server.requests.length = 0;
    const report = await h.pass(crm);
    expect(report.completedHere).toContain(id);
    expect((await db.getTask(h.database, id))?.status).toBe('done');
    expect(h.server.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    // Nor on the passes after it: the CRM's "done" is remembered.
    await h.pass(crm);
    await h.pass(crm, { pull: false });
    expect(h.server.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('unlinks a task deleted in the CRM and keeps it here', async () => {
    const id = await h.create(crm, {}, { personId: PERSON[crm] });
    await h.pass(crm);
    only()[0]!.deleted = true;
    const report = await h.pass(crm);
    expect(report.unlinked).toBe(1);
    const task = await db.getTask(h.database, id);
    expect(task?.status).toBe('open');
    expect(task?.remote).toBeUndefined();
    expect(await getLink(h.database, crm, id)).toBeUndefined();
  });

  it('a 401 stops the pass, keeps every row, and the next pass with a good token sends them', async () => {
    await h.create(crm, {}, { personId: PERSON[crm] });
    await h.create(crm, {}, { personId: PERSON[crm] });
    state().tokens.clear();
    const refused = await h.pass(crm);
    expect(refused.authError?.message).toMatch(/connect .* again; nothing is lost/);
    expect(refused.pending).toBe(2);
    expect(only()).toHaveLength(0);
    state().tokens.add(crm === 'pipedrive' ? 'pd-token-1' : crm === 'hubspot' ? 'pat-na1-hs-token' : 'sf-access-1');
    if (crm === 'salesforce') state().tokens.add('sf-refresh-1');
    expect((await h.pass(crm)).created).toBe(2);
  });

  it('a 429 waits for the Retry-After the server named, then goes on', async () => {
    await h.create(crm, {}, { personId: PERSON[crm] });
    h.server.faults.push({ on: 'create', kind: '429', retryAfter: '120' });
    const limited = await h.pass(crm);
    expect(limited.retryAt).toBeGreaterThanOrEqual(h.clock.now + 120_000);
    h.clock.now += 60_000;
    expect((await h.pass(crm)).created).toBe(0); // too early: not even tried
    h.clock.now = limited.retryAt! + 1;
    expect((await h.pass(crm)).created + (await h.pass(crm)).adopted).toBe(1);
    expect(only()).toHaveLength(1);
  });
});
