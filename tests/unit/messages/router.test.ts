import { describe, expect, it } from 'vitest';
import { makeRouter } from '../../helpers/router';

const createPayload = (over: Record<string, unknown> = {}) => ({
  draft: { title: 'Follow up: Q4 pricing', due: { date: '2026-11-28' }, dedupeKey: 'gmail:t1:dana@northwind.example', ...over },
  contact: { name: 'Dana Lee', email: 'Dana.Lee@Northwind.example', phone: '(415) 555-0134' },
});

describe('the router', () => {
  it('creates a task from a content script and normalises the contact', async () => {
    const { send, getDb, broadcasts } = await makeRouter();
    const reply = await send('content', 'task.create', createPayload());
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.data.created).toBe(true);
    expect(reply.data.undoToken).toEqual(expect.any(String));
    const [contact] = await (await getDb()).getAll('contacts');
    expect(contact).toMatchObject({ email: 'dana.lee@northwind.example', phone: '+14155550134', name: 'Dana Lee' });
    expect(broadcasts).toEqual([{ entity: 'task', ids: [reply.data.task.id] }]);
  });

  it('returns the first task for a repeated dedupe key and broadcasts once', async () => {
    const { send, broadcasts } = await makeRouter();
    const first = await send('content', 'task.create', createPayload());
    const again = await send('content', 'task.create', createPayload({ title: 'Different title' }));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.data).toEqual({ task: first.data.task, created: false, storage: 'persistent' });
    expect(broadcasts).toHaveLength(1);
  });

  it('lets a content script undo only its own fresh create', async () => {
    const { send } = await makeRouter();
    const created = await send('content', 'task.create', createPayload());
    if (!created.ok) throw new Error('create failed');
    const { id } = created.data.task;
    expect(await send('content', 'task.undoCreate', { id, undoToken: 'guess' })).toMatchObject({ ok: false, error: { code: 'too_late' } });
    // The failed guess spent the token.
    expect(await send('content', 'task.undoCreate', { id, undoToken: created.data.undoToken })).toMatchObject({ ok: false });
  });

  it('undoes a create with the right token', async () => {
    const { send } = await makeRouter();
    const created = await send('content', 'task.create', createPayload());
    if (!created.ok) throw new Error('create failed');
    const undone = await send('content', 'task.undoCreate', { id: created.data.task.id, undoToken: created.data.undoToken });
    expect(undone).toEqual({ ok: true, data: { deleted: true } });
  });

  it.each(['task.listDue', 'task.update', 'task.delete', 'task.get', 'categories.list', 'category.save', 'settings.get', 'settings.save', 'templates.list'])(
    'refuses %s from a content script before looking at it',
    async (type) => {
      const { send } = await makeRouter();
      expect(await send('content', type, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );

  it('refuses everything from another extension', async () => {
    const { send, getDb } = await makeRouter();
    expect(await send('otherExtension', 'task.create', createPayload())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await (await getDb()).count('tasks')).toBe(0);
  });

  it('answers malformed requests with bad_request naming the field, and writes nothing', async () => {
    const { send, getDb } = await makeRouter();
    const reply = await send('popup', 'task.create', { draft: { title: '', due: { date: 'tomorrow' } } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    if (reply.ok) return;
    expect(reply.error.issues?.join('\n')).toMatch(/draft\.title/);
    expect(reply.error.issues?.join('\n')).toMatch(/draft\.due\.date/);
    expect(await (await getDb()).count('tasks')).toBe(0);
  });

  it.each([null, 'task.create', 42, [], { type: 'task.create' }, { tasklane: 2, type: 'task.create' }])(
    'answers a non-request (%j) with bad_request',
    async (message) => {
      const { route } = await makeRouter();
      expect(await route(message, { id: 'abcdefghijklmnopabcdefghijklmnop' } as never)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    },
  );

  it('answers an unknown type, including inherited names, with unknown_type', async () => {
    const { send } = await makeRouter();
    for (const type of ['task.explode', 'constructor', '__proto__', 'toString']) {
      expect(await send('popup', type, {})).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
    }
  });

  it('lists today and overdue with the person for the popup', async () => {
    const { send } = await makeRouter();
    await send('content', 'task.create', createPayload());
    const reply = await send('popup', 'task.listDue', {});
    expect(reply).toMatchObject({ ok: true, data: { today: '2026-11-28', total: 1 } });
    if (!reply.ok) return;
    const data = reply.data as { dueToday: { contact?: { name: string } }[] };
    expect(data.dueToday[0]?.contact?.name).toBe('Dana Lee');
  });

  it('reports a missing task as not_found', async () => {
    const { send } = await makeRouter();
    expect(await send('popup', 'task.update', { id: crypto.randomUUID(), patch: { status: 'done' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves settings from the options page and broadcasts the change', async () => {
    const { send, broadcasts } = await makeRouter();
    const reply = await send('optionsTab', 'settings.save', { patch: { resellerDomains: ['partner.example'] } });
    expect(reply).toMatchObject({ ok: true, data: { settings: { resellerDomains: ['partner.example'], language: 'auto' } } });
    expect(broadcasts).toEqual([{ entity: 'settings', ids: ['resellerDomains'] }]);
  });
});
