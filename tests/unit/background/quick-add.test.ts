// The popup's quick add through the router and the store (fake IndexedDB): the due date read from
// the words, the person matched by name against known contacts, the classifier's categories.
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates/local-date';
import { todayLocal } from '@/lib/dates/today';
import { getContacts } from '@/lib/db';
import { makeRouter } from '../../helpers/router';

// The router's clock: Saturday 2026-11-28, 10:00 UTC (a Saturday or Sunday in every zone).
const today = todayLocal(new Date(Date.UTC(2026, 10, 28, 10)));
const knownContact = async (send: Awaited<ReturnType<typeof makeRouter>>['send'], name: string, email: string) => {
  const reply = await send('content', 'task.create', {
    draft: { title: `Intro ${name}`, due: { date: '2026-11-20' }, source: { site: 'gmail' } },
    contact: { name, email },
  });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.task.contactId!;
};

describe('task.quickAdd', () => {
  it('"Call Dana tomorrow about the renewal": for the one Dana, classified, due tomorrow', async () => {
    const { send, getDb } = await makeRouter();
    const danaId = await knownContact(send, 'Dana Okafor', 'dana@northwind.example');
    await knownContact(send, 'Lee Park', 'lee@contoso.example');
    const reply = await send('popup', 'task.quickAdd', { text: 'Call Dana tomorrow about the renewal' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const { task, person } = reply.data;
    expect(person).toBe('Dana Okafor');
    expect(task.contactId).toBe(danaId);
    expect(task.title).toBe('Call Dana about the renewal');
    expect(task.due).toEqual({ date: addDays(today, 1) });
    // Until now quick add saved no goal at all; a renewal is the care of an existing customer.
    expect(task.categories.goal).toBe('existing_customer');
    expect(task.categories.customer).toBe('b2b');
    expect(task.source?.site).toBe('manual');
    // The task joined Dana's record: no second, nameless contact was made.
    expect((await getContacts(await getDb(), [task.contactId!])).get(danaId)?.name).toBe('Dana Okafor');
  });

  it('names nobody when two known contacts are called Dana, and still classifies the words', async () => {
    const { send } = await makeRouter();
    await knownContact(send, 'Dana Okafor', 'dana@northwind.example');
    await knownContact(send, 'Dana Smith', 'dana.smith@fabrikam.example');
    const reply = await send('popup', 'task.quickAdd', { text: 'Chase Dana about the overdue invoice' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.person).toBeUndefined();
    expect(reply.data.task.contactId).toBeUndefined();
    expect(reply.data.task.categories.goal).toBe('payment_collection');
    // No date in the words: due today, so it shows in the popup's list at once.
    expect(reply.data.task.due?.date).toBe(today);
  });

  it('reads Chinese words: 王总 is the one 王 the rep knows', async () => {
    const { send } = await makeRouter();
    const wangId = await knownContact(send, '王伟', 'wang.wei@huaxin.example.cn');
    const reply = await send('popup', 'task.quickAdd', { text: '下周二给王总回电话 确认回款' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.task.contactId).toBe(wangId);
    expect(reply.data.task.categories.goal).toBe('payment_collection');
    // 下周二: the Tuesday of next week.
    expect(reply.data.task.due?.date).toBe('2026-12-01');
    expect(reply.data.task.title).toBe('给王总回电话 确认回款');
  });

  it('is for the extension\'s own pages only, and refuses empty words', async () => {
    const { send } = await makeRouter();
    expect(await send('content', 'task.quickAdd', { text: 'Call Dana' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('popup', 'task.quickAdd', { text: '   ' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('popup', 'task.quickAdd', { text: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
