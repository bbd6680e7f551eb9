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
  /** After a task change: rebuild, and tell the tabs if what they watch changed. */
  invalidate(): void;
}

export function createFollowUpWatch(getDb: () => Promise<TasklaneDb>, push: () => Promise<void>, delayMs = 300): FollowUpWatch {
  let cached: Promise<{ tasks: Task[]; truncated: boolean }> | null = null;
  /** What pages were last told about (null: unknown, as in a fresh worker). */
  let told: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = async () => {
    const tasks = await listWaitingFollowUps(await getDb(), MAX_WATCH_ENTRIES + 1);
    return { tasks: tasks.slice(0, MAX_WATCH_ENTRIES), truncated: tasks.length > MAX_WATCH_ENTRIES };
  };
  const waiting = () => {
    const current = (cached ??= load());
    // A failed read is not kept: the next ask tries again.
    current.catch(() => {
      if (cached === current) cached = null;
    });
    return current;
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
    invalidate() {
      // Readers after a change never get the set from before it.
      cached = null;
      // Many changes in a row (an import, a sync pull, a bulk edit) make one push.
      clearTimeout(timer);
      timer = setTimeout(() => void recheck().catch((error) => console.error('[tasklane] follow-up watch', error)), delayMs);
    },
  };
}
