import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { REQUESTS } from '@/lib/messages';
import { contactInput, createRequest, dedupeKey, personLabel, suggestRequest, type PersonOnPage } from '@/lib/content/follow-up';
import type { DetectedContact } from '@/lib/detect';

const anchor = {} as Element;
const contact = (over: Partial<DetectedContact> = {}): DetectedContact => ({
  name: 'Priya Raman', email: 'priya.raman@northwind-traders.com', phone: '+1 (415) 555-0134', company: 'Northwind Traders', role: 'sender', anchor, ...over,
});
const person = (over: Partial<PersonOnPage> = {}): PersonOnPage => ({
  contact: contact(),
  site: 'gmail',
  context: { subject: 'Q3 renewal', threadId: 'thread-f:18', recordName: null, recordId: null, selfEmail: 'alex@acme.example' },
  url: new URL('https://mail.google.com/mail/u/0/#inbox/FMfcg'),
  text: 'Please send it by Friday.',
  ...over,
});
const values = { title: 'Follow up: Q3 renewal', due: { date: '2026-12-04' }, categories: { goal: 'existing_customer' } };

describe('requests built from a person on the page', () => {
  it('pass the protocol schemas the background applies', () => {
    expect(v.safeParse(REQUESTS['classify.suggest'].input, suggestRequest(person())).success).toBe(true);
    expect(v.safeParse(REQUESTS['task.create'].input, createRequest(person(), values)).success).toBe(true);
  });

  it('cut hostile, huge page text to the caps instead of being refused', () => {
    const huge = person({
      contact: contact({ name: `<script>${'x'.repeat(5000)}</script>`, company: 'c'.repeat(900) }),
      context: { subject: 's'.repeat(10_000), threadId: 't'.repeat(1000), recordName: null, recordId: null, selfEmail: null },
      text: 'word '.repeat(100_000),
      url: new URL(`https://mail.google.com/mail/u/0/#inbox/${'a'.repeat(3000)}`),
    });
    const suggest = v.safeParse(REQUESTS['classify.suggest'].input, suggestRequest(huge));
    const create = v.safeParse(REQUESTS['task.create'].input, createRequest(huge, { ...values, title: 'y'.repeat(500) }));
    expect(suggest.success).toBe(true);
    expect(create.success).toBe(true);
    // An address too long to keep whole is left out rather than cut into a wrong one.
    expect(createRequest(huge, values).draft.source?.url).toBeUndefined();
  });

  it('key the task on site, thread and person, so a repeat click finds the first task', () => {
    expect(dedupeKey(person())).toBe('gmail:thread-f:18:priya.raman@northwind-traders.com');
    expect(dedupeKey(person({ contact: contact({ email: null }) }))).toBe('gmail:thread-f:18:+1 (415) 555-0134');
    const record = person({ site: 'salesforce', context: { subject: null, threadId: null, recordName: 'Priya Raman', recordId: '0035g00000AbCdE', selfEmail: null } });
    expect(dedupeKey(record)).toBe('salesforce:0035g00000AbCdE:priya.raman@northwind-traders.com');
    const noIds = person({ context: { subject: null, threadId: null, recordName: null, recordId: null, selfEmail: null } });
    // No thread or record: the whole address, hash included (see dedupe-key.test.ts).
    expect(dedupeKey(noIds)).toBe('gmail:https://mail.google.com/mail/u/0/#inbox/FMfcg:priya.raman@northwind-traders.com');
  });

  it('carry the source back to the thread', () => {
    expect(createRequest(person(), values).draft.source).toEqual({
      site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', title: 'Q3 renewal', externalId: 'thread-f:18',
    });
  });

  it('leave out unknown contact fields and label the person by name, else address', () => {
    expect(contactInput(contact({ phone: null, company: null }))).toEqual({ name: 'Priya Raman', email: 'priya.raman@northwind-traders.com' });
    expect(personLabel(contact({ name: null }))).toBe('priya.raman@northwind-traders.com');
    expect(personLabel(contact({ name: '  Priya \n\t Raman ' }))).toBe('Priya Raman');
  });
});
