import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { listConflicts } from '@/lib/db/sync-store';
import { addTask, allTasks, newDevice, newTaskList, remoteItems, repClient, sync } from './helpers';

/** Edits a task on the server as another app would: new SUMMARY, an X- property of its own. */
async function editOnServer(listUrl: string, uid: string, change: (ics: string) => string): Promise<void> {
  const client = repClient();
  const listing = await client.listChanges(listUrl, undefined, false);
  const [item] = (await client.fetchItems(listUrl, [...listing.members.keys()])).filter((i) => i.ics.includes(`UID:${uid}`));
  const outcome = await client.putItem(item!.href, change(item!.ics), item!.etag);
  expect(outcome.status).toBe('ok');
}
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const setSummary = (summary: string, at: number) => (ics: string) =>
  ics.replace(/^SUMMARY:.*$/m, `SUMMARY:${summary}`).replace(/^LAST-MODIFIED:.*$/m, `LAST-MODIFIED:${stamp(at)}`)
    .replace('END:VTODO', 'X-OTHER-APP-FLAG:keep me\r\nEND:VTODO');

describe('two-way sync with a real server', () => {
  it('pulls a remote edit, pushes a local edit, and keeps the other app’s properties', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    const task = await addTask(device, 'Call Dana');
    await sync(device, list);

    await editOnServer(list, task.id, setSummary('Call Dana (moved to Friday)', Date.now() + 2_000));
    const pulled = await sync(device, list);
    expect(pulled.report.pulled).toBe(1);
    expect((await db.getTask(device, task.id))?.title).toBe('Call Dana (moved to Friday)');

    await db.updateTask(device, task.id, { title: 'Call Dana and send pricing', priority: 'high' }, Date.now() + 5_000);
    const pushed = await sync(device, list);
    expect(pushed.report).toMatchObject({ pushed: 1, pulled: 0, conflicts: 0 });
    const [ics] = [...(await remoteItems(list)).values()];
    expect(ics).toMatch(/SUMMARY:Call Dana and send pricing/);
    expect(ics).toMatch(/PRIORITY:1/);
    expect(ics).toMatch(/X-OTHER-APP-FLAG:keep me/);
    expect(ics).toMatch(/SEQUENCE:1/);
  });

  it('carries tasks between two devices', async () => {
    const laptop = await newDevice();
    const desktop = await newDevice();
    const list = await newTaskList();
    const task = await addTask(laptop, 'Renewal call', { due: { date: '2026-12-03', time: '09:15' }, categories: { goal: 'renewal' } });
    await sync(laptop, list);
    await sync(desktop, list);
    const copy = await db.getTask(desktop, task.id);
    expect(copy).toMatchObject({ title: 'Renewal call', due: { date: '2026-12-03', time: '09:15' }, categories: { goal: 'renewal' } });

    await db.updateTask(desktop, task.id, { status: 'done' }, Date.now() + 2_000);
    await sync(desktop, list);
    await sync(laptop, list);
    expect((await db.getTask(laptop, task.id))?.status).toBe('done');
  });

  it('settles a conflict by keeping the newer side and logging the other', async () => {
    const laptop = await newDevice();
    const desktop = await newDevice();
    const list = await newTaskList();
    const task = await addTask(laptop, 'Quote for Northwind');
    await sync(laptop, list);
    await sync(desktop, list);
    const t0 = Date.now();

    // Laptop edits first, desktop later: the desktop's edit is newer and wins on both.
    await db.updateTask(laptop, task.id, { title: 'Quote (laptop)' }, t0 + 2_000);
    await db.updateTask(desktop, task.id, { title: 'Quote (desktop)' }, t0 + 4_000);
    await sync(laptop, list);
    const settled = await sync(desktop, list);
    expect(settled.report.conflicts).toBe(1);
    await sync(laptop, list);
    expect((await db.getTask(laptop, task.id))?.title).toBe('Quote (desktop)');
    expect((await db.getTask(desktop, task.id))?.title).toBe('Quote (desktop)');
    const [entry] = await listConflicts(desktop, 10);
    expect(entry).toMatchObject({ taskId: task.id, kept: 'local' });
    expect(entry!.discarded).toContain('Quote (laptop)');

    // Now the server's side is newer: the device with the older edit takes it and logs its own.
    await db.updateTask(laptop, task.id, { title: 'Quote v2 (laptop, older)' }, t0 + 6_000);
    await db.updateTask(desktop, task.id, { title: 'Quote v2 (desktop, newer)' }, t0 + 8_000);
    await sync(desktop, list);
    expect((await sync(laptop, list)).report.conflicts).toBe(1);
    expect((await db.getTask(laptop, task.id))?.title).toBe('Quote v2 (desktop, newer)');
    const [lost] = await listConflicts(laptop, 10);
    expect(lost).toMatchObject({ kept: 'server' });
    expect(lost!.discarded).toContain('Quote v2 (laptop, older)');
  });

  it('deletes both ways through tombstones', async () => {
    const laptop = await newDevice();
    const desktop = await newDevice();
    const list = await newTaskList();
    const kept = await addTask(laptop, 'Stays');
    const deletedHere = await addTask(laptop, 'Deleted on the laptop');
    const deletedThere = await addTask(laptop, 'Deleted on the server');
    await sync(laptop, list);
    await sync(desktop, list);

    await db.deleteTask(laptop, deletedHere.id, Date.now());
    expect((await sync(laptop, list)).report.deleted).toBe(1);
    expect([...(await remoteItems(list)).values()].join()).not.toContain(deletedHere.id);

    const client = repClient();
    const href = [...(await remoteItems(list)).entries()].find(([, ics]) => ics.includes(deletedThere.id))![0];
    expect((await client.deleteItem(href, undefined)).status).toBe('ok');

    await sync(laptop, list);
    await sync(desktop, list);
    for (const device of [laptop, desktop]) {
      expect((await allTasks(device)).map((t) => t.id)).toEqual([kept.id]);
    }
    expect(await desktop.get('tombstones', deletedHere.id)).toBeDefined();
  });
});
