import { afterEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { saveSyncSettings } from '@/lib/db/sync-store';
import { SYNC_RETRY_ALARM, createSyncService } from '@/lib/background/sync-service';
import { addTask, allTasks, newDevice, newTaskList, remoteItems, repClient, sync, uidsOf } from './helpers';
import { USERS, startRadicale, type RunningRadicale } from './radicale';

let ownServer: RunningRadicale | undefined;
afterEach(async () => {
  await ownServer?.dispose();
  ownServer = undefined;
});

describe('when things go wrong', () => {
  it('keeps everything while the server is down and catches up with backoff when it is back', async () => {
    ownServer = await startRadicale();
    const device = await newDevice();
    const client = repClient(undefined, ownServer.url);
    const { homeUrl } = await client.discover();
    const list = (await client.createTaskList(homeUrl, 'Down and up')).url;
    await saveSyncSettings(device, { serverUrl: ownServer.url, username: 'rep', password: USERS.rep, collectionUrl: list, enabled: true });
    const alarms = new Map<string, { when?: number }>();
    const service = createSyncService({
      getDb: async () => device,
      now: Date.now,
      alarms: { create: (name, info) => alarms.set(name, info), clear: (name) => alarms.delete(name) },
    });
    await addTask(device, 'Before the outage');
    expect((await service.syncNow()).failures).toBe(0);

    await ownServer.stop();
    const during = await addTask(device, 'Written while the server was down');
    const failed = await service.syncNow();
    expect(failed.failures).toBe(1);
    expect(failed.lastError?.message).toMatch(/could not be reached/);
    expect(alarms.get(SYNC_RETRY_ALARM)?.when).toBeGreaterThan(Date.now() + 20_000);
    const second = await service.syncNow();
    expect(second.failures).toBe(2);
    expect(second.nextRetryAt! - failed.nextRetryAt!).toBeGreaterThan(10_000); // the wait grows
    expect((await allTasks(device)).map((t) => t.title).sort()).toEqual(['Before the outage', 'Written while the server was down']);

    await ownServer.restart();
    service.onAlarm(SYNC_RETRY_ALARM);
    const back = await service.syncNow();
    expect(back).toMatchObject({ failures: 0 });
    expect(back.lastError).toBeUndefined();
    expect(alarms.has(SYNC_RETRY_ALARM)).toBe(false);
    expect(uidsOf(await remoteItems(list))).toContain(during.id);
  });

  it('makes no duplicates after 100 pushes interrupted after the PUT and retried', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    const tasks = await Promise.all(Array.from({ length: 50 }, (_, i) => addTask(device, `Interrupted #${i}`)));
    // The "worker" dies right after each first PUT of an item lands, before its ETag is saved:
    // 50 creates, then 50 updates interrupted the same way.
    const interrupted = new Set<string>();
    let interruptions = 0;
    const dying: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const key = `${init?.method}:${String(input)}:${round}`;
      if (init?.method === 'PUT' && response.ok && !interrupted.has(key)) {
        interrupted.add(key);
        interruptions++;
        throw new TypeError('worker stopped');
      }
      return response;
    };
    let round = 'create';
    const retryUntilDone = async () => {
      for (let attempt = 0; attempt < 300; attempt++) {
        try {
          return await sync(device, list, repClient(dying));
        } catch {
          // Retried like the backoff would, without the wait.
        }
      }
      throw new Error('never finished');
    };
    await retryUntilDone();
    round = 'edit';
    const later = Date.now() + 2_000;
    for (const task of tasks) await db.updateTask(device, task.id, { title: `${task.title} (edited)` }, later);
    await retryUntilDone();

    expect(interruptions).toBe(100);
    const items = await remoteItems(list);
    const uids = uidsOf(items);
    expect(uids).toHaveLength(50);
    expect(new Set(uids).size).toBe(50);
    expect([...items.values()].every((ics) => ics.includes('(edited)'))).toBe(true);
    expect(await allTasks(device)).toHaveLength(50);
    expect((await sync(device, list)).report).toMatchObject({ pushed: 0, pulled: 0, conflicts: 0 });
  });

  it('skips and reports a malformed item from the server and syncs the rest', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    await addTask(device, 'Good one');
    await sync(device, list);
    const other = await newDevice();
    // Radicale refuses to store or serve invalid iCalendar, so the bad item is made on the way
    // from the real server, as a buggy server or proxy would send it.
    const corrupting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method !== 'REPORT' || !String(init.body).includes('calendar-multiget')) return response;
      const body = (await response.text()).replace(/BEGIN:VTODO/, 'BEGIN:VTODO\nDUE:not-a-date\nBROKEN LINE WITHOUT COLON');
      return new Response(body, { status: response.status, headers: response.headers });
    };
    await addTask(other, 'Made on the other device');
    const { report } = await sync(other, list, repClient(corrupting));
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.problem).toMatch(/not valid iCalendar|not usable|could not be read/);
    expect((await allTasks(other)).map((t) => t.title)).toEqual(['Made on the other device']);
    expect(uidsOf(await remoteItems(list))).toHaveLength(2);
    // Not fetched again until it changes on the server.
    const again = await sync(other, list, repClient(corrupting));
    expect(again.report.skipped).toHaveLength(0);
  });
});
