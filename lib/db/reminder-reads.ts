// What the reminder plan reads: the open tasks whose reminder can fall between two instants
// (the last day, whose missed reminders still show, to a week ahead). Never the whole backlog:
// a rep with thousands of old overdue tasks has their reminders long behind them.
//
// A reminder is the due moment minus the task's offset (lib/reminders/schedule), so for one
// offset the due dates that can remind in [from, to] are the local dates of [from, to] shifted
// by that offset: one key range. Tasks without an offset are one range of [status, due.date];
// tasks with one (the [status, offset, due.date] index holds only those) are one range per
// distinct offset. Offsets are few (the UI offers a handful; an import may bring more), and
// each costs one index lookup to find plus the tasks that can actually remind.
import { todayLocal } from '../dates/today';
import type { Task } from '../model';
import type { TasklaneDb } from './schema';

const MS_PER_MINUTE = 60_000;
/** Sorts after every date string in IndexedDB's key order (arrays come after strings). */
const AFTER_ANY_DATE: string[] = [];

/** The calendar date the runtime's zone shows at instant `ms`. */
const dateAt = (ms: number) => todayLocal(new Date(ms));

/** Open tasks whose reminder may fall between the instants `from` and `to`, each once. */
export async function listOpenRemindable(db: TasklaneDb, from: number, to: number): Promise<Task[]> {
  const tx = db.transaction('tasks');
  const byDue = tx.store.index('by_status_due');
  const byOffset = tx.store.index('by_status_offset_due');
  const dueRange = (offsetMinutes: number) => [dateAt(from + offsetMinutes * MS_PER_MINUTE), dateAt(to + offsetMinutes * MS_PER_MINUTE)] as const;

  const reads: Promise<Task[]>[] = [];
  const [first, last] = dueRange(0);
  // Offset 0 and no reminder at all: the same due dates.
  reads.push(byDue.getAll(IDBKeyRange.bound(['open', first], ['open', last])));

  // One step per distinct offset: read its window, then jump past all of its keys.
  let cursor = await byOffset.openKeyCursor(IDBKeyRange.bound(['open', -Infinity], ['open', Infinity]));
  while (cursor) {
    const offset = cursor.key[1];
    if (offset !== 0) {
      const [start, end] = dueRange(offset);
      reads.push(byOffset.getAll(IDBKeyRange.bound(['open', offset, start], ['open', offset, end])));
    }
    cursor = await cursor.continue(['open', offset, AFTER_ANY_DATE] as unknown as [string, number, string]);
  }

  const byId = new Map<string, Task>();
  for (const rows of await Promise.all(reads)) for (const task of rows) byId.set(task.id, task);
  return [...byId.values()];
}
