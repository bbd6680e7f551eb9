// Reading back 150 linked open tasks costs 2 requests per CRM (100 a request), not 150; a task
// deleted in the CRM (missing from the batch) is asked alone, gets 404, and is unlinked.
import { afterEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { startHarness, type Harness } from './harness';

let h: Harness;
afterEach(() => h?.close());

describe.each(['pipedrive', 'hubspot', 'salesforce'] as const)('%s read-back', (crm) => {
  it('reads 150 linked tasks in 2 requests, and asks alone only for the one deleted there', async () => {
    h = await startHarness();
    const person = crm === 'salesforce' ? '003000000000001AAA' : '1842';
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push(await h.create(crm, { title: `Task ${i}` }, { personId: person }));
    await h.pass(crm, { pull: false });
    const records = [...h.server.state[crm].records.values()];
    expect(records).toHaveLength(150);
    records[7]!.deleted = true;
    const doneThere = records[42]!;
    doneThere.fields = { ...doneThere.fields, ...(crm === 'pipedrive' ? { done: true } : crm === 'hubspot' ? { hs_task_status: 'COMPLETED' } : { Status: 'Completed' }) };

    h.server.requests.length = 0;
    const report = await h.pass(crm);
    const sent = h.server.requests.map((r) => `${r.method} ${r.path.replace(/\/(\d+|00T\w+)$/, '/{id}')}`);
    console.info(`[read-back] ${crm}: 150 linked open tasks → ${sent.length} requests: ${[...new Set(sent)].join(', ')}`);
    expect(h.server.state[crm].violations).toEqual([]);
    expect(report).toMatchObject({ unlinked: 1, pending: 0 });
    expect(sent).toHaveLength(3);
    expect(sent.at(-1)).toMatch(/^GET .*\{id\}$/); // the deleted one, alone
    const completed = ids.find((id) => report.completedHere.includes(id));
    expect(completed).toBeDefined();
    expect((await db.getTask(h.database, completed!))?.status).toBe('done');
  });
});
