// A follow-up in a VTODO (issue 16): STATUS as for any task, X-TASKLANE-FOLLOWUP for waiting /
// replied, the people, the thread and the reply; read back on a device that never had the task;
// kept when another app drops the property; a damaged value is ignored, not fatal.
import { describe, expect, it } from 'vitest';
import type { FollowUp, Task } from '@/lib/model';
import { decodeFollowUp, encodeFollowUp } from '@/lib/sync/vtodo-follow-up';
import { readVtodo } from '@/lib/sync/vtodo-read';
import { taskToVtodo } from '@/lib/sync/vtodo-write';

const ID = '0b6f1f0e-8c1a-4d7e-9a51-2f1c3e4d5a61';
const NEW_ID = 'c2a9b1d3-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const waiting: FollowUp = {
  closeOnReply: true, state: 'waiting', people: ['dana@northwind.example', 'li.wei@northwind.example'],
  threadId: 'thread-f:1789;x,y', subjectKey: 'quote, q1; 报价 \\ final',
};
const replied: FollowUp = {
  ...waiting, state: 'replied',
  reply: { at: 1764680400000, seenAt: 1764684000000, from: 'li.wei@northwind.example', site: 'outlook', url: 'https://outlook.office.com/mail/inbox/id/AAQk%3D?a=1&b=2' },
};
const task = (followUp: FollowUp | undefined, status: Task['status'] = 'open'): Task => ({
  id: ID, title: 'Quote for Dana', notes: '', priority: 'normal', categories: {}, status,
  ...(status === 'done' ? { completedAt: 1764680400000 } : {}),
  ...(followUp ? { followUp } : {}),
  createdAt: 1764590000000, updatedAt: 1764600000000,
});
/** iCalendar folds lines at 75 octets; the tests read and edit the unfolded text. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const context = { labelOf: (_d: string, id: string) => id, now: 1764700000000 };
const read = (ics: string, local?: Task) => {
  const result = readVtodo(ics, () => local, () => NEW_ID, 1764700100000);
  if (result.kind !== 'task') throw new Error(JSON.stringify(result));
  return result.task;
};

describe('X-TASKLANE-FOLLOWUP', () => {
  it('encodes without iCalendar’s special characters and decodes to the same follow-up', () => {
    for (const f of [waiting, replied]) {
      const value = encodeFollowUp(f);
      expect(value).not.toMatch(/[,;\\\r\n]/);
      expect(decodeFollowUp(value)).toEqual(f);
    }
  });

  it('round-trips waiting (NEEDS-ACTION) and replied (COMPLETED) to a device that never had the task', () => {
    const ics = taskToVtodo(task(waiting), ID, undefined, context);
    expect(ics).toContain('STATUS:NEEDS-ACTION');
    expect(unfold(ics)).toMatch(/X-TASKLANE-FOLLOWUP:state=waiting&close=1&people=dana%40northwind.example\+li.wei%40northwind.example/);
    expect(read(ics).followUp).toEqual(waiting);
    const done = taskToVtodo(task(replied, 'done'), ID, ics, context);
    expect(done).toContain('STATUS:COMPLETED');
    const back = read(done);
    expect(back).toMatchObject({ status: 'done', followUp: replied });
    // The rewrite replaced the property rather than adding a second one.
    expect(done.match(/X-TASKLANE-FOLLOWUP/g)).toHaveLength(1);
  });

  it('a reopen on the server (another device) comes in waiting again; no property keeps the local one', () => {
    const pushed = unfold(taskToVtodo(task(replied, 'done'), ID, undefined, context));
    const reopened = pushed.replace('STATUS:COMPLETED', 'STATUS:NEEDS-ACTION').replace(/state=replied/, 'state=waiting').replace(/&reply-[^\r\n]*/, '');
    expect(read(reopened, task(replied, 'done')).followUp).toEqual(waiting);
    const stripped = pushed.replace(/X-TASKLANE-FOLLOWUP:[^\r\n]*\r\n/, '');
    expect(read(stripped, task(waiting)).followUp).toEqual(waiting);
    expect(read(stripped).followUp).toBeUndefined();
  });

  it('ignores a damaged value and keeps the task', () => {
    const ics = unfold(taskToVtodo(task(waiting), ID, undefined, context)).replace(/X-TASKLANE-FOLLOWUP:[^\r\n]*/, 'X-TASKLANE-FOLLOWUP:state=maybe&people=nobody');
    const back = read(ics);
    expect(back.title).toBe('Quote for Dana');
    expect(back.followUp).toBeUndefined();
  });
});
