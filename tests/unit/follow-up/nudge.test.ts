// A follow-up nobody answered by its due time (issue 16): its reminder offers "Nudge again in 2
// days" and "Close" instead of Complete and Snooze; the buttons reach the right actions; a nudge
// moves the due date two business days on and keeps the link.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchNotifications } from '@/lib/background/notifications';
import { createReminderService } from '@/lib/background/reminders';
import * as db from '@/lib/db';
import { nudgeDue } from '@/lib/dates/snooze';
import type { Reply } from '@/lib/messages';
import type { Task, TaskDraft } from '@/lib/model';
import { resetFakeBrowser } from '../../helpers/fake-browser';
import { makeRouter } from '../../helpers/router';

const local = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();
const NOW = local('2026-12-04', '10:00'); // a Friday
const shown = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions()) as [string, { title: string; message: string; buttons?: { title: string }[] }][];
const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Quote for Dana', notes: '', priority: 'normal', categories: {}, ...over });
const followUp = { closeOnReply: true, state: 'waiting' as const, people: ['dana@northwind.example'], threadId: 't1' };

beforeEach(() => void resetFakeBrowser());

describe('nudgeDue', () => {
  it('is two business days from today, keeping the time', () => {
    expect(nudgeDue({ time: '15:30' }, new Date(NOW))).toEqual({ date: '2026-12-08', time: '15:30' });
    expect(nudgeDue(undefined, new Date(local('2026-12-02', '10:00')))).toEqual({ date: '2026-12-04' });
  });
});

describe('the reminder of a waiting follow-up', () => {
  it('offers Nudge again and Close; an ordinary task keeps Complete and Snooze', async () => {
    const { getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const waiting = (await db.createTask(database, draft({ due: { date: '2026-12-04', time: '09:30' }, source: { site: 'gmail', externalId: 't1' }, followUp }), undefined, NOW - 1e8)).task;
    const plain = (await db.createTask(database, draft({ title: 'Plain', due: { date: '2026-12-04', time: '09:45' } }), undefined, NOW - 1e8)).task;
    await createReminderService(getDb, () => NOW).refresh();
    const notes = new Map(shown());
    expect(notes.get(`tasklane:nudge:${waiting.id}`)).toMatchObject({ title: 'Quote for Dana', message: 'No reply yet', buttons: [{ title: 'Nudge again in 2 days' }, { title: 'Close' }] });
    expect(notes.get(`tasklane:task:${plain.id}`)?.buttons).toEqual([{ title: 'Complete' }, { title: 'Later today' }]);
  });

  it('routes each button to its action, and Nudge keeps the link while moving the due date', async () => {
    const { send, getDb } = await makeRouter(() => NOW);
    const database = await getDb();
    const task = (await db.createTask(database, draft({ due: { date: '2026-12-04', time: '09:30' }, source: { site: 'gmail', externalId: 't1' }, followUp }), undefined, NOW - 1e8)).task;
    const calls: string[] = [];
    const record = (name: string) => async (id: string) => void calls.push(`${name}:${id}`);
    watchNotifications({ complete: record('complete'), snooze: record('snooze'), open: record('open'), openDueList: async () => undefined, reopen: record('reopen'), nudge: record('nudge'), close: record('close') });
    await fakeBrowser.notifications.onButtonClicked.trigger(`tasklane:nudge:${task.id}`, 0);
    await fakeBrowser.notifications.onButtonClicked.trigger(`tasklane:nudge:${task.id}`, 1);
    await fakeBrowser.notifications.onButtonClicked.trigger(`tasklane:replied:${task.id}`, 0);
    await fakeBrowser.notifications.onButtonClicked.trigger(`tasklane:task:${task.id}`, 0);
    await fakeBrowser.notifications.onClicked.trigger(`tasklane:replied:${task.id}`);
    expect(calls).toEqual([`nudge:${task.id}`, `close:${task.id}`, `reopen:${task.id}`, `complete:${task.id}`, `open:${task.id}`]);

    const reply = (await send('popup', 'followUp.nudge', { id: task.id })) as Reply<'followUp.nudge'>;
    if (!reply.ok) throw new Error(reply.error.message);
    const nudged: Task = reply.data.task;
    expect(nudged.due).toEqual({ date: '2026-12-08', time: '09:30' });
    expect(nudged.followUp).toEqual(followUp);
    expect(nudged.source).toEqual({ site: 'gmail', externalId: 't1' });
    expect(nudged.status).toBe('open');
  });
});
