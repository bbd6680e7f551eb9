// The background half of follow-ups that close themselves (issue 16): the watch set a page asks
// for, and a page's report of a reply — checked again in the store (lib/db/follow-up.ts), then
// the change broadcast and the rep told, with Reopen.
import * as db from '../db';
import { MAX_WATCH_ENTRIES } from '../messages';
import type { FOLLOW_UP_REQUESTS } from '../messages/requests/follow-up';
import type { Handlers } from '../messages/router';
import type { Task } from '../model';
import type { HandlerDeps } from './handlers';
import { showReplied } from './follow-up-notifications';
import { watchEntriesFor } from './follow-up-watch';

export type FollowUpHandlers = Pick<Handlers, keyof typeof FOLLOW_UP_REQUESTS>;

/** Who answered, as the notification names them: the contact's name, else the address. */
async function personLabel(database: db.TasklaneDb, task: Task, from: string): Promise<string> {
  const contact = task.contactId ? (await db.getContacts(database, [task.contactId])).get(task.contactId) : undefined;
  return contact?.email === from && contact.name ? contact.name : from;
}

export function createFollowUpHandlers(deps: HandlerDeps): FollowUpHandlers {
  const waiting = async () => {
    if (deps.followUpWatch) return deps.followUpWatch.waiting();
    const tasks = await db.listWaitingFollowUps(await deps.getDb(), MAX_WATCH_ENTRIES + 1);
    return { tasks: tasks.slice(0, MAX_WATCH_ENTRIES), truncated: tasks.length > MAX_WATCH_ENTRIES };
  };
  return {
    async 'followUp.watchSet'({ site }) {
      const { tasks, truncated } = await waiting();
      return { entries: watchEntriesFor(tasks, site), truncated };
    },
    async 'followUp.replySeen'({ taskId, from, at, site, url }) {
      const database = await deps.getDb();
      const now = deps.now();
      const { replyAction } = await db.getSettings(database);
      const reply = { at, seenAt: now, from, site, ...(url ? { url } : {}) };
      const result = await db.markReplied(database, taskId, reply, { now, action: replyAction });
      if (result.outcome === 'ignored' || !result.change) return { outcome: 'ignored' };
      deps.broadcast('task', db.changedIds(result.change));
      const task = result.change.task;
      const person = await personLabel(database, task, from);
      // The task is closed whether or not the browser shows the notification.
      await showReplied(task, person, result.outcome).catch((error) => console.error('[tasklane] reply notification', error));
      return { outcome: result.outcome, task };
    },
  };
}
