import { describe, expect, it } from 'vitest';
import { createDatabaseAccess, openInMemoryDb } from '@/lib/background/database';
import { createTask, listDue, openTasklaneDb } from '@/lib/db';
import { freshIndexedDb } from '../../helpers/fresh-db';

describe('when IndexedDB cannot be opened', () => {
  it('falls back to an in-memory database that works, and says so', async () => {
    freshIndexedDb();
    const broken = () => Promise.reject(new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError'));
    const access = createDatabaseAccess(broken, () => openInMemoryDb(() => openTasklaneDb()));
    expect(access.mode()).toBe('persistent');
    const db = await access.getDb();
    expect(access.mode()).toBe('memory');
    await createTask(db, { title: 'Kept in memory', notes: '', priority: 'normal', categories: {}, due: { date: '2026-11-28' } }, undefined, 1);
    expect((await listDue(db, '2026-11-28', 10)).today.map((t) => t.title)).toEqual(['Kept in memory']);
    // The same database is handed out again, not a new empty one.
    expect(await access.getDb()).toBe(db);
  });

  it('uses the real database when it opens', async () => {
    freshIndexedDb();
    const access = createDatabaseAccess(() => openTasklaneDb(), () => Promise.reject(new Error('not used')));
    await access.getDb();
    expect(access.mode()).toBe('persistent');
  });
});
