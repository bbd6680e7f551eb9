// Interoperability with a client nobody on the team wrote: Debian's python3-caldav.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { addTask, newDevice, newTaskList, serverUrl, sync } from './helpers';
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
});
