// The watch set: what a page of one site must look for to see a follow-up's answer (issue 16).
// Built from the waiting follow-ups, cached in the worker (a walk of the open tasks; see
// lib/db/follow-up.ts) and rebuilt after task changes. When it changes, every tab is told to ask
// again (lib/background/broadcast.ts); a page never sees the tasks themselves.
import { listWaitingFollowUps, type TasklaneDb } from '../db';
import { MAX_WATCH_ENTRIES, type WatchEntry } from '../messages';
import type { SourceSite, Task } from '../model';

/**
 * The entries a page of `site` watches. A thread id means something only on the site that made
 * it; on another site a follow-up is watched by its subject, or not at all (a person alone would
 * match their messages in any thread).
 */
export function watchEntriesFor(tasks: readonly Task[], site: SourceSite): WatchEntry[] {
  const entries: WatchEntry[] = [];
  for (const task of tasks) {
    const f = task.followUp;
    if (!f || !f.closeOnReply || f.state !== 'waiting' || task.status !== 'open' || !f.people.length) continue;
    const sameSite = task.source?.site === site;
    const threadId = sameSite ? f.threadId : undefined;
    if (!threadId && !f.subjectKey) continue;
    entries.push({
      taskId: task.id,
      people: f.people,
      ...(threadId ? { threadId } : {}),
      ...(f.subjectKey ? { subjectKey: f.subjectKey } : {}),
      since: task.createdAt,
    });
  }
  return entries;
}

/** What decides whether pages must ask again: the fields of waiting follow-ups they watch. */
export function watchSignature(tasks: readonly Task[]): string {
  return tasks
    .map((t) => [t.id, t.source?.site, t.followUp?.threadId, t.followUp?.subjectKey, t.followUp?.people.join(','), t.createdAt].join('|'))
    .sort()
    .join('\n');
}

export interface FollowUpWatch {
  /** The waiting follow-ups, newest first (cached), and whether more were left out. */
  waiting(): Promise<{ tasks: Task[]; truncated: boolean }>;
  /**
   * After a task change: `ids` are the tasks written (unknown or many: the set is read again).
   * Tells the tabs if what they watch changed.
   */
  invalidate(ids?: readonly string[]): void;
}

type WatchSet = { tasks: Task[]; truncated: boolean };

/** Past this many changed tasks the set is read again rather than patched. */
const PATCH_UP_TO = 100;

const isWatched = (task: Task | undefined): task is Task =>
  !!task && task.status === 'open' && task.followUp?.state === 'waiting' && task.followUp.closeOnReply;

/** The set with the changed tasks taken out and, where they still wait, put back in order. */
export function patchWatchSet(set: WatchSet, ids: readonly string[], current: readonly (Task | undefined)[]): WatchSet {
  const changed = new Set(ids);
  const tasks = set.tasks.filter((t) => !changed.has(t.id)).concat(current.filter(isWatched));
  tasks.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  return { tasks: tasks.slice(0, MAX_WATCH_ENTRIES), truncated: set.truncated || tasks.length > MAX_WATCH_ENTRIES };
}

/**
 * The cached set. Loading it walks the open tasks (no index on the follow-up); after that a
 * change of a few tasks reads only those, so an edit never costs a walk of every open task.
 */
export function createFollowUpWatch(getDb: () => Promise<TasklaneDb>, push: () => Promise<void>, delayMs = 300): FollowUpWatch {
  let cached: Promise<WatchSet> | null = null;
  /** What pages were last told about (null: unknown, as in a fresh worker). */
  let told: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = async (): Promise<WatchSet> => {
    const tasks = await listWaitingFollowUps(await getDb(), MAX_WATCH_ENTRIES + 1);
    return { tasks: tasks.slice(0, MAX_WATCH_ENTRIES), truncated: tasks.length > MAX_WATCH_ENTRIES };
  };
  const keep = (next: Promise<WatchSet>) => {
    cached = next;
    // A failed read is not kept: the next ask reads again.
    next.catch(() => {
      if (cached === next) cached = null;
    });
    return next;
  };
  const waiting = () => cached ?? keep(load());
  const patch = async (before: Promise<WatchSet>, ids: readonly string[]): Promise<WatchSet> => {
    const set = await before;
    // A truncated set cannot be patched: a task leaving it would leave room for one it never held.
    if (set.truncated) return load();
    const tx = (await getDb()).transaction('tasks');
    const current = await Promise.all(ids.map((id) => tx.store.get(id)));
    return patchWatchSet(set, ids, current);
  };
  const recheck = async () => {
    const signature = watchSignature((await waiting()).tasks);
    // Unknown before (a fresh worker): pages may hold a set from before it stopped, so tell them.
    if (signature === told) return;
    told = signature;
    await push();
  };
  return {
    waiting,
    invalidate(ids) {
      // Readers after a change never get the set from before it.
      const before = cached;
      if (before && ids?.length && ids.length <= PATCH_UP_TO) keep(patch(before, ids).catch(() => load()));
      else cached = null;
      // Many changes in a row (an import, a sync pull, a bulk edit) make one push.
      clearTimeout(timer);
      timer = setTimeout(() => void recheck().catch((error) => console.error('[tasklane] follow-up watch', error)), delayMs);
    },
  };
}
