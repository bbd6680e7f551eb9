// CRM write-back's records (issue 18), in the worker's `meta` store under their own key ranges,
// so no schema version is needed and nothing here is in an export or a backup (those read the
// settings record alone):
//  - `crm.connection:<crm>`: the connection with its token (never sent to a page);
//  - `crm.status:<crm>`: the last run's outcome for Options → CRM;
//  - `crm.link:<crm>:<taskId>`: the outbox, one row per task and CRM (lib/crm/types.ts CrmLink).
//    A row is written in the same transaction as the task it belongs to, so a stopped worker
//    loses nothing: the next run sends whatever differs from what the CRM was last told.
import type { CrmConnection, CrmId, CrmLink } from '../crm/types';
import type { RemoteLink, Task } from '../model';
import type { TasklaneDb } from './schema';
import { putTask } from './task-write';
import type { TxWith } from './transaction';
import { writeAtomically } from './transaction';

/** Every CRM record in meta (keys "crm." up to "crm/"). */
export const CRM_RECORDS = IDBKeyRange.bound('crm.', 'crm/', false, true);
const CONNECTION = (crm: CrmId) => `crm.connection:${crm}`;
const STATUS = (crm: CrmId) => `crm.status:${crm}`;
const LINK = (crm: CrmId, taskId: string) => `crm.link:${crm}:${taskId}`;
/** Every link of one CRM: keys from `crm.link:<crm>:` up to (not including) `crm.link:<crm>;`. */
const LINKS_OF = (crm: CrmId) => IDBKeyRange.bound(`crm.link:${crm}:`, `crm.link:${crm};`, false, true);

export interface CrmStatus {
  lastSyncAt?: number;
  /** `key`: the UI string that says it (the English message is for logs and older statuses). */
  lastError?: { message: string; at: number; key?: string; params?: string[] };
  failures: number;
  nextRetryAt?: number;
  /** Tasks waiting to go out (or to be checked), for Options → CRM. */
  pending?: number;
}

export async function getConnection(db: TasklaneDb, crm: CrmId): Promise<CrmConnection | undefined> {
  return (await db.get('meta', CONNECTION(crm))) as CrmConnection | undefined;
}

export async function saveConnection(db: TasklaneDb, connection: CrmConnection): Promise<void> {
  await db.put('meta', connection, CONNECTION(connection.crm));
}

/** Disconnect: the token and the status go; the outbox stays, so reconnecting loses nothing. */
export async function removeConnection(db: TasklaneDb, crm: CrmId): Promise<void> {
  await writeAtomically(db, ['meta'], async (tx) => {
    await tx.objectStore('meta').delete(CONNECTION(crm));
    await tx.objectStore('meta').delete(STATUS(crm));
  });
}

export async function getCrmStatus(db: TasklaneDb, crm: CrmId): Promise<CrmStatus> {
  return ((await db.get('meta', STATUS(crm))) as CrmStatus | undefined) ?? { failures: 0 };
}

export async function saveCrmStatus(db: TasklaneDb, crm: CrmId, status: CrmStatus): Promise<void> {
  await db.put('meta', status, STATUS(crm));
}

/** Queues a new task for `link.crm`, inside the caller's transaction (the task's own). */
export async function addLinkInTx(tx: TxWith<'meta'>, link: CrmLink): Promise<void> {
  await tx.objectStore('meta').put(link, LINK(link.crm, link.taskId));
}

export async function listLinks(db: TasklaneDb, crm: CrmId): Promise<CrmLink[]> {
  return (await db.getAll('meta', LINKS_OF(crm))) as CrmLink[];
}

export async function getLink(db: TasklaneDb, crm: CrmId, taskId: string): Promise<CrmLink | undefined> {
  return (await db.get('meta', LINK(crm, taskId))) as CrmLink | undefined;
}

export async function putLink(db: TasklaneDb, link: CrmLink): Promise<void> {
  await db.put('meta', link, LINK(link.crm, link.taskId));
}

/** The task's `remote` list with `link` in place of its CRM's entry (or without it). */
function withRemote(task: Task, crm: CrmId, link: RemoteLink | null): Task {
  const others = (task.remote ?? []).filter((entry) => entry.crm !== crm);
  const remote = link ? [...others, link] : others;
  const { remote: _old, ...rest } = task;
  return remote.length ? { ...rest, remote } : rest;
}

/**
 * Saves the link row and shows it on the task (`remote`), in one transaction. The task's
 * updatedAt is left alone: the link is bookkeeping, not an edit (CalDAV sync sees no change).
 */
export async function recordRemote(db: TasklaneDb, link: CrmLink, remote: RemoteLink | null): Promise<void> {
  await writeAtomically(db, ['tasks', 'dueCounts', 'targetCounts', 'syncQueue', 'meta'], async (tx) => {
    if (remote) await tx.objectStore('meta').put(link, LINK(link.crm, link.taskId));
    else await tx.objectStore('meta').delete(LINK(link.crm, link.taskId));
    const task = await tx.objectStore('tasks').get(link.taskId);
    if (!task) return;
    const current = task.remote?.find((entry) => entry.crm === link.crm);
    if (!remote && !current) return;
    if (remote && current && current.id === remote.id && current.url === remote.url && current.syncedAt === remote.syncedAt) return;
    await putTask(tx, task, withRemote(task, link.crm, remote));
  });
}

/** Forgets a link whose task is gone (deleted here: the remote one is left as it is). */
export async function dropLink(db: TasklaneDb, crm: CrmId, taskId: string): Promise<void> {
  await db.delete('meta', LINK(crm, taskId));
}
