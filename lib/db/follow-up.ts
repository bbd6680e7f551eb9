// Follow-ups that wait for a reply (issue 16), in the store. A reply closes a follow-up through
// the one status change (lib/db/status-change.ts), so a routine follow-up advances and Undo or
// Reopen take the occurrence back like any completion. A page's report is checked again here
// (defence in depth: the content script filters too) and is idempotent: a second report of the
// same reply, or of any reply once the task stopped waiting, changes nothing.
import type { FollowUp, ReplySeen, Settings, Task } from '../model';
import type { TasklaneDb } from './schema';
import { waitingAgain, writeTaskChange, type TaskChange } from './status-change';

export { waitingAgain };
import { writeAtomically } from './transaction';

export type ReplyAction = Settings['replyAction'];

export interface ReplyResult {
  outcome: 'completed' | 'flagged' | 'ignored';
  change?: TaskChange;
}

const STORES = ['tasks', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue'] as const;

/** Whether a reply from `reply.from` dated `reply.at` answers this task's follow-up. */
export function answers(task: Task, reply: Pick<ReplySeen, 'from' | 'at'>): boolean {
  const followUp = task.followUp;
  if (!followUp || !followUp.closeOnReply || followUp.state !== 'waiting' || task.status !== 'open') return false;
  // A message dated before the task was made is the one the rep was answering, not an answer.
  if (reply.at < task.createdAt) return false;
  return followUp.people.includes(reply.from.trim().toLowerCase());
}

/**
 * Marks the task replied: completed by default, or (action 'flag', the rep's setting) left
 * open with state 'replied'. 'ignored' when the reply does not answer it (see `answers`).
 */
export function markReplied(db: TasklaneDb, taskId: string, reply: ReplySeen, options: { now: number; action: ReplyAction }): Promise<ReplyResult> {
  return writeAtomically(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('tasks').get(taskId);
    if (!current || !answers(current, reply)) return { outcome: 'ignored' as const };
    const followUp: FollowUp = { ...current.followUp!, state: 'replied', reply };
    const after: Task = { ...current, followUp, updatedAt: Math.max(options.now, current.updatedAt + 1) };
    if (options.action === 'complete') {
      after.status = 'done';
      // Completed when the reply came, not when the rep happened to open the page.
      after.completedAt = Math.min(reply.at, options.now);
    }
    const change = await writeTaskChange(tx, current, after, { now: options.now });
    return { outcome: options.action === 'complete' ? ('completed' as const) : ('flagged' as const), change };
  });
}

/**
 * Reopen after a reply: the follow-up waits again (its reply forgotten) and a completed task
 * opens (taking back an untouched next occurrence). Undefined when there is no such task.
 */
export function reopenFollowUp(db: TasklaneDb, taskId: string, now: number): Promise<TaskChange | undefined> {
  return writeAtomically(db, [...STORES], async (tx) => {
    const current = await tx.objectStore('tasks').get(taskId);
    if (!current) return undefined;
    const after: Task = { ...current, status: 'open', updatedAt: Math.max(now, current.updatedAt + 1) };
    if (current.followUp) after.followUp = waitingAgain(current.followUp);
    return writeTaskChange(tx, current, after, { now });
  });
}

/**
 * Open follow-ups waiting for a reply with "close when they reply" on, newest first, at most
 * `limit`: one key range of the [followUp.state, status, createdAt] index (schema version 8),
 * which holds only tasks with a follow-up.
 */
export async function listWaitingFollowUps(db: TasklaneDb, limit: number): Promise<Task[]> {
  const range = IDBKeyRange.bound(['waiting', 'open', 0], ['waiting', 'open', Infinity]);
  const waiting = await db.transaction('tasks').store.index('by_followup').getAll(range);
  const found = waiting.filter((t) => t.followUp?.closeOnReply);
  found.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return found.slice(0, limit);
}

/** Every replied follow-up's key in by_followup ([state, status, createdAt]): ['replied'] sorts
 *  before them, ['replied', []] (an array) after any status string. */
const REPLIED = () => IDBKeyRange.bound(['replied'], ['replied', []]);

/** Up to this many replied follow-ups are read as they are; past it, only those written since. */
const READ_REPLIED_UP_TO = 50;

/**
 * Follow-ups marked replied whose reply was seen at or after `since` (completed or flagged).
 * It used to read every task written since `since` and keep the replied ones: after a bulk
 * edit or an import that was thousands of records on each popup open, for none or a few
 * shown. Now the replied follow-ups' keys come first (usually none: nothing else is read); when
 * there are many, only those also written since `since` are read (a reply writes the task, so
 * its updatedAt is at least the reply's seenAt) — keys against keys, no task read to decide.
 */
export async function listRepliedSince(db: TasklaneDb, since: number): Promise<Task[]> {
  const store = db.transaction('tasks').store;
  let ids = await store.index('by_followup').getAllKeys(REPLIED());
  if (ids.length > READ_REPLIED_UP_TO) {
    const updated = store.index('by_status_updated');
    const written = await Promise.all((['open', 'done'] as const).map((status) => updated.getAllKeys(IDBKeyRange.bound([status, since], [status, Infinity]))));
    const recent = new Set(written.flat());
    ids = ids.filter((id) => recent.has(id));
  }
  const tasks = await Promise.all(ids.map((id) => store.get(id)));
  return tasks.filter((t): t is Task => t?.followUp?.state === 'replied' && (t.followUp.reply?.seenAt ?? 0) >= since);
}
