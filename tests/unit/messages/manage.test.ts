// The options page's management requests through the router, wired as the background wires them.
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { MANAGE_REQUESTS } from '@/lib/messages/requests/manage';
import { makeRouter } from '../../helpers/router';

const TARGET = { id: '11111111-1111-4111-8111-111111111111', dimension: 'goal', value: 'new_customer', period: 'week', count: 20, metric: 'completed' };

describe('management requests', () => {
  it.each(Object.keys(MANAGE_REQUESTS))('refuses %s from a content script, even in a frame of an options tab', async (type) => {
    const { send } = await makeRouter();
    expect(await send('content', type, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('contentInFrame', type, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each([
    ['task.list', { limit: 201 }],
    ['task.list', { limit: 0 }],
    ['task.list', { goal: 'Not An Id' }],
    ['task.list', { dueFrom: '2026-02-30' }],
    ['task.list', { sort: 'title' }],
    ['task.list', { text: 'x'.repeat(201) }],
    ['task.bulk', { ids: [], action: { kind: 'complete' } }],
    ['task.bulk', { ids: Array.from({ length: 1001 }, () => crypto.randomUUID()), action: { kind: 'complete' } }],
    ['task.bulk', { ids: ['not-a-uuid'], action: { kind: 'complete' } }],
    ['task.bulk', { ids: [crypto.randomUUID()], action: { kind: 'explode' } }],
    ['task.bulk', { ids: [crypto.randomUUID()], action: { kind: 'recategorise', dimension: 'mood', value: null } }],
    ['category.delete', { dimension: 'goal', id: 'new_customer' }],
    ['category.reorder', { dimension: 'goal', ids: ['A B'] }],
    ['template.save', { template: { id: 'x' } }],
    ['template.delete', { id: '../etc' }],
    ['target.save', { target: { ...TARGET, count: 0 } }],
    ['target.save', { target: { ...TARGET, period: 'year' } }],
    ['target.delete', { id: 'nope' }],
    ['target.list', { today: 'today' }],
    ['target.list', { period: 'year' }],
    ['insights.get', { weeks: 53 }],
    ['data.export', { format: 'xlsx' }],
    ['data.import', { format: 'ics', content: '', commit: true }],
    ['data.import', { format: 'json', content: 'x'.repeat(20 * 1024 * 1024 + 1), commit: true }],
    ['data.import', { format: 'json', content: '{}' }],
    ['data.deleteAll', { confirm: 'yes' }],
    ['data.deleteAll', {}],
  ])('answers a malformed %s with bad_request and changes nothing', async (type, payload) => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    await db.createTask(database, { title: 'keep me', notes: '', priority: 'normal', categories: { goal: 'new_customer' } }, undefined, 1);
    expect(await send('optionsTab', type, payload)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await database.count('tasks')).toBe(1);
    expect(await db.categoryExists(database, 'goal', 'new_customer')).toBe(true);
  });

  it('lists a filtered page of tasks with their people', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    for (let i = 0; i < 60; i++) {
      await db.createTask(database, { title: `t${i}`, notes: '', priority: 'normal', categories: {}, due: { date: '2026-11-01' } }, i % 2 ? { name: 'Dana Lee', email: 'dana@northwind.example' } : undefined, i);
    }
    const reply = await send('popup', 'task.list', { person: 'dana', limit: 10 });
    expect(reply).toMatchObject({ ok: true, data: { total: 30 } });
    if (reply.ok) {
      expect(reply.data.tasks).toHaveLength(10);
      expect(reply.data.tasks[0]!.contact).toMatchObject({ name: 'Dana Lee' });
    }
    expect(await send('optionsTab', 'task.list', {})).toMatchObject({ ok: true, data: { total: 60 } });
  });

  it('bulk-edits and broadcasts the changed tasks; refuses a value that does not exist', async () => {
    const { send, getDb, broadcasts } = await makeRouter();
    const { task } = await db.createTask(await getDb(), { title: 'a', notes: '', priority: 'normal', categories: {} }, undefined, 1);
    expect(await send('optionsTab', 'task.bulk', { ids: [task.id], action: { kind: 'recategorise', dimension: 'goal', value: 'golf' } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'task.bulk', { ids: [task.id], action: { kind: 'complete' } })).toEqual({ ok: true, data: { changed: 1 } });
    expect(broadcasts).toEqual([{ entity: 'task', ids: [task.id] }]);
  });

  it('deletes a category with reassignment, and answers not_found for a missing one', async () => {
    const { send, getDb, broadcasts } = await makeRouter();
    const { task } = await db.createTask(await getDb(), { title: 'a', notes: '', priority: 'normal', categories: { channel: 'online' } }, undefined, 1);
    expect(await send('optionsTab', 'category.delete', { dimension: 'channel', id: 'online', reassignTo: 'direct' })).toEqual({ ok: true, data: { moved: 1 } });
    expect((await db.getTask(await getDb(), task.id))?.categories.channel).toBe('direct');
    expect(broadcasts).toEqual([{ entity: 'category', ids: ['channel:online'] }, { entity: 'task', ids: [task.id] }]);
    expect(await send('optionsTab', 'category.delete', { dimension: 'channel', id: 'online', reassignTo: null })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const usage = await send('optionsTab', 'category.usage', {});
    expect(usage).toMatchObject({ ok: true, data: { counts: { 'channel:direct': 1 } } });
  });

  it('saves templates only for goals that exist', async () => {
    const { send } = await makeRouter();
    const templates = await send('optionsTab', 'templates.list', {});
    if (!templates.ok) throw new Error('no templates');
    const template = { ...templates.data.templates[0]!, title: { en: 'Call {name}', 'zh-CN': '致电{name}' } };
    expect(await send('optionsTab', 'template.save', { template })).toEqual({ ok: true, data: { template } });
    expect(await send('optionsTab', 'template.save', { template: { ...template, goal: 'golf' } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'template.delete', { id: template.id })).toEqual({ ok: true, data: { deleted: true } });
    expect(await send('optionsTab', 'template.delete', { id: template.id })).toEqual({ ok: true, data: { deleted: false } });
  });

  it('saves a target and reports its progress this week', async () => {
    const { send, getDb } = await makeRouter(() => Date.parse('2026-11-26T10:00:00'));
    const database = await getDb();
    const { task } = await db.createTask(database, { title: 'call', notes: '', priority: 'normal', categories: { goal: 'new_customer' } }, undefined, Date.parse('2026-11-24T10:00:00'));
    await db.updateTask(database, task.id, { status: 'done' }, Date.parse('2026-11-25T10:00:00'));
    expect(await send('optionsTab', 'target.save', { target: { ...TARGET, value: 'golf' } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'target.save', { target: TARGET })).toEqual({ ok: true, data: { target: TARGET } });
    expect(await send('popup', 'target.list', {})).toEqual({
      ok: true,
      data: { targets: [{ target: TARGET, done: 1, periodStart: '2026-11-23', periodEnd: '2026-11-29' }] },
    });
    expect(await send('popup', 'target.list', { today: '2026-12-01' })).toMatchObject({ ok: true, data: { targets: [{ done: 0, periodStart: '2026-11-30' }] } });
    expect(await send('optionsTab', 'target.delete', { id: TARGET.id })).toEqual({ ok: true, data: { deleted: true } });
  });

  it('answers insights for 12 weeks with milestones', async () => {
    const { send, getDb } = await makeRouter(() => Date.parse('2026-11-26T10:00:00'));
    const database = await getDb();
    await db.createTask(database, { title: 'late', notes: '', priority: 'normal', categories: { goal: 'payment_collection', cycle: 'phased' }, due: { date: '2026-11-20' } }, undefined, 1);
    const reply = await send('optionsTab', 'insights.get', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.weeks).toHaveLength(12);
    expect(reply.data.weeks[10]).toMatchObject({ start: '2026-11-16', byGoal: { payment_collection: { due: 1, overdue: 1, completionRate: 0 }, none: { due: 0 } } });
    expect(reply.data.milestones).toEqual([expect.objectContaining({ title: 'late', status: 'open' })]);
  });

  it('deletes all data behind the confirmation word and reseeds the defaults', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    await db.createTask(database, { title: 'a', notes: '', priority: 'normal', categories: {} }, { email: 'a@b.example' }, 1);
    await db.saveTarget(database, { ...TARGET } as never);
    await db.deleteCategory(database, 'channel', 'online', null, 2);
    await db.saveSettings(database, { theme: 'dark' });
    expect(await send('optionsTab', 'data.deleteAll', { confirm: 'DELETE' })).toEqual({ ok: true, data: { deleted: true } });
    for (const store of ['tasks', 'contacts', 'targets', 'tombstones'] as const) expect(await database.count(store), store).toBe(0);
    expect(await db.categoryExists(database, 'channel', 'online')).toBe(true);
    expect((await db.getSettings(database)).theme).toBe('auto');
    // Reopening does not seed twice or resurrect anything later deleted.
    expect(await db.seedDefaults(database)).toBe(0);
  });

  it('adds per-goal counts of open tasks due up to today to task.listDue', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    for (const [goal, date] of [['new_customer', '2026-11-28'], ['new_customer', '2026-11-01'], [undefined, '2026-11-20'], ['payment_collection', '2026-12-01']] as const) {
      await db.createTask(database, { title: 't', notes: '', priority: 'normal', categories: goal ? { goal } : {}, due: { date } }, undefined, 1);
    }
    const reply = await send('popup', 'task.listDue', { limit: 1 });
    expect(reply).toMatchObject({ ok: true, data: { total: 3, countsByGoal: { new_customer: 2, none: 1 } } });
    if (reply.ok) expect(reply.data.countsByGoal.payment_collection).toBeUndefined();
  });

  it('caps the rep\'s classifier keywords and passes them to the classifier', async () => {
    const { send } = await makeRouter();
    const tooMany = Array.from({ length: 201 }, (_, i) => `word${i}`);
    expect(await send('optionsTab', 'settings.save', { patch: { goalKeywords: { new_customer: tooMany } } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'settings.save', { patch: { goalKeywords: { new_customer: ['x'.repeat(61)] } } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'settings.save', { patch: { goalKeywords: { golf: ['birdie'] } } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await send('optionsTab', 'settings.save', { patch: { goalKeywords: { market_research: ['zebrafish'] } } })).toMatchObject({ ok: true });
    const reply = await send('content', 'classify.suggest', { subject: 'About the zebrafish study' });
    expect(reply).toMatchObject({ ok: true, data: { suggestion: { categories: { goal: 'market_research' } } } });
  });
});
