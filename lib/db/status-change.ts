// The one place a stored task changes status. Every path — the popup's complete and Undo, a
// reminder's Complete button, bulk complete and reopen, a completion or reopen pulled from the
// CalDAV server, and later a reply that closes a follow-up — writes through writeTaskChange,
// inside its own transaction, so a routine task's series is kept the same way everywhere:
//
//  - completing a routine task makes its next occurrence and records its id on the completed
//    task (`nextOccurrenceId`); a task that already names an occurrence makes none, so
//    completing twice (or Complete → Undo → Complete) never leaves two;
//  - reopening takes that occurrence back if it is still open and untouched. If the rep has
//    already edited or completed it, it is theirs and stays; the reopened task keeps naming it,
//    so completing the old one again does not start a second copy of the series (the series
//    goes on from the occurrence the rep worked on). If it is gone (deleted, here or by sync),
//    the link is dropped and the next completion starts the series again.
//  - by sync, the link travels as X-TASKLANE-NEXT: a completion pulled with it was advanced on
//    another device and makes nothing here; one pulled without it (another app) is advanced
//    here, once, and pushed back naming its occurrence. A task that arrives already completed
//    (a new device's first sync, years of done occurrences) is taken as it is, never advanced.
//    When two devices advanced the same completion, the server's copy names the winner and the
//    other takes its own occurrence back if untouched.
//
// Imports are not status changes: a JSON backup restores tasks as they were, the link and the
// occurrence it names alike.
//
// The task, the occurrence made or removed (with its tombstone, for sync), the due counters and
// the sync queue are written in the caller's one transaction (through lib/db/task-write.ts):
// all of it lands, or none.
import type { LocalDate } from '../dates/local-date';
import type { FollowUp } from '../model';
import type { Task, TaskStatus } from '../model';
import { nextOccurrenceOf } from '../recurrence/next';
import type { TasklaneDb } from './schema';
import { putTask, removeTask, type TaskDeleteTx } from './task-write';
import { writeAtomically } from './transaction';

/** Any readwrite transaction over 'tasks', 'tombstones', the two counters and 'syncQueue' (the compiler checks it). */
export type TaskChangeTx = TaskDeleteTx;

export interface TaskChange {
  /** The task as stored. */
  task: Task;
  /** The next occurrence this completion made. */
  created?: Task;
  /** The occurrence this reopen took back (it was still open and untouched). */
  removedId?: string;
}

/** Every task a change wrote, for the change broadcast. */
export const changedIds = (change: TaskChange): string[] => [
  change.task.id,
  ...(change.created ? [change.created.id] : []),
  ...(change.removedId ? [change.removedId] : []),
];

export interface ChangeClock {
  now: number;
  /** The next occurrence's date of a routine task; its rule's (lib/recurrence) unless a test gives one. */
  nextDate?: (task: Task) => LocalDate | null;
}

/** The follow-up as it was before a reply was seen. */
export function waitingAgain(followUp: FollowUp): FollowUp {
  const { reply: _reply, ...rest } = followUp;
  return { ...rest, state: 'waiting' };
}

/** Made by a completion and not worked on since: the only kind a reopen may take back. */
const untouched = (task: Task) => task.status === 'open' && task.updatedAt === task.createdAt;

function occurrenceAfter(done: Task, date: LocalDate, now: number): Task {
  const { dedupeKey: _key, completedAt: _done, nextOccurrenceId: _next, ...rest } = done;
  return {
    ...rest,
    // A routine follow-up's next occurrence waits for the next reply, not the one just seen.
    ...(done.followUp ? { followUp: waitingAgain(done.followUp) } : {}),
    id: crypto.randomUUID(),
    title: done.recurrence?.seriesTitle ?? done.title,
    status: 'open',
    due: { ...done.due!, date },
    createdAt: now,
    updatedAt: now,
  };
}

/** Deletes the occurrence `id` if it is still untouched (with a tombstone, like any delete); true when it did. */
async function takeBack(tx: TaskChangeTx, id: string, now: number): Promise<boolean> {
  const next = await tx.objectStore('tasks').get(id);
  if (!next || !untouched(next)) return false;
  // Its tombstone lets a later sync delete it on the server and other devices too.
  await removeTask(tx, next, now);
  return true;
}

/**
 * Writes `after` (the caller's new version: an edit, a status flip, the server's copy) over the
 * stored `before` of the same task, and keeps its series as the header says. `after` may name
 * an occurrence in `nextOccurrenceId` (a server copy of a completion made on another device);
 * otherwise the stored one stands. When the series bookkeeping changes what `after` said, the
 * task's updatedAt moves past it: that is a change made here (a pulled completion advanced here
 * is pushed back naming its occurrence).
 */
export async function writeTaskChange(tx: TaskChangeTx, before: Task, after: Task, clock: ChangeClock): Promise<TaskChange> {
  const tasks = tx.objectStore('tasks');
  const task: Task = { ...after };
  const change: TaskChange = { task };
  const named = after.nextOccurrenceId !== undefined && after.nextOccurrenceId !== before.nextOccurrenceId ? after.nextOccurrenceId : undefined;
  let link = named ?? before.nextOccurrenceId;

  if (task.status === 'done' && before.status !== 'done') {
    task.completedAt ??= clock.now;
    // An occurrence the server names was made on another device and may arrive later in this
    // very pull: trusted. One known only here counts while it still exists.
    if (link && !named && !(await tasks.get(link))) link = undefined;
    const date = !link && task.recurrence && task.due ? (clock.nextDate ?? ((t) => nextOccurrenceOf(t, clock.now)))(task) : null;
    if (date) {
      change.created = occurrenceAfter(task, date, clock.now);
      await putTask(tx, undefined, change.created);
      link = change.created.id;
    }
  } else if (task.status === 'done') {
    task.completedAt ??= clock.now;
    // Two devices advanced the same completion before either heard of the other: the server's
    // copy names the one that got there first; ours goes if nobody has worked on it.
    if (named && before.nextOccurrenceId && (await takeBack(tx, before.nextOccurrenceId, clock.now))) change.removedId = before.nextOccurrenceId;
  } else {
    delete task.completedAt;
    // Reopening a follow-up that a reply closed: it waits for a reply again (lib/db/follow-up.ts).
    if (before.status === 'done' && task.followUp?.state === 'replied') task.followUp = waitingAgain(task.followUp);
    if (before.status === 'done' && link) {
      if (await takeBack(tx, link, clock.now)) change.removedId = link;
      // Kept when the rep has worked on it (see the header); forgotten when it is gone.
      if (change.removedId || !(await tasks.get(link))) link = undefined;
    }
  }

  if (link) task.nextOccurrenceId = link;
  else delete task.nextOccurrenceId;
  if (link !== after.nextOccurrenceId) task.updatedAt = Math.max(clock.now, after.updatedAt + 1);
  await putTask(tx, before, task);
  return change;
}

export interface StatusOptions extends ChangeClock {
  /** When it happened, if before `now` (a reply's arrival, a completion reported late). */
  at?: number;
}

/**
 * Sets one task's status in its own transaction, for callers that change nothing else: reply
 * detection will call `setTaskStatus(db, id, 'done', { now, at: repliedAt })`. Undefined when
 * there is no such task; an unchanged status writes nothing.
 */
export function setTaskStatus(db: TasklaneDb, id: string, status: TaskStatus, options: StatusOptions): Promise<TaskChange | undefined> {
  return writeAtomically(db, ['tasks', 'tombstones', 'dueCounts', 'targetCounts', 'syncQueue'], async (tx) => {
    const current = await tx.objectStore('tasks').get(id);
    if (!current || current.status === status) return current && { task: current };
    const { completedAt: _was, ...rest } = current;
    const after: Task = { ...rest, status, updatedAt: Math.max(options.now, current.updatedAt + 1) };
    if (status === 'done') after.completedAt = options.at ?? options.now;
    return writeTaskChange(tx, current, after, options);
  });
}
