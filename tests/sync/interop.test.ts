// Interoperability with a client nobody on the team wrote: Debian's python3-caldav.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { addTask, allTasks, newDevice, newTaskList, remoteItems, serverUrl, sync, uidsOf } from './helpers';
import { USERS } from './radicale';

const script = fileURLToPath(new URL('./python-caldav.py', import.meta.url));
// Debian's interpreter, where apt put the caldav module (not a pyenv or venv python).
const caldav = (listUrl: string, ...args: string[]) =>
  JSON.parse(execFileSync('/usr/bin/python3', [script, serverUrl(), 'rep', USERS.rep, listUrl, ...args], { encoding: 'utf8', timeout: 30_000 }));

describe('with python3-caldav as the other client', () => {
  it('sees a task made in Tasklane, and its completion there reaches Tasklane', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    const task = await addTask(device, 'Send Dana the signed quote', { due: { date: '2026-12-04', time: '16:00' } });
    await sync(device, list);

    const seen = caldav(list, 'list') as { uid: string; summary: string; status: string }[];
    expect(seen).toEqual([{ uid: task.id, summary: 'Send Dana the signed quote', status: 'NEEDS-ACTION' }]);

    caldav(list, 'complete', task.id);
    const { report } = await sync(device, list);
    expect(report.pulled).toBe(1);
    const done = await db.getTask(device, task.id);
    expect(done).toMatchObject({ status: 'done', title: 'Send Dana the signed quote', due: { date: '2026-12-04', time: '16:00' } });
    expect(done?.completedAt).toBeGreaterThan(0);
  });

  it('a routine task completed there advances its series here once, and the next occurrence goes to the server', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    // Due on a Friday years ahead, so the next one is the Friday after whatever day this runs.
    const review = await addTask(device, 'Weekly pipeline review', { due: { date: '2030-01-04' }, recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=FR' } });
    await sync(device, list);

    caldav(list, 'complete', review.id);
    await sync(device, list);
    const open = (await allTasks(device)).filter((t) => t.status === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Weekly pipeline review', due: { date: '2030-01-11' } });
    expect((await db.getTask(device, review.id))).toMatchObject({ status: 'done', nextOccurrenceId: open[0]!.id });

    // Pulled again (nothing changed, then a sync from scratch on a second device): nothing more.
    await sync(device, list);
    const laptop = await newDevice();
    await sync(laptop, list);
    expect(await allTasks(device)).toHaveLength(2);
    expect((await allTasks(laptop)).map((t) => t.status).sort()).toEqual(['done', 'open']);
    const seen = caldav(list, 'list') as { uid: string; status: string }[];
    expect(seen.map((t) => [t.uid, t.status]).sort()).toEqual([[review.id, 'COMPLETED'], [open[0]!.id, 'NEEDS-ACTION']].sort());
    const items = await remoteItems(list);
    expect(uidsOf(items).sort()).toEqual([review.id, open[0]!.id].sort());
    expect([...items.values()].find((ics) => ics.includes(`UID:${review.id}`))).toContain(`X-TASKLANE-NEXT:${open[0]!.id}`);
  });
});
