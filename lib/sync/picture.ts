// The local side of a sync at one moment: tasks, tombstones and links, indexed the ways the
// engine looks them up. Read in one transaction (lib/db/sync-store.ts), refreshed per round.
import { readSyncPicture } from '../db/sync-store';
import type { TasklaneDb } from '../db';
import type { Task, Tombstone } from '../model';
import type { SyncItem } from './records';

export interface Picture {
  tasks: Map<string, Task>;
  tombstones: Map<string, Tombstone>;
  itemsByHref: Map<string, SyncItem>;
  itemsByTask: Map<string, SyncItem>;
}

export async function takePicture(db: TasklaneDb): Promise<Picture> {
  const { tasks, tombstones, items } = await readSyncPicture(db);
  return {
    tasks: new Map(tasks.map((t) => [t.id, t])),
    tombstones: new Map(tombstones.map((t) => [t.id, t])),
    itemsByHref: new Map(items.map((i) => [i.href, i])),
    itemsByTask: new Map(items.map((i) => [i.taskId, i])),
  };
}

/** Edited here since it last matched the server. */
export const isDirty = (task: Task, item: SyncItem | undefined) => !item || task.updatedAt !== item.syncedUpdatedAt;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
