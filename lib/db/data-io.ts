// Export reads and import writes (Options → Data). An import is one transaction over every
// store it touches: the whole file lands or nothing does. The readers and the merge rule are
// lib/data's (pure); this file and ./import-tasks.ts only read and write the store.
import type { BackupRecords } from '../data/backup';
import type { ImportPlan } from '../data/plan';
import { DEFAULT_SETTINGS, type ImportPreview, type Settings } from '../model';
import { mirrorStores } from './import-mirror';
import { ImportWriter } from './import-writer';
import { importTasks, type ImportTx } from './import-tasks';
import type { TasklaneDb } from './schema';
import { SETTINGS_KEY } from './settings';
import { QUEUE_MARKER } from './sync-queue';
import { toStorageError } from './errors';
import { writeAtomically, type Stores } from './transaction';

/** Every record, read in one transaction so the backup is a consistent picture. */
export async function readAllRecords(db: TasklaneDb): Promise<BackupRecords> {
  const tx = db.transaction(['tasks', 'contacts', 'categories', 'templates', 'targets', 'tombstones', 'meta']);
  const [tasks, contacts, categories, templates, targets, tombstones, stored] = await Promise.all([
    tx.objectStore('tasks').getAll(),
    tx.objectStore('contacts').getAll(),
    tx.objectStore('categories').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('targets').getAll(),
    tx.objectStore('tombstones').getAll(),
    tx.objectStore('meta').get(SETTINGS_KEY) as Promise<Partial<Settings> | undefined>,
  ]);
  return { tasks, contacts, categories, templates, targets, tombstones, settings: { ...DEFAULT_SETTINGS, ...stored } };
}

const IMPORT_STORES: Stores[] = ['tasks', 'contacts', 'categories', 'templates', 'targets', 'tombstones', 'meta', 'dueCounts', 'targetCounts', 'syncQueue', 'syncMeta'];
/** The stores an import reads (held in memory, ./import-mirror.ts); it only writes the others. */
const READ_STORES: Stores[] = ['tasks', 'contacts', 'tombstones', 'dueCounts', 'targetCounts'];
const WRITE_ONLY_STORES = IMPORT_STORES.filter((name) => !READ_STORES.includes(name));

/**
 * Past this many queued tasks an import does not write the sync queue: it drops the queue's
 * marker instead, so the next sync (if sync is on) seeds the queue from one comparison of every
 * task with the server, which it would read anyway to send thousands of tasks (./sync-queue.ts).
 * Half the records of a 20,000-row import are queue entries.
 */
const QUEUE_ENTRIES_WORTH_WRITING = 1000;

/** How far an import is: rows worked out against the store, then records written. */
export type ImportProgress = (step: 'check' | 'write', done: number, total: number) => void;

export interface ImportOutcome {
  preview: ImportPreview;
  /** Ids of the tasks written, for the change broadcast. */
  taskIds: string[];
}

/**
 * Contacts merge by id; one whose email belongs to another stored contact is that contact
 * (emails are unique). Returns file id → stored id.
 */
async function importContacts(tx: ImportTx, plan: ImportPlan): Promise<Map<string, string>> {
  const store = tx.objectStore('contacts');
  const ids = new Map<string, string>();
  for (const contact of plan.contacts) {
    const sameEmail = contact.email ? await store.index('by_email').get(contact.email) : undefined;
    if (sameEmail && sameEmail.id !== contact.id) {
      ids.set(contact.id, sameEmail.id);
      continue;
    }
    const existing = await store.get(contact.id);
    if (!existing || contact.lastSeen >= existing.lastSeen) await store.put(contact);
    ids.set(contact.id, contact.id);
  }
  return ids;
}

/**
 * Writes the plan in one transaction, or with `commit` false only works out what it would do:
 * a preview reads in a readonly transaction and works against the in-memory copy, so it never
 * takes the write path (nor blocks other writes). Quota and other storage failures undo everything.
 */
export function applyImport(db: TasklaneDb, plan: ImportPlan, commit: boolean, now: number, progress?: ImportProgress): Promise<ImportOutcome> {
  if (!commit) return previewImport(db, plan, now, progress);
  return writeAtomically(db, IMPORT_STORES, async (real) => {
    const mirror = await mirrorStores(real, READ_STORES, WRITE_ONLY_STORES);
    const writer = new ImportWriter(real, (written) => progress?.('write', written, writer.count));
    // The tasks go to the database while the rest of the file is worked out (./import-writer.ts).
    mirror.stores.get('tasks')!.stream();
    const outcome = await planInto(mirror.tx, plan, now, progress, () => writer.drain(mirror, 'tasks'));
    const queue = mirror.stores.get('syncQueue')!;
    if (queue.changes.size > QUEUE_ENTRIES_WORTH_WRITING) {
      queue.changes.clear();
      await mirror.tx.objectStore('syncMeta').delete(QUEUE_MARKER);
    }
    // Issued, not awaited: writeAtomically waits for the transaction to commit.
    writer.finish(mirror);
    progress?.('write', 0, writer.count);
    return outcome;
  });
}

async function previewImport(db: TasklaneDb, plan: ImportPlan, now: number, progress?: ImportProgress): Promise<ImportOutcome> {
  try {
    const mirror = await mirrorStores(db.transaction(IMPORT_STORES, 'readonly'), READ_STORES, WRITE_ONLY_STORES);
    return await planInto(mirror.tx, plan, now, progress);
  } catch (error) {
    if (typeof (error as { code?: unknown } | null)?.code === 'string') throw error;
    throw toStorageError(error);
  }
}

/**
 * Every write of the import, made against `tx` (the in-memory copy). `everyThousandRows` is
 * called as the rows are worked out (the commit issues the tasks written so far).
 */
async function planInto(tx: ImportTx, plan: ImportPlan, now: number, progress?: ImportProgress, everyThousandRows?: () => void): Promise<ImportOutcome> {
  const contactIds = await importContacts(tx, plan);
  const written = await importTasks(tx, plan, contactIds, now, (done) => {
    everyThousandRows?.();
    progress?.('check', done, plan.tasks.length);
  });
  for (const value of plan.categories) await tx.objectStore('categories').put(value);
  for (const template of plan.templates) await tx.objectStore('templates').put(template);
  for (const target of plan.targets) await tx.objectStore('targets').put(target);
  const importedIds = new Set(plan.tasks.map((t) => (t.kind === 'record' ? t.task.id : t.id)));
  for (const tombstone of plan.tombstones) {
    // A deletion record never shadows a task that is here (sync would read it as deleted).
    if (importedIds.has(tombstone.id) || (await tx.objectStore('tasks').getKey(tombstone.id))) continue;
    await tx.objectStore('tombstones').put(tombstone);
  }
  if (plan.settings) await tx.objectStore('meta').put(plan.settings, SETTINGS_KEY);
  return {
    preview: {
      tasks: plan.tasks.length,
      // A backup lists its contacts; a CSV names them on its rows.
      contacts: plan.contacts.length || written.contacts.size,
      categories: plan.categories.length,
      templates: plan.templates.length,
      targets: plan.targets.length,
      newTasks: written.newTasks,
      updatedTasks: written.updatedTasks,
      unchangedTasks: written.unchangedTasks,
      olderTasks: written.olderTasks,
      changes: written.changes,
      moreChanges: written.moreChanges,
      undatedUpdates: written.undatedUpdates,
    },
    taskIds: written.taskIds,
  };
}
