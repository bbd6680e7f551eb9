// Push: send every task edited here since it last matched the server, and every delete.
// Creates use If-None-Match: * at a URL made from the task id, updates and deletes If-Match
// with the linked ETag, so a retried request can never make a second copy or overwrite a
// change it has not seen. A refused precondition means the server changed: the item is read
// again and settled like a pulled change; the caller runs another round for what is left.
import { deleteSyncItem, putSyncItem } from '../db/sync-store';
import type { Task } from '../model';
import { hrefFor, type SyncContext } from './context';
import { isDirty, type Picture } from './picture';
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
  const ics = taskToVtodo(task, uid, item?.ics, { labelOf: ctx.labelOf, now: ctx.now(), ...(contact ? { contact } : {}) });
  const outcome = await ctx.client.putItem(href, ics, item?.etag);
  if (outcome.status === 'ok') {
    const link: SyncItem = { taskId: task.id, href, uid, ics, syncedUpdatedAt: task.updatedAt, ...(outcome.etag ? { etag: outcome.etag } : {}) };
    await putSyncItem(ctx.db, link);
    ctx.report.pushed++;
    return true;
  }
  if (outcome.status === 'refused') {
    ctx.report.skipped.push({ href, problem: `The server refused to store “${task.title.slice(0, 80)}” (HTTP ${outcome.httpStatus}).` });
    return true; // Tried again on the next sync; the rest goes on.
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
  await deleteSyncItem(ctx.db, item.taskId);
  ctx.report.deleted++;
  return true;
}

/** One round; returns true when everything went through (no precondition refused). */
export async function pushRound(ctx: SyncContext, picture: Picture): Promise<boolean> {
  const edits = [...picture.tasks.values()].filter((task) => isDirty(task, picture.itemsByTask.get(task.id)));
  const deletes = [...picture.itemsByTask.values()].filter((item) => !picture.tasks.has(item.taskId));
  let settled = true;
  await inParallel(edits, async (task) => {
    if (!(await pushTask(ctx, task, picture.itemsByTask.get(task.id), picture))) settled = false;
  });
  await inParallel(deletes, async (item) => {
    // A link whose task left no tombstone (all data deleted) is forgotten, not deleted remotely.
    if (!picture.tombstones.has(item.taskId)) return deleteSyncItem(ctx.db, item.taskId);
    if (!(await pushDelete(ctx, item, picture))) settled = false;
  });
  return settled;
}
