// Schema version 2 added the targets store.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Target } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { restoreSnapshot, type DbSnapshot } from '../../helpers/db-snapshot';

beforeEach(freshIndexedDb);

const target = (over: Partial<Target> = {}): Target => ({
  id: crypto.randomUUID(),
  dimension: 'goal',
  value: 'new_customer',
  period: 'week',
  count: 20,
  metric: 'completed',
  ...over,
});

describe('the targets store (schema version 2)', () => {
  it('round-trips targets through closing and reopening the database', async () => {
    let database = await db.openTasklaneDb();
    const saved = [target(), target({ dimension: 'goal', value: 'payment_collection', period: 'month', count: 5 }), target({ dimension: 'customer', value: 'b2b', period: 'quarter', metric: 'created' })];
    for (const t of saved) await db.saveTarget(database, t);
    database.close();

    database = await db.openTasklaneDb();
    expect(database.version).toBe(db.DB_VERSION);
    expect(await db.listTargets(database)).toEqual(expect.arrayContaining(saved));
    expect(await database.getAllFromIndex('targets', 'by_category', ['goal', 'payment_collection'])).toEqual([saved[1]]);
    expect(await db.deleteTarget(database, saved[0]!.id)).toBe(true);
    expect(await db.deleteTarget(database, saved[0]!.id)).toBe(false);
    expect(await database.count('targets')).toBe(2);
  });

  it('is created empty when a version-1 database is upgraded', async () => {
    const v1: DbSnapshot = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8'));
    await restoreSnapshot(db.DB_NAME, v1);
    const database = await db.openTasklaneDb();
    expect([...database.objectStoreNames]).toContain('targets');
    expect(await database.count('targets')).toBe(0);
    expect(database.transaction('targets').store.indexNames.contains('by_category')).toBe(true);
  });
});
