// The popup asks for target.list on every open and every change: its progress must come from the
// current period alone — the per-day counters of its days (schema 9), never every task ever
// filed under a value. Run under several time zones by npm run test:tz (the period is the rep's).
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import type { Target, TaskDraft } from '@/lib/model';
import { makeRouter } from '../../helpers/router';
import { countReads } from '../../helpers/read-counter';

const NOW = Date.parse('2026-11-26T10:00:00');
const at = (iso: string) => Date.parse(iso);
const draft = (over: Partial<TaskDraft> = {}): TaskDraft => ({ title: 'call', notes: '', priority: 'normal', categories: { goal: 'new_customer', customer: 'b2b' }, ...over });
const target = (over: Partial<Target>): Target => ({ id: crypto.randomUUID(), dimension: 'goal', value: 'new_customer', period: 'week', count: 20, metric: 'completed', ...over });

let router: Awaited<ReturnType<typeof makeRouter>>;
let database: db.TasklaneDb;

async function done(createdIso: string, completedIso: string, over: Partial<TaskDraft> = {}) {
  const { task } = await db.createTask(database, draft(over), undefined, at(createdIso));
  await db.updateTask(database, task.id, { status: 'done' }, at(completedIso));
}

beforeEach(async () => {
  router = await makeRouter(() => NOW);
  database = await router.getDb();
  // A year of history under the same values, all before this quarter.
  for (let i = 0; i < 300; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 8)).padStart(2, '0');
    await done(`2026-${month}-${day}T09:00:00`, `2026-${month}-${day}T15:00:00`);
  }
  // This week (Mon 23 – Sun 29 November): three completed, one of them created last month.
  await done('2026-11-23T09:00:00', '2026-11-23T11:00:00');
  await done('2026-11-24T09:00:00', '2026-11-25T16:00:00');
  await done('2026-10-02T09:00:00', '2026-11-26T08:00:00');
  // Created this week and still open; one completed and reopened (it no longer counts as
  // completed); and one open under another value.
  await db.createTask(database, draft(), undefined, at('2026-11-25T09:00:00'));
  const { task: reopened } = await db.createTask(database, draft(), undefined, at('2026-11-24T10:00:00'));
  await db.updateTask(database, reopened.id, { status: 'done' }, at('2026-11-24T12:00:00'));
  await db.updateTask(database, reopened.id, { status: 'open' }, at('2026-11-24T13:00:00'));
  // Sunday 23:30 and the next Monday 00:30 on the rep's clock: in and out of this week.
  await done('2026-11-29T08:00:00', '2026-11-29T23:30:00');
  await done('2026-11-30T00:10:00', '2026-11-30T00:30:00');
  await db.createTask(database, draft({ categories: { goal: 'payment_collection' } }), undefined, at('2026-11-25T09:00:00'));
});

describe('target.list', () => {
  it('counts the current period\'s tasks from its days\' counters, reading no task', async () => {
    const targets = [
      target({}),
      target({ metric: 'created' }),
      target({ dimension: 'customer', value: 'b2b', period: 'month' }),
      target({ dimension: 'goal', value: 'new_customer', period: 'quarter', metric: 'created' }),
    ];
    for (const t of targets) expect((await router.send('optionsTab', 'target.save', { target: t })).ok).toBe(true);

    const reads = countReads();
    const reply = await router.send('popup', 'target.list', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const done = (t: Target) => reply.data.targets.find((p) => p.target.id === t.id)!.done;
    // Completed this week: Monday's, Wednesday's, Thursday's
    // (created last month) and Sunday 23:30's; not the reopened one, not Monday next week's.
    expect(done(targets[0]!)).toBe(4);
    // Created this week: Monday's, Tuesday's, the open one, the reopened one, Sunday's.
    expect(done(targets[1]!)).toBe(5);
    // b2b completed this month: the four of this week and the one on 30 November.
    expect(done(targets[2]!)).toBe(5);
    // Created this quarter: those five, the one of 2 October, the one of 30 November.
    expect(done(targets[3]!)).toBe(7);
    // No task or index key is read; the counter rows read are this period's days with something
    // counted (never the 300 days before it): a row per metric and day, each span read once.
    expect(reads.values.tasks ?? 0).toBe(0);
    expect(reads.keys.tasks ?? 0).toBe(0);
    expect(reads.values.targetCounts ?? 0).toBeLessThanOrEqual(7 + 7 + 30 + 92);

    // The popup asks for this week's alone: the month's and quarter's windows are not read.
    reads.reset();
    const weekly = await router.send('popup', 'target.list', { period: 'week' });
    expect(weekly.ok && weekly.data.targets.map((p) => p.target.id).sort()).toEqual([targets[0]!.id, targets[1]!.id].sort());
    expect(reads.values.tasks ?? 0).toBe(0);
    expect(reads.values.targetCounts ?? 0).toBeLessThanOrEqual(7 + 7);
  });
});
