// Deciding what one server item means locally. The rules, for an item whose ETag changed:
//  - linked task not edited here → take the server's version;
//  - edited on both sides → a conflict: the newer side (LAST-MODIFIED vs the local edit time)
//    wins and the other is kept in the conflict log;
//  - deleted here but edited on the server after that → the server's edit wins (restored);
//  - an item we never linked whose UID is a local task (a push interrupted before its ETag
//    was saved) → linked, never duplicated.
// And for an item the server deleted: deleted here too, unless it was edited here since.
import { changedIds } from '../db/status-change';
import { applyRemoteDelete, applyRemoteTask, deleteSyncItem, putSyncItem } from '../db/sync-store';
import type { Task } from '../model';
import { recordConflict, type SyncContext } from './context';
import type { RemoteItem } from './dav-report';
import { isDirty, isUuid, type Picture } from './picture';
import type { SyncItem } from './records';
import { parsedToTask, parseVtodo, type ParsedItem } from './vtodo-read';

const json = (task: Task) => JSON.stringify(task, null, 1);
/** LAST-MODIFIED has whole seconds: local times are compared at that precision. */
const seconds = (ms: number) => Math.floor(ms / 1000);

/** A server item, parsed up to its UID. */
export interface ParsedRemote {
  remote: RemoteItem;
  parsed: ParsedItem;
}

export const parseRemote = (remote: RemoteItem): ParsedRemote => ({ remote, parsed: parseVtodo(remote.ics) });

/** Loads into the picture what applying these items looks up: their links and their UIDs' tasks. */
export function loadFor(picture: Picture, items: readonly ParsedRemote[]): Promise<void> {
  return picture.load({
    hrefs: items.map((i) => i.remote.href),
    taskIds: items.flatMap(({ parsed }) => (parsed.kind === 'parsed' && isUuid(parsed.uid) ? [parsed.uid] : [])),
  });
}

/** Reads one changed server item and applies it. Returns false when it was skipped. */
export async function applyRemoteItem(ctx: SyncContext, remote: RemoteItem, picture: Picture, skipped: Record<string, string>): Promise<boolean> {
  const item = parseRemote(remote);
  await loadFor(picture, [item]);
  return applyParsedItem(ctx, item, picture, skipped);
}

/** applyRemoteItem for an item already parsed, whose slice of the picture is loaded (loadFor). */
export async function applyParsedItem(ctx: SyncContext, { remote, parsed }: ParsedRemote, picture: Picture, skipped: Record<string, string>): Promise<boolean> {
  const linked = picture.itemsByHref.get(remote.href);
  const claimed = (uid: string) => {
    const item = picture.itemsByTask.get(uid);
    return item !== undefined && item.href !== remote.href;
  };
  // An unlinked item adopts the local task of the same UID, unless that task is linked elsewhere.
  const localFor = (uid: string) => (linked ? picture.tasks.get(linked.taskId) : isUuid(uid) && !claimed(uid) ? picture.tasks.get(uid) : undefined);
  const newIdFor = (uid: string) => linked?.taskId ?? (isUuid(uid) && !claimed(uid) && !picture.tasks.has(uid) ? uid : crypto.randomUUID());
  const read = parsed.kind === 'parsed' ? parsedToTask(parsed, localFor, newIdFor, ctx.now(), ctx.untitled) : parsed;
  if (read.kind !== 'task') {
    skipped[remote.href] = remote.etag ?? '';
    if (read.kind === 'malformed') ctx.report.skipped.push({ href: remote.href, ...read.words, problem: read.problem });
    return false;
  }
  const { task: incoming, uid } = read;
  const local = picture.tasks.get(incoming.id);
  const link: SyncItem = { taskId: incoming.id, href: remote.href, uid, ics: remote.ics, syncedUpdatedAt: incoming.updatedAt, ...(remote.etag ? { etag: remote.etag } : {}) };
  const take = async () => {
    const change = await applyRemoteTask(ctx.db, incoming, link, local?.updatedAt, ctx.now());
    if (change) {
      ctx.report.pulled++;
      for (const id of changedIds(change)) ctx.changedTaskIds.add(id);
    }
  };
  /** Keep the local side but remember the server's copy, so the push overwrites exactly it. */
  const keepLocal = (syncedUpdatedAt: number) => putSyncItem(ctx.db, { ...link, syncedUpdatedAt }, ctx.now());
  const remoteSeconds = seconds(read.lastModified ?? 0);

  if (local) {
    if (linked && !isDirty(local, linked)) return take().then(() => true);
    // Our own interrupted push: the server holds exactly this version.
    if (!linked && remoteSeconds === seconds(local.updatedAt)) return keepLocal(local.updatedAt).then(() => true);
    // A tie keeps the local side: it is the one the rep is looking at.
    if (remoteSeconds > seconds(local.updatedAt)) {
      await take();
      await recordConflict(ctx, local, 'server', 'serverNewer', json(local));
    } else {
      await keepLocal(-1);
      await recordConflict(ctx, local, 'local', 'localNewer', remote.ics);
    }
    return true;
  }
  const tombstone = picture.tombstones.get(incoming.id);
  if (tombstone && (linked || isUuid(uid))) {
    if (remoteSeconds > seconds(tombstone.deletedAt)) {
      await take();
      await recordConflict(ctx, incoming, 'server', 'restored', '(deleted)');
    } else {
      await keepLocal(-1); // The push deletes it, with this ETag.
      if (linked) await recordConflict(ctx, incoming, 'local', 'staysDeleted', remote.ics);
    }
    return true;
  }
  await take();
  return true;
}

/** The server deleted `href`. */
export async function applyRemoteGone(ctx: SyncContext, href: string, picture: Picture): Promise<void> {
  await picture.load({ hrefs: [href] });
  const item = picture.itemsByHref.get(href);
  if (!item) return;
  const local = picture.tasks.get(item.taskId);
  if (local && isDirty(local, item)) {
    // Edited here after the other side deleted it: keep it and upload it again.
    await deleteSyncItem(ctx.db, item.taskId, ctx.now());
    await recordConflict(ctx, local, 'local', 'keptUploaded', '(deleted)');
    return;
  }
  if (await applyRemoteDelete(ctx.db, item.taskId, local?.updatedAt, ctx.now())) {
    if (local) {
      ctx.report.deleted++;
      ctx.changedTaskIds.add(item.taskId);
    }
  }
}
