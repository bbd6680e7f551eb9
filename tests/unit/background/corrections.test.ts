// A rep's correction of a suggestion, remembered per contact and per company domain (never per
// free-mail domain), through the router and the store on fake IndexedDB.
import { describe, expect, it } from 'vitest';
import { DOMAIN_CHOICE_PREFIX, MAX_DOMAIN_CHOICES, deleteAllData, readChoices, rememberChoices, type TasklaneDb } from '@/lib/db';
import { domainChoicesRange } from '@/lib/db/choices';
import { makeRouter } from '../../helpers/router';

type Send = Awaited<ReturnType<typeof makeRouter>>['send'];

/** The company records the store holds, by domain. */
const companies = async (db: TasklaneDb) =>
  (await db.getAllKeys('meta', domainChoicesRange())).map((k) => String(k).slice(DOMAIN_CHOICE_PREFIX.length));

const QUOTE = { subject: 'Quote request: 40 units of the X200', text: 'Could you send us pricing for 40 units?' };

async function suggestFor(send: Send, email: string, name: string) {
  const reply = await send('content', 'classify.suggest', { contact: { name, email }, site: 'gmail', ...QUOTE });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.suggestion;
}

async function createCorrected(send: Send, email: string, name: string, corrections: Record<string, string>) {
  const reply = await send('content', 'task.create', {
    draft: { title: 'Follow up', due: { date: '2026-12-01' }, categories: corrections, source: { site: 'gmail' } },
    contact: { name, email },
    submissionId: crypto.randomUUID().replace(/-/g, '').slice(0, 16),
    corrections,
  });
  if (!reply.ok) throw new Error(reply.error.message);
}

describe('remembered corrections', () => {
  it('the next suggestion for another person at the same company starts from the rep\'s choice', async () => {
    const { send } = await makeRouter();
    const first = await suggestFor(send, 'dana@northwind.example', 'Dana Okafor');
    expect(first.categories.goal).toBe('new_customer');
    expect(first.reasons.find((r) => r.dimension === 'goal')?.code).not.toBe('earlier-choice');

    await createCorrected(send, 'dana@northwind.example', 'Dana Okafor', { goal: 'existing_customer' });

    const colleague = await suggestFor(send, 'lee@sales.northwind.example', 'Lee Park');
    expect(colleague.categories.goal).toBe('existing_customer');
    expect(colleague.reasons.filter((r) => r.dimension === 'goal')).toEqual([
      { dimension: 'goal', value: 'existing_customer', code: 'earlier-choice', detail: 'your earlier choice for this company' },
    ]);
    // Dimensions the rep left alone stay the classifier's.
    expect(colleague.categories.customer).toBe('b2b');
    expect(colleague.reasons.find((r) => r.dimension === 'customer')?.code).not.toBe('earlier-choice');

    const other = await suggestFor(send, 'kim@contoso.example', 'Kim Lee');
    expect(other.categories.goal).toBe('new_customer');
  });

  it('remembers per contact, and the contact\'s own choice wins over the company\'s', async () => {
    const { send } = await makeRouter();
    await createCorrected(send, 'dana@northwind.example', 'Dana Okafor', { goal: 'market_research' });
    await createCorrected(send, 'lee@northwind.example', 'Lee Park', { goal: 'payment_collection' });
    // The company's newest choice is Lee's; Dana keeps her own.
    expect((await suggestFor(send, 'dana@northwind.example', 'Dana Okafor')).categories.goal).toBe('market_research');
    const dana = await suggestFor(send, 'dana@northwind.example', 'Dana Okafor');
    expect(dana.reasons.find((r) => r.dimension === 'goal')?.detail).toBe('your earlier choice for this person');
    expect((await suggestFor(send, 'sam@northwind.example', 'Sam Wu')).categories.goal).toBe('payment_collection');
  });

  it('a free-mail address is remembered for that person only: gmail.com is not a company', async () => {
    const { send, getDb } = await makeRouter();
    await createCorrected(send, 'amy.chen@gmail.com', 'Amy Chen', { goal: 'existing_customer', customer: 'b2b' });
    const amy = await suggestFor(send, 'amy.chen@gmail.com', 'Amy Chen');
    expect(amy.categories).toMatchObject({ goal: 'existing_customer', customer: 'b2b' });
    const stranger = await suggestFor(send, 'bob.stone@gmail.com', 'Bob Stone');
    expect(stranger.categories.goal).toBe('new_customer');
    expect(stranger.categories.customer).toBe('b2c');
    await createCorrected(send, 'wang@qq.com', '王芳', { channel: 'online' });
    expect(await companies(await getDb())).toEqual([]);
  });

  it('a create without corrections (one click) remembers nothing', async () => {
    const { send, getDb } = await makeRouter();
    const reply = await send('content', 'task.create', {
      draft: { title: 'Follow up', due: { date: '2026-12-01' }, categories: { goal: 'market_research' }, source: { site: 'gmail' } },
      contact: { name: 'Dana Okafor', email: 'dana@northwind.example' },
    });
    expect(reply.ok).toBe(true);
    expect((await suggestFor(send, 'lee@northwind.example', 'Lee Park')).categories.goal).toBe('new_customer');
    expect(await companies(await getDb())).toEqual([]);
  });

  it('refuses a malformed correction before anything is written', async () => {
    const { send } = await makeRouter();
    const reply = await send('content', 'task.create', {
      draft: { title: 'Follow up', due: { date: '2026-12-01' }, source: { site: 'gmail' } },
      contact: { email: 'dana@northwind.example' },
      corrections: { goal: '<img src=x>' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('keeps only the newest companies, forgetting the oldest past the cap', async () => {
    const { getDb } = await makeRouter();
    const db = await getDb();
    // A full list as earlier corrections left it (written in one transaction: 2,000 separate
    // writes are slow on fake IndexedDB), then five more companies through the store.
    const tx = db.transaction('meta', 'readwrite');
    for (let i = 0; i < MAX_DOMAIN_CHOICES; i++) void tx.store.put({ categories: { goal: 'market_research' }, at: 1_000 + i }, `${DOMAIN_CHOICE_PREFIX}company${i}.example`);
    await tx.done;
    for (let i = MAX_DOMAIN_CHOICES; i < MAX_DOMAIN_CHOICES + 5; i++) {
      await rememberChoices(db, undefined, `company${i}.example`, { goal: 'market_research' }, 1_000 + i);
    }
    expect(await companies(db)).toHaveLength(MAX_DOMAIN_CHOICES);
    expect(await readChoices(db, undefined, 'company0.example')).toEqual({});
    expect(await readChoices(db, undefined, 'company4.example')).toEqual({});
    expect(await readChoices(db, undefined, 'company5.example')).toEqual({ domain: { goal: 'market_research' } });
    expect(await readChoices(db, undefined, `company${MAX_DOMAIN_CHOICES + 4}.example`)).toEqual({ domain: { goal: 'market_research' } });
    // Correcting an old company again makes it the newest: it survives the next eviction.
    await rememberChoices(db, undefined, 'company5.example', { channel: 'online' }, 9_000_000);
    await rememberChoices(db, undefined, 'fresh.example', { goal: 'new_customer' }, 9_000_001);
    expect(await readChoices(db, undefined, 'company5.example')).toEqual({ domain: { goal: 'market_research', channel: 'online' } });
    expect(await readChoices(db, undefined, 'company6.example')).toEqual({});
  });

  it('ignores a stored record it cannot read rather than trusting it', async () => {
    const { getDb } = await makeRouter();
    const db = await getDb();
    await db.put('meta', { categories: { goal: 'NOT AN ID' }, at: 1 }, `${DOMAIN_CHOICE_PREFIX}acme.example`);
    await db.put('meta', 'junk', `${DOMAIN_CHOICE_PREFIX}junk.example`);
    expect(await readChoices(db, undefined, 'acme.example')).toEqual({});
    expect(await readChoices(db, undefined, 'junk.example')).toEqual({});
  });

  it('"Delete all data" forgets the companies with the contacts, and leaves the settings\' defaults', async () => {
    const { send, getDb } = await makeRouter();
    await createCorrected(send, 'dana@northwind.example', 'Dana Okafor', { goal: 'market_research' });
    const db = await getDb();
    expect(await companies(db)).toEqual(['northwind.example']);
    await deleteAllData(db);
    expect(await companies(db)).toEqual([]);
    expect((await suggestFor(send, 'lee@northwind.example', 'Lee Park')).categories.goal).toBe('new_customer');
  });
});
