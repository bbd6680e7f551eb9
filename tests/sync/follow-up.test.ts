// A follow-up (issue 16) through a real Radicale: waiting on one device is waiting on the other;
// a reply seen on one closes it on the other with the reply; Radicale keeps the property as sent.
import { describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { addTask, newDevice, newTaskList, remoteItems, sync } from './helpers';

describe('follow-ups through the CalDAV server', () => {
  it('carries waiting and replied (closed by a reply) between two devices', async () => {
    const laptop = await newDevice();
    const desktop = await newDevice();
    const list = await newTaskList();
    const followUp = { closeOnReply: true, state: 'waiting' as const, people: ['dana@northwind.example', 'li@northwind.example'], threadId: 'thread-f:1789', subjectKey: 'quote, q1; final' };
    const task = await addTask(laptop, 'Quote for Dana', { due: { date: '2026-12-04' }, source: { site: 'gmail', externalId: 'thread-f:1789' }, followUp });
    await sync(laptop, list);
    const [ics] = [...(await remoteItems(list)).values()];
    expect(ics!.replace(/\r\n[ \t]/g, '')).toContain('X-TASKLANE-FOLLOWUP:state=waiting&close=1&people=dana%40northwind.example+li%40northwind.example');
    await sync(desktop, list);
    expect((await db.getTask(desktop, task.id))?.followUp).toEqual(followUp);

    const at = Date.now() + 1_000;
    const reply = { at, seenAt: at + 500, from: 'li@northwind.example', site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfc' };
    expect((await db.markReplied(desktop, task.id, reply, { now: at + 2_000, action: 'complete' })).outcome).toBe('completed');
    await sync(desktop, list);
    await sync(laptop, list);
    expect(await db.getTask(laptop, task.id)).toMatchObject({ status: 'done', followUp: { ...followUp, state: 'replied', reply } });
  });
});
