// Version 3 adds sync's stores; a saved version-2 database (with a target) opens with them empty.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { getSyncCursor, getSyncSettings, listConflicts, logConflict, MAX_CONFLICTS, saveSyncSettings } from '@/lib/db/sync-store';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { restoreSnapshot, type DbSnapshot } from '../../helpers/db-snapshot';

beforeEach(freshIndexedDb);

describe('sync stores (schema version 3)', () => {
  it('are added empty to a version-2 database, whose targets survive', async () => {
    const snapshot = JSON.parse(readFileSync(new URL('../../fixtures/db/v2.json', import.meta.url), 'utf8')) as DbSnapshot;
    await restoreSnapshot(db.DB_NAME, snapshot);
    const database = await db.openTasklaneDb();
    expect(database.version).toBe(db.DB_VERSION);
    expect(await db.listTargets(database)).toEqual(snapshot.stores.targets!.records);
    expect(await database.count('syncItems')).toBe(0);
    expect(await getSyncSettings(database)).toBeUndefined();
  });

  it('forget links and the cursor when another task list is chosen', async () => {
    const database = await db.openTasklaneDb();
    const settings = { serverUrl: 'https://dav.example', username: 'rep', password: 'pw', collectionUrl: 'https://dav.example/a/', enabled: true };
    await saveSyncSettings(database, settings);
    await database.put('syncItems', { taskId: 't', href: 'https://dav.example/a/t.ics', uid: 't', syncedUpdatedAt: 1, ics: '' });
    await database.put('syncMeta', { collectionUrl: 'https://dav.example/a/', syncToken: 'x', skipped: {} }, 'cursor');
    await saveSyncSettings(database, { ...settings, enabled: false });
    expect(await database.count('syncItems')).toBe(1);
    await saveSyncSettings(database, { ...settings, collectionUrl: 'https://dav.example/b/' });
    expect(await database.count('syncItems')).toBe(0);
    expect((await getSyncCursor(database, 'https://dav.example/b/')).syncToken).toBeUndefined();
  });

  it('keep the conflict log to its cap, newest first', async () => {
    const database = await db.openTasklaneDb();
    for (let i = 0; i < MAX_CONFLICTS + 5; i++) {
      await logConflict(database, { id: `c${i}`, at: i, taskId: 't', title: `#${i}`, kept: 'local', reason: 'r', discarded: 'x' });
    }
    const log = await listConflicts(database, 1_000);
    expect(log).toHaveLength(MAX_CONFLICTS);
    expect(log[0]!.title).toBe(`#${MAX_CONFLICTS + 4}`);
  });
});
