// Push: send every task the queue names that was edited here since it last matched the server,
// and every delete. Creates use If-None-Match: * at a URL made from the task id, updates and
// deletes If-Match with the linked ETag, so a retried request can never make a second copy or
// overwrite a change it has not seen. A refused precondition means the server changed: the item
// is read again and settled like a pulled change; the caller runs another round for what is
// left. Each link written settles the task's place in the queue (lib/db/sync-queue.ts).
import { getContacts } from '../db';
import { queuedIds, settleQueuedIds } from '../db/sync-queue';
import { deleteSyncItem, forgetPushedDelete, putSyncItem } from '../db/sync-store';
import type { Task } from '../model';
import { hrefFor, type SyncContext } from './context';
import { isDirty, Picture } from './picture';
import { applyRemoteGone, applyRemoteItem } from './reconcile';
import type { SyncItem } from './records';
import { taskToVtodo } from './vtodo-write';

/** Requests in flight at once: fast on a local server, gentle on a hosted one. */
const PARALLEL = 6;

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/** Reads the server's current copy again and settles it like a pulled change. */
async function reread(ctx: SyncContext, href: string, picture: Picture): Promise<void> {
  const [remote] = await ctx.client.fetchItems(ctx.collectionUrl, [href]);
  if (remote) await applyRemoteItem(ctx, remote, picture, {});
  else await applyRemoteGone(ctx, href, picture);
}

async function pushTask(ctx: SyncContext, task: Task, item: SyncItem | undefined, picture: Picture): Promise<boolean> {
  const uid = item?.uid ?? task.id;
  const href = item?.href ?? hrefFor(ctx.collectionUrl, uid);
  const contact = task.contactId ? ctx.contacts.get(task.contactId) : undefined;
  const ics = taskToVtodo(task, uid, item?.ics, { labelOf: await ctx.labels(), now: ctx.now(), ...(contact ? { contact } : {}) });
  const outcome = await ctx.client.putItem(href, ics, item?.etag);
  if (outcome.status === 'ok') {
    const link: SyncItem = { taskId: task.id, href, uid, ics, syncedUpdatedAt: task.updatedAt, ...(outcome.etag ? { etag: outcome.etag } : {}) };
    await putSyncItem(ctx.db, link, ctx.now());
    ctx.report.pushed++;
    return true;
  }
  if (outcome.status === 'refused') {
    const title = task.title.slice(0, 80);
    ctx.report.skipped.push({ href, problem: `The server refused to store “${title}” (HTTP ${outcome.httpStatus}).`, key: 'syncSkip_refused', params: [title, String(outcome.httpStatus)] });
    return true; // Still queued: tried again on the next sync; the rest goes on.
  }
  await reread(ctx, href, picture);
  return false;
}

async function pushDelete(ctx: SyncContext, item: SyncItem, picture: Picture): Promise<boolean> {
  const outcome = await ctx.client.deleteItem(item.href, item.etag);
  if (outcome.status === 'precondition_failed') {
    await reread(ctx, item.href, picture);
    return false;
  }
  // Deleted (or already gone): the tombstone has done its job.
  await forgetPushedDelete(ctx.db, item.taskId, ctx.now());
  ctx.report.deleted++;
  return true;
}

/** One round over the queue; returns true when everything went through (no precondition refused). */
export async function pushRound(ctx: SyncContext): Promise<boolean> {
  const ids = await queuedIds(ctx.db);
  if (!ids.length) return true;
  const picture = new Picture(ctx.db);
  await picture.load({ taskIds: ids });
  const edits = ids.flatMap((id) => {
    const task = picture.tasks.get(id);
    return task && isDirty(task, picture.itemsByTask.get(id)) ? [task] : [];
  });
  const deletes = ids.flatMap((id) => {
    const item = picture.itemsByTask.get(id);
    return item && !picture.tasks.has(id) ? [item] : [];
  });
  // Queued but matching the server already (edited, then the server's copy was taken).
  const pending = new Set([...edits.map((t) => t.id), ...deletes.map((i) => i.taskId)]);
  const settled = ids.filter((id) => !pending.has(id));
  if (settled.length) await settleQueuedIds(ctx.db, settled, ctx.now());
  await loadContacts(ctx, edits);

  let done = true;
  await inParallel(edits, async (task) => {
    if (!(await pushTask(ctx, task, picture.itemsByTask.get(task.id), picture))) done = false;
  });
  await inParallel(deletes, async (item) => {
    // A link whose task left no tombstone (all data deleted) is forgotten, not deleted remotely.
    if (!picture.tombstones.has(item.taskId)) return deleteSyncItem(ctx.db, item.taskId, ctx.now());
    if (!(await pushDelete(ctx, item, picture))) done = false;
  });
  return done;
}

/** The people of the tasks about to be sent (CONTACT lines), read once per sync. */
async function loadContacts(ctx: SyncContext, tasks: Task[]): Promise<void> {
  const missing = [...new Set(tasks.flatMap((t) => (t.contactId && !ctx.contacts.has(t.contactId) ? [t.contactId] : [])))];
  if (!missing.length) return;
  for (const [id, contact] of await getContacts(ctx.db, missing)) ctx.contacts.set(id, contact);
}
