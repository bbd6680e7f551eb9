// Issue 13, defect 8: the worker keeps data in memory only when the browser refuses IndexedDB
// itself; any other failure to open is answered with storage_unavailable and retried with a
// bounded backoff; a handle the browser or an upgrade closed is dropped, never reused.
import { IDBFactory, IDBOpenDBRequest, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_RETRY_FIRST_MS, DB_RETRY_MAX_MS, createDatabaseAccess, openInMemoryDb } from '@/lib/background/database';
import { DB_NAME, DB_VERSION, createTask, listDue, openTasklaneDb } from '@/lib/db';
import { freshIndexedDb } from '../../helpers/fresh-db';

const seed = vi.hoisted(() => ({ failuresLeft: 0 }));
vi.mock('@/lib/db/seed', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/db/seed')>();
  return {
    ...real,
    seedDefaults: async (...args: Parameters<typeof real.seedDefaults>) => {
      if (seed.failuresLeft > 0) {
        seed.failuresLeft--;
        throw new DOMException('Seeding the default categories failed', 'ConstraintError');
      }
      return real.seedDefaults(...args);
    },
  };
});

afterEach(() => {
  seed.failuresLeft = 0;
});

const draft = (title: string) => ({ title, notes: '', priority: 'normal' as const, categories: {}, due: { date: '2026-11-28' } });

/** The access as the worker builds it, over the test's IndexedDB, with a clock the test moves. */
function access() {
  const clock = { now: 1_000_000 };
  let opens = 0;
  const database = createDatabaseAccess(
    (hooks) => {
      opens++;
      return openTasklaneDb(DB_NAME, hooks);
    },
    () => openInMemoryDb(() => openTasklaneDb()),
    { now: () => clock.now },
  );
  return { database, clock, opens: () => opens };
}

/** An IndexedDB whose open request fails with `name`, as Firefox's did in private windows. */
function factoryFailingOpenWith(name: string): IDBFactory {
  const factory = new IDBFactory();
  factory.open = () => {
    const request = new IDBOpenDBRequest();
    setTimeout(() => {
      // fake-indexeddb's request lets its settle step write these; the types say read-only.
      Object.assign(request, {
        readyState: 'done',
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', name),
      });
      const event = { type: 'error', initialized: true, eventPath: [], bubbles: false, NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3, preventDefault() {} };
      request.dispatchEvent(event as never);
    });
    return request;
  };
  return factory;
}

describe('when the browser refuses IndexedDB itself', () => {
  it.each([
    ['indexedDB is not there at all', () => Reflect.deleteProperty(globalThis, 'indexedDB')],
    ['open() throws SecurityError (storage blocked for the extension)', () => {
      const factory = new IDBFactory();
      factory.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      globalThis.indexedDB = factory;
    }],
    ['the open request fails with InvalidStateError (a private window)', () => {
      globalThis.indexedDB = factoryFailingOpenWith('InvalidStateError');
    }],
  ])('%s: keeps working in memory, and says so', async (_, refuse) => {
    freshIndexedDb();
    refuse();
    const { database } = access();
    expect(database.mode()).toBe('persistent');
    const db = await database.getDb();
    expect(database.mode()).toBe('memory');
    await createTask(db, draft('Kept in memory'), undefined, 1);
    expect((await listDue(db, '2026-11-28', 10)).today.map((t) => t.title)).toEqual(['Kept in memory']);
    // The same database is handed out again, not a new empty one.
    expect(await database.getDb()).toBe(db);
  });
});

describe('when opening fails for any other reason', () => {
  it('a failing seed does not switch to memory: the request gets storage_unavailable, and the next getDb after the wait retries', async () => {
    freshIndexedDb();
    const kept = globalThis.indexedDB;
    const { database, clock, opens } = access();
    seed.failuresLeft = 1;

    await expect(database.getDb()).rejects.toMatchObject({ code: 'storage_unavailable' });
    expect(database.mode()).toBe('persistent');
    // In the wait, requests are answered at once, without hammering the database.
    await expect(database.getDb()).rejects.toMatchObject({ code: 'storage_unavailable' });
    expect(opens()).toBe(1);

    clock.now += DB_RETRY_FIRST_MS;
    const db = await database.getDb();
    expect(opens()).toBe(2);
    expect(database.mode()).toBe('persistent');
    await createTask(db, draft('Kept for real'), undefined, 1);
    // Written to the browser's IndexedDB, not to a swapped-in memory one.
    expect(globalThis.indexedDB).toBe(kept);
    db.close();
    const again = await openTasklaneDb();
    expect((await listDue(again, '2026-11-28', 10)).today.map((t) => t.title)).toEqual(['Kept for real']);
  });

  it('a database of a newer version (VersionError) is not replaced by an empty one in memory', async () => {
    freshIndexedDb();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const { database } = access();
    const failure = await database.getDb().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'storage_unavailable' });
    expect((failure as Error).message).toMatch(/could not open its storage/i);
    expect(database.mode()).toBe('persistent');
  });

  it('waits longer after each failure, up to a bound', async () => {
    freshIndexedDb();
    const { database, clock, opens } = access();
    seed.failuresLeft = 20;
    const waits: number[] = [];
    for (let failure = 0; failure < 10; failure++) {
      await expect(database.getDb()).rejects.toMatchObject({ code: 'storage_unavailable' });
      const before = opens();
      let waited = 0;
      while (opens() === before) {
        clock.now += 250;
        waited += 250;
        await database.getDb().catch(() => undefined);
      }
      waits.push(waited);
    }
    expect(waits[0]).toBe(DB_RETRY_FIRST_MS);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(Math.max(...waits)).toBe(DB_RETRY_MAX_MS);
    expect(database.mode()).toBe('persistent');
  });
});

describe('a closed handle is dropped', () => {
  it('after `blocking` (another connection deletes or upgrades the database) the next getDb opens again', async () => {
    freshIndexedDb();
    const { database } = access();
    const first = await database.getDb();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const next = await database.getDb();
    expect(next).not.toBe(first);
    expect(await next.count('tasks')).toBe(0);
  });

  it('after the browser closes the connection (the `close` event) the next getDb opens again', async () => {
    freshIndexedDb();
    const { database } = access();
    const first = await database.getDb();
    await createTask(first, draft('Still here'), undefined, 1);
    forceCloseDatabase(unwrap(first) as never);
    const next = await database.getDb();
    expect(next).not.toBe(first);
    expect(await next.count('tasks')).toBe(1);
  });
});
