// Export reads and import writes (Options → Data). An import is one transaction over every
// store it touches: the whole file lands or nothing does.
import type { BackupRecords } from '../data/backup';
import type { ImportPlan } from '../data/plan';
import type { ImportPreview } from '../messages/requests/manage';
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { upsertContact } from './contacts';
import { applyDueChange } from './due-counts';
import type { TasklaneDb } from './schema';
import { SETTINGS_KEY } from './settings';
import { writeAtomically, type Stores, type WriteTx } from './transaction';

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

const IMPORT_STORES: Stores[] = ['tasks', 'contacts', 'categories', 'templates', 'targets', 'tombstones', 'meta', 'dueCounts'];
type ImportTx = WriteTx<Stores[]>;

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

/** Tasks merge by id (or dedupe key): the copy with the newer updatedAt wins. */
async function importTasks(tx: ImportTx, plan: ImportPlan, contactIds: Map<string, string>, now: number) {
  const tasks = tx.objectStore('tasks');
  const counts = { newTasks: 0, updatedTasks: 0, contacts: new Set<string>(), taskIds: [] as string[] };
  for (const item of plan.tasks) {
    let task = { ...item.task };
    if (item.contact) task.contactId = (await upsertContact(tx, item.contact, now)).id;
    else if (task.contactId) task.contactId = contactIds.get(task.contactId) ?? task.contactId;
    if (task.contactId) counts.contacts.add(task.contactId);

    let existing = await tasks.get(task.id);
    const keyOwner = task.dedupeKey ? await tasks.index('by_dedupe').getKey(task.dedupeKey) : undefined;
    if (keyOwner && keyOwner !== task.id) {
      // The same one-click task made on two devices: keep one, under the stored id.
      if (!existing) {
        existing = await tasks.get(keyOwner);
        task = { ...task, id: keyOwner };
      } else {
        const { dedupeKey: _clash, ...rest } = task;
        task = rest;
      }
    }
    if (existing && existing.updatedAt >= task.updatedAt) continue;
    await tasks.put(task);
    // `existing` is the record this put replaces (under the stored id when the dedupe key merged them).
    await applyDueChange(tx, existing, task);
    // A restored task is no longer deleted.
    await tx.objectStore('tombstones').delete(task.id);
    if (existing) counts.updatedTasks++;
    else counts.newTasks++;
    counts.taskIds.push(task.id);
  }
  return counts;
}

/**
 * Writes the plan in one transaction, or with `commit` false only works out what it would do
 * (the same writes, then aborted). Quota and other storage failures undo everything.
 */
export function applyImport(db: TasklaneDb, plan: ImportPlan, commit: boolean, now: number): Promise<ImportOutcome> {
  return writeAtomically(
    db,
    IMPORT_STORES,
    async (tx) => {
      const contactIds = await importContacts(tx, plan);
      const written = await importTasks(tx, plan, contactIds, now);
      for (const value of plan.categories) await tx.objectStore('categories').put(value);
      for (const template of plan.templates) await tx.objectStore('templates').put(template);
      for (const target of plan.targets) await tx.objectStore('targets').put(target);
      const importedIds = new Set(plan.tasks.map((t) => t.task.id));
      for (const tombstone of plan.tombstones) {
        if (!importedIds.has(tombstone.id)) await tx.objectStore('tombstones').put(tombstone);
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
        },
        taskIds: written.taskIds,
      };
    },
    { dryRun: !commit },
  );
}
