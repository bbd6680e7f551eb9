// Every past schema version must open at the current version with its data intact. When the
// schema changes, save tests/fixtures/db/vN.json for the version being left and list it here.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { listOpenRemindable } from '@/lib/db/reminder-reads';
import { reminderAt } from '@/lib/reminders/schedule';
import { QUEUE_MARKER } from '@/lib/db/sync-queue';
import type { Task } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { restoreSnapshot, type DbSnapshot } from '../../helpers/db-snapshot';
import { recountDue, storedDueCounts } from '../../helpers/due-recount';
import { recountTargets, storedTargetCounts } from '../../helpers/target-recount';
import { startOfLocalDay, todayLocal } from '@/lib/dates/today';
import { addDays } from '@/lib/dates/local-date';
import { DROPPED_IN_9 } from '@/lib/db/scan-indexes';
import { TARGET_COUNTS_MARKER } from '@/lib/db/target-counts';

const load = (version: number): DbSnapshot =>
  JSON.parse(readFileSync(new URL(`../../fixtures/db/v${version}.json`, import.meta.url), 'utf8'));

const PAST_VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8];

beforeEach(freshIndexedDb);

describe.each(PAST_VERSIONS)('a saved version-%i database', (version) => {
  it(`opens at version ${db.DB_VERSION} with its tasks, contacts, tombstones and settings intact`, async () => {
    const snapshot = load(version);
    await restoreSnapshot(db.DB_NAME, snapshot);

    const database = await db.openTasklaneDb();
    expect(database.version).toBe(db.DB_VERSION);
    // Every store of records the rep made comes through whole (categories and templates are
    // checked below: seeding may add to them).
    const kept = ['tasks', 'tombstones', 'contacts', 'targets', 'syncItems', 'syncConflicts'] as const;
    for (const store of kept.filter((name) => name in snapshot.stores)) {
      const saved = snapshot.stores[store]!.records;
      expect(await database.getAll(store), store).toEqual(expect.arrayContaining(saved as never[]));
      expect(await database.count(store)).toBe(saved.length);
    }
    expect((await db.getSettings(database)).resellerDomains).toEqual(['channel-partner.example']);

    // The indexes still answer the queries the product runs.
    const due = await db.listDue(database, '2026-11-28', 50);
    expect(due.overdue.map((t) => t.title)).toEqual(['Follow up: Q4 pricing']);
    expect(await db.listByCategory(database, 'goal', 'payment_collection')).toHaveLength(1);
    expect((await db.listDueOverview(database, '2026-11-28', 50)).countsByGoal).toEqual({ new_customer: 1 });

    // The due counters (version 5) were built on open from the saved tasks, and marked built.
    expect(await storedDueCounts(database)).toEqual(await recountDue(database));
    expect(await database.get('meta', db.DUE_COUNTS_MARKER)).toMatchObject({ version: 1 });
    const openWithDate = (snapshot.stores.tasks!.records as Task[]).filter((t) => t.status === 'open' && t.due);
    expect((await db.countDueUpTo(database, '2099-12-31')).total).toBe(openWithDate.length);

    // The reminder index (version 6) holds the saved tasks with a reminder offset, and the
    // reminder plan's read finds each around its reminder time however far from its due date.
    const withOffset = (snapshot.stores.tasks!.records as Task[]).filter((t) => t.status === 'open' && t.due && t.reminder);
    expect(await database.countFromIndex('tasks', 'by_status_offset_due')).toBe(withOffset.length);
    for (const task of withOffset) {
      const at = reminderAt(task, '09:00')!;
      expect((await listOpenRemindable(database, at - 3_600_000, at + 3_600_000)).map((t) => t.id)).toContain(task.id);
    }
    // Version 7: the sync queue starts empty and unmarked (the next sync seeds it), and the
    // new indexes hold the saved tasks: by status and creation, by value, status and creation.
    expect(await database.count('syncQueue')).toBe(0);
    expect(await database.get('syncMeta', QUEUE_MARKER)).toBeUndefined();
    const saved = snapshot.stores.tasks!.records as Task[];
    expect(await database.countFromIndex('tasks', 'by_status_created', IDBKeyRange.bound(['open', 0], ['open', Infinity]))).toBe(saved.filter((t) => t.status === 'open').length);
    expect(await database.countFromIndex('tasks', 'by_goal_status_created', IDBKeyRange.bound(['new_customer'], ['new_customer', []]))).toBe(saved.filter((t) => t.categories.goal === 'new_customer').length);
    // Version 8: the follow-up index holds exactly the saved tasks with a follow-up, and the
    // waiting ones are found through it.
    const withFollowUp = saved.filter((t) => t.followUp);
    expect(await database.countFromIndex('tasks', 'by_followup')).toBe(withFollowUp.length);
    expect((await db.listWaitingFollowUps(database, 300)).map((t) => t.id)).toEqual(
      withFollowUp.filter((t) => t.status === 'open' && t.followUp!.state === 'waiting').map((t) => t.id),
    );
    // The version-1 index per value is gone: those prefixes answer its lookups (listByCategory above).
    expect([...database.transaction('tasks').store.indexNames].filter((name) => /^by_(goal|cycle|customer|channel)$/.test(name))).toEqual([]);

    // Version 9: the twins, the per-value completion indexes and the per-goal due index are gone;
    // the first target count built the target counters from the saved tasks (marked with the
    // zone), and a target's progress and the table's every-status sorts come out as before.
    const indexNames = [...database.transaction('tasks').store.indexNames];
    expect(indexNames.filter((name) => DROPPED_IN_9.includes(name))).toEqual([]);
    expect(indexNames).toHaveLength(11);
    const paid = saved.find((t) => t.status === 'done' && t.categories.goal === 'payment_collection')!;
    const day = todayLocal(new Date(paid.completedAt!));
    const window = (from: string, to: string) => ({ dimension: 'goal' as const, value: 'payment_collection', metric: 'completed' as const, from: startOfLocalDay(from), to: startOfLocalDay(to) });
    expect(await db.countInWindows(database, [window(day, addDays(day, 1)), window(addDays(day, 1), addDays(day, 8))])).toEqual([1, 0]);
    expect(await storedTargetCounts(database)).toEqual(await recountTargets(database));
    expect(await database.get('meta', TARGET_COUNTS_MARKER)).toMatchObject({ version: 1, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    const byCreation = [...saved].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id)).map((t) => t.id);
    const page = await db.queryTasks(database, { status: 'all', sort: 'created', offset: 0, limit: 50 });
    expect(page.tasks.map((t) => t.id)).toEqual(byCreation);

    // The rep's renamed category survives; defaults never seeded before are added.
    const categories = await db.listCategories(database);
    expect(categories.find((c) => c.id === 'new_customer')?.labels.en).toBe('Prospects');
    expect(categories.find((c) => c.id === 'existing_customer')).toBeUndefined();
    expect(categories.find((c) => c.id === 'b2c')).toBeDefined();
  });
});
