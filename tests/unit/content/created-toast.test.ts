// Issue 13, defect 8: when the browser refuses storage, the in-page toast after a create says the
// task lasts only this session — the reply of task.create carries the storage mode to say it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createdToast } from '@/lib/content/created-toast';
import { makeRouter } from '../../helpers/router';

/** browser.i18n.getMessage over the shipped English strings. */
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const t = (key: string, ...subs: string[]) => messages[key]!.message.replace(/\$[A-Z]+\$/g, () => subs[0] ?? '');

const draft = { title: 'Call Wei about the pilot', notes: '', priority: 'normal', categories: {} };

describe('the toast after a create', () => {
  it('says created, with Undo, when the task is kept', () => {
    const toast = createdToast({ created: true, undoToken: 'u1', storage: 'persistent', task: { title: 'Call Wei' } }, t);
    expect(toast).toEqual({ text: 'Task created: Call Wei', undoToken: 'u1' });
  });

  it('says it is saved for this session only when the browser refuses storage', () => {
    const created = createdToast({ created: true, undoToken: 'u1', storage: 'memory', task: { title: 'Call Wei' } }, t);
    expect(created).toEqual({ text: 'Task created: Call Wei', undoToken: 'u1', note: 'Saved for this session only — this browser refuses storage' });
    const existing = createdToast({ created: false, storage: 'memory', task: { title: 'Call Wei' } }, t);
    expect(existing).toEqual({ text: 'Already an open task, not added again: Call Wei', note: 'Saved for this session only — this browser refuses storage' });
  });

  it('gets the storage mode in the task.create reply', async () => {
    const kept = await makeRouter();
    expect(await kept.send('content', 'task.create', { draft })).toMatchObject({ ok: true, data: { created: true, storage: 'persistent' } });
    const inMemory = await makeRouter(undefined, { storageMode: () => 'memory' });
    expect(await inMemory.send('content', 'task.create', { draft })).toMatchObject({ ok: true, data: { created: true, storage: 'memory' } });
  });
});
