// "Delete all data" (Options → Data): back to a fresh install in one transaction.
import { DEFAULT_CATEGORIES, DEFAULT_TEMPLATES } from '../taxonomy';
import type { TasklaneDb } from './schema';
import { domainChoicesRange } from './choices';
import { SEEDED_KEY, allDefaultsSeeded } from './seed';
import { SETTINGS_KEY } from './settings';
import { writeAtomically } from './transaction';
import { CRM_RECORDS } from './crm-store';

/**
 * Clears tasks, contacts, targets and tombstones, puts the shipped categories and templates
 * back and resets the settings. Other meta records (owned by other features) are left alone.
 * Sync's stores are cleared too: sync is off again and nothing is deleted on the server. So are
 * CRM write-back's records (connections with their tokens, the outbox): nothing is deleted in a CRM.
 * The due and target counters are cleared with the tasks; their markers in meta stay, and stay true
 * (no tasks, no counts), so the next start does not rebuild them for nothing.
 */
export function deleteAllData(db: TasklaneDb): Promise<void> {
  const cleared = ['tasks', 'dueCounts', 'targetCounts', 'contacts', 'targets', 'tombstones', 'categories', 'templates', 'syncItems', 'syncMeta', 'syncConflicts', 'syncQueue'] as const;
  return writeAtomically(db, [...cleared, 'meta'], async (tx) => {
    for (const store of cleared) {
      await tx.objectStore(store).clear();
    }
    for (const value of DEFAULT_CATEGORIES) await tx.objectStore('categories').put(value);
    for (const template of DEFAULT_TEMPLATES) await tx.objectStore('templates').put(template);
    await tx.objectStore('meta').delete(SETTINGS_KEY);
    // The rep's remembered corrections name their customers' companies: they go with the contacts.
    await tx.objectStore('meta').delete(domainChoicesRange());
    await tx.objectStore('meta').delete(CRM_RECORDS);
    await tx.objectStore('meta').put(allDefaultsSeeded(), SEEDED_KEY);
  });
}
