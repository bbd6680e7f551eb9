// Opening the database. Only the background service worker calls this: every other context
// reaches the data through lib/messages.
import { openDB } from 'idb';
import { ensureDueCounts } from './due-counts';
import { DB_NAME, DB_VERSION, upgrade, type TasklaneDb, type TasklaneSchema } from './schema';
import { seedDefaults } from './seed';

export async function openTasklaneDb(name = DB_NAME): Promise<TasklaneDb> {
  const db = await openDB<TasklaneSchema>(name, DB_VERSION, {
    upgrade,
    // Another context (an updated worker) wants a newer version: let it have the database.
    blocking: () => db.close(),
  });
  // The due counters are filled here, not in the upgrade: once after the version 5 migration,
  // again whenever their marker was deleted (lib/db/due-counts.ts). A failure is logged, not
  // thrown: it must not send the rep to the in-memory fallback, and the next start retries.
  await ensureDueCounts(db, Date.now()).catch((error) => console.error('[tasklane] due counts not rebuilt', error));
  // Defaults are seeded after every open, not only on install: seeding adds only what was
  // never seeded before, so a new default arrives with an update and a rep's edits stay.
  await seedDefaults(db);
  return db;
}
