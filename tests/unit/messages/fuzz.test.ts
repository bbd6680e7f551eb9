// Random and hostile messages: the router always answers with a typed reply, and whatever it
// stores passes the task schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { REQUESTS } from '@/lib/messages';
import { TaskSchema } from '@/lib/model';
import { makeRouter, SENDERS } from '../../helpers/router';

const types = Object.keys(REQUESTS);

describe('the router under random input', () => {
  it('answers random payloads of every type with a typed reply, and stores only valid tasks', async () => {
    const { route, getDb } = await makeRouter();
    const payload = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('draft', 'id', 'patch', '__proto__', 'constructor', 'title'), fc.anything()),
      fc.record({ draft: fc.record({ title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), due: fc.anything() }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...types), payload, fc.constantFrom(...(Object.keys(SENDERS) as (keyof typeof SENDERS)[])), async (type, p, sender) => {
        const reply = await route({ tasklane: 1, type, payload: p }, SENDERS[sender] as never);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(reply.error.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 300 },
    );
    const database = await getDb();
    // A random payload may by chance be a valid create; whatever was stored must be a valid task.
    for (const task of await database.getAll('tasks')) expect(v.safeParse(TaskSchema, task).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 1 MB title with bad_request', async () => {
    const { send, getDb } = await makeRouter();
    const reply = await send('content', 'task.create', { draft: { title: 'x'.repeat(1_000_000) } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await (await getDb()).count('tasks')).toBe(0);
  });
});
