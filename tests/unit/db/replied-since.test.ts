// The popup's "Replied today" read (lib/db/follow-up.ts listRepliedSince): the same answer with a
// few replied follow-ups (read as they are) and with many (only those written since the day's
// start), and no task read at all when nothing was ever replied, however many were written today.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBIndex as FakeIndex, IDBObjectStore as FakeStore } from 'fake-indexeddb';
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';

const HOUR = 3_600_000;
const DAY_START = Date.UTC(2026, 11, 7);

const waitingDraft = (i: number): TaskDraft => ({
  title: `Waiting ${i}`,
  notes: '',
  priority: 'normal',
  categories: {},
  followUp: { closeOnReply: true, state: 'waiting', people: [`p${i}@example.com`], subjectKey: `s ${i}` },
});

let database: db.TasklaneDb;
beforeEach(async () => {
  freshIndexedDb();
  database = await db.openTasklaneDb();
});
afterEach(() => vi.restoreAllMocks());

/** `count` follow-ups made the day before; those in `repliedAt` get a reply seen then (flagged or completed). */
async function seed(count: number, repliedAt: (i: number) => number | undefined): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { task } = await db.createTask(database, waitingDraft(i), undefined, DAY_START - 20 * HOUR);
    ids.push(task.id);
    const seenAt = repliedAt(i);
    if (seenAt === undefined) continue;
    const reply = { at: seenAt - HOUR, seenAt, from: `p${i}@example.com`, site: 'gmail' as const };
    const result = await db.markReplied(database, task.id, reply, { now: seenAt, action: i % 2 ? 'complete' : 'flag' });
    expect(result.outcome).not.toBe('ignored');
  }
  return ids;
}

const repliedToday = async () => (await db.listRepliedSince(database, DAY_START)).map((t) => t.id).sort();

describe('listRepliedSince', () => {
  it('lists follow-ups whose reply was seen since the day began, open or completed, not earlier ones', async () => {
    // Every third replied today, every third yesterday, the rest still waiting.
    const ids = await seed(9, (i) => (i % 3 === 0 ? DAY_START + (i + 1) * HOUR : i % 3 === 1 ? DAY_START - 2 * HOUR : undefined));
    expect(await repliedToday()).toEqual([ids[0], ids[3], ids[6]].sort());
  });

  it('gives the same answer past the number it reads as they are: only those written since then', async () => {
    const ids = await seed(130, (i) => (i % 2 === 0 ? DAY_START + HOUR + i : DAY_START - HOUR - i));
    // A follow-up replied yesterday but edited today (written since, reply not): still not today's.
    await db.updateTask(database, ids[1]!, { title: 'Edited today' }, DAY_START + 5 * HOUR);
    expect(await repliedToday()).toEqual(ids.filter((_, i) => i % 2 === 0).sort());
  });

  it('reads no task when nothing was ever replied, however many were written today', async () => {
    await seed(60, () => undefined);
    for (let i = 0; i < 40; i++) await db.createTask(database, { ...waitingDraft(100 + i), followUp: undefined }, undefined, DAY_START + HOUR);
    const reads = [vi.spyOn(FakeStore.prototype, 'get'), vi.spyOn(FakeStore.prototype, 'getAll'), vi.spyOn(FakeIndex.prototype, 'getAll'), vi.spyOn(FakeIndex.prototype, 'get')];
    expect(await repliedToday()).toEqual([]);
    expect(reads.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
  });
});
