// Issue 18's promise "never twice": 50 creates per CRM whose answers are lost after the CRM made
// the task (the connection cut, or the answer later than Tasklane waits), each retried on a later
// pass. Every retry finds the first copy by its marker; the count of duplicates must be 0.
import { afterEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { markerFor } from '@/lib/crm/marker';
import type { CrmId } from '@/lib/crm/types';
import { startHarness, type Harness } from './harness';

const TASKS = 50;
let h: Harness;
afterEach(() => h?.close());

const bodyOf = (crm: CrmId, fields: Record<string, unknown>) => String(crm === 'pipedrive' ? fields.note : crm === 'hubspot' ? fields.hs_task_body : fields.Description);

describe.each(['pipedrive', 'hubspot', 'salesforce'] as const)('%s: 50 interrupted and retried creates', (crm) => {
  it('leave exactly one remote task per Tasklane task (0 duplicates)', async () => {
    h = await startHarness();
    const ids: string[] = [];
    for (let i = 0; i < TASKS; i++) ids.push(await h.create(crm, { title: `Follow-up ${i}`, due: { date: '2026-12-10' } }, { personId: crm === 'salesforce' ? '003000000000001AAA' : '1842' }));
    // Every create lands in the CRM and its answer is lost: half cut, half too late.
    for (let i = 0; i < TASKS; i++) h.server.faults.push({ on: 'create', kind: i % 2 ? 'drop' : 'slow' });

    const first = await h.pass(crm, { timeoutMs: 150 });
    expect(first.created).toBe(0);
    expect(first.pending).toBe(TASKS);
    const records = () => [...h.server.state[crm].records.values()];
    // The CRM made (nearly) all of them; a request cut before it arrived made none, and is simply created again.
    const madeFirst = records().length;
    expect(madeFirst).toBeGreaterThanOrEqual(TASKS - 5);

    // Some retries are interrupted too (the search itself fails with a 5xx): they wait another round.
    for (let i = 0; i < 10; i++) h.server.faults.push({ on: crm === 'salesforce' ? 'query' : 'find', kind: '500' });
    let adopted = 0;
    let created = 0;
    for (let round = 0; round < 6; round++) {
      h.clock.now += 60 * 60_000; // past any backoff
      const report = await h.pass(crm, { timeoutMs: 2_000 });
      adopted += report.adopted;
      created += report.created;
    }
    const duplicates = records().length - new Set(records().map((r) => bodyOf(crm, r.fields))).size;
    console.info(`[never twice] ${crm}: ${TASKS} creates, ${madeFirst} made before their answer was lost, ${records().length} remote tasks in the end, ${adopted} adopted on retry, ${created} created again, ${duplicates} duplicates`);
    expect(h.server.state[crm].violations).toEqual([]);
    expect(duplicates).toBe(0);
    expect(records()).toHaveLength(TASKS);
    // A request the CRM received after Tasklane gave up on it still counts as made: adopted too.
    expect(adopted + created).toBe(TASKS);
    expect(adopted).toBeGreaterThanOrEqual(madeFirst);
    for (const id of ids) {
      const task = await db.getTask(h.database, id);
      const record = records().find((r) => bodyOf(crm, r.fields).includes(markerFor(id)));
      expect(task?.remote?.[0]?.id).toBe(record?.id);
    }
  });
});
