// The local side of a sync: tasks, tombstones and links, indexed the ways the engine looks them
// up. Only what a step needs is read (lib/db/sync-store.ts): the pull reads the links of the
// hrefs the server listed, then the tasks of those whose ETag changed and of the items' UIDs;
// the push reads the queued ids. A sync with nothing changed reads nothing.
import { readLinks, readSyncSlice } from '../db/sync-store';
import type { TasklaneDb } from '../db';
import type { Task, Tombstone } from '../model';
import type { SyncItem } from './records';

export { isDirty } from './records';

export class Picture {
  /** Loaded tasks: an id loaded but missing here has no task. */
  readonly tasks = new Map<string, Task>();
  readonly tombstones = new Map<string, Tombstone>();
  /** Loaded links: an href or id loaded but missing here has none. */
  readonly itemsByHref = new Map<string, SyncItem>();
  readonly itemsByTask = new Map<string, SyncItem>();
  private readonly loadedIds = new Set<string>();
  private readonly loadedHrefs = new Set<string>();
  private allLinks = false;

  constructor(private readonly db: TasklaneDb) {}

  /** Reads the links at `hrefs` not read yet (not their tasks). */
  async loadLinks(hrefs: Iterable<string>): Promise<void> {
    if (this.allLinks) return;
    const wanted = [...new Set(hrefs)].filter((href) => !this.loadedHrefs.has(href));
    if (!wanted.length) return;
    for (const item of await readLinks(this.db, wanted)) this.addLink(item);
    for (const href of wanted) this.loadedHrefs.add(href);
  }

  /** Reads every link (a full listing is compared with all of them); tasks stay unread. */
  async loadAllLinks(): Promise<void> {
    if (this.allLinks) return;
    for (const item of await readLinks(this.db, 'all')) this.addLink(item);
    this.allLinks = true;
  }

  /**
   * Reads the task, tombstone and link of each of `taskIds` and of the task linked at each of
   * `hrefs`, skipping what is loaded. Lookups are only meaningful for what was loaded.
   */
  async load(want: { taskIds?: Iterable<string>; hrefs?: Iterable<string> }): Promise<void> {
    const hrefs = [...(want.hrefs ?? [])];
    await this.loadLinks(hrefs);
    const linked = hrefs.flatMap((href) => this.itemsByHref.get(href)?.taskId ?? []);
    const ids = [...new Set([...(want.taskIds ?? []), ...linked])].filter((id) => !this.loadedIds.has(id));
    if (!ids.length) return;
    const slice = await readSyncSlice(this.db, ids);
    for (const item of slice.items) this.addLink(item);
    for (const task of slice.tasks) this.tasks.set(task.id, task);
    for (const tombstone of slice.tombstones) this.tombstones.set(tombstone.id, tombstone);
    for (const id of ids) this.loadedIds.add(id);
  }

  private addLink(item: SyncItem): void {
    this.itemsByHref.set(item.href, item);
    this.itemsByTask.set(item.taskId, item);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
