// The background half of follow-ups that close themselves (issue 16): the watch set a page asks
// for, and a page's report of a reply — checked again in the store (lib/db/follow-up.ts), then
// the change broadcast and the rep told, with Reopen.
import * as db from '../db';
import { nudgeDue } from '../dates/snooze';
import { startOfLocalDay, todayLocal } from '../dates/today';
import { MAX_WATCH_ENTRIES, ProtocolError } from '../messages';
import type { FOLLOW_UP_REQUESTS } from '../messages/requests/follow-up';
import type { Handlers } from '../messages/router';
import type { Task, TaskPatch } from '../model';
import { switchCloseOnReply } from './follow-up-defaults';
import type { HandlerDeps } from './handlers';
import { showReplied } from './follow-up-notifications';
import { stringsOf } from './strings';
import { watchEntriesFor } from './follow-up-watch';
import { withContacts } from './manage/task-views';

const notFound = () => new ProtocolError({ code: 'not_found', key: 'errorTaskGone', message: 'That task no longer exists.' });

export type FollowUpHandlers = Pick<Handlers, keyof typeof FOLLOW_UP_REQUESTS>;

/** Who answered, as the notification names them: the contact's name, else the address. */
async function personLabel(database: db.TasklaneDb, task: Task, from: string): Promise<string> {
  const contact = task.contactId ? (await db.getContacts(database, [task.contactId])).get(task.contactId) : undefined;
  return contact?.email === from && contact.name ? contact.name : from;
}

/**
 * A patch's "close when they reply" switch as the follow-up it means (follow-up-defaults.ts).
 * Turning it on for a task whose person has no address is refused: nothing could be watched.
 */
export async function resolveCloseOnReply(database: db.TasklaneDb, id: string, patch: TaskPatch): Promise<TaskPatch> {
  if (patch.closeOnReply === undefined || patch.followUp !== undefined) return patch;
  const task = await db.getTask(database, id);
  if (!task) return patch;
  const contact = task.contactId ? (await db.getContacts(database, [task.contactId])).get(task.contactId) : undefined;
  const followUp = switchCloseOnReply(task, patch.closeOnReply, contact?.email);
  if (followUp === null) throw new ProtocolError({ code: 'bad_request', key: 'errorNoAddressToWatch', message: 'This task has no email address to watch for a reply.' });
  return followUp ? { ...patch, followUp } : patch;
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
      const { outcome } = result;
      const person = await personLabel(database, task, from);
      // The task is closed whether or not the browser shows the notification (in the rep's language).
      await stringsOf(database)
        .then(({ t }) => showReplied(task, person, outcome, t))
        .catch((error) => console.error('[tasklane] reply notification', error));
      return { outcome, task };
    },
    async 'followUp.list'({ limit }) {
      const database = await deps.getDb();
      const today = todayLocal(new Date(deps.now()));
      const [{ tasks }, replied] = await Promise.all([waiting(), db.listRepliedSince(database, startOfLocalDay(today))]);
      replied.sort((a, b) => (b.followUp?.reply?.seenAt ?? 0) - (a.followUp?.reply?.seenAt ?? 0));
      const [waitingViews, repliedViews] = await Promise.all([withContacts(database, tasks.slice(0, limit)), withContacts(database, replied.slice(0, limit))]);
      return { waiting: waitingViews, repliedToday: repliedViews, today };
    },
    async 'followUp.reopen'({ id }) {
      const change = await db.reopenFollowUp(await deps.getDb(), id, deps.now());
      if (!change) throw notFound();
      deps.broadcast('task', db.changedIds(change));
      return { task: change.task };
    },
    async 'followUp.nudge'({ id }) {
      const database = await deps.getDb();
      const task = await db.getTask(database, id);
      if (!task) throw notFound();
      const change = await db.updateTask(database, id, { due: nudgeDue(task.due, new Date(deps.now())) }, deps.now());
      if (!change) throw notFound();
      deps.broadcast('task', db.changedIds(change));
      return { task: change.task };
    },
  };
}
