// Options → Data: export (JSON backup, CSV, ICS), import (JSON or CSV, previewed, then written
// in one transaction) and delete-all.
import { buildBackup, parseBackup } from '../../data/backup';
import { buildTasksCsv } from '../../data/csv-export';
import { parseTasksCsv } from '../../data/csv-import';
import { buildTasksIcs } from '../../data/ics';
import { capErrors, checkReferences, importTaskSummary, type ImportPlan } from '../../data/plan';
import { todayLocal } from '../../dates/today';
import * as db from '../../db';
import type { Handlers } from '../../messages/router';
import type { HandlerDeps } from '../handlers';
import { normaliseContact } from '../contacts';
import { createReadingCache } from './import-reading';

type DataHandlers = Pick<Handlers, 'data.export' | 'data.import' | 'data.deleteAll'>;

function uiLocale(language: string, browserLocale: string): 'en' | 'zh-CN' {
  if (language === 'en' || language === 'zh-CN') return language;
  return browserLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** What the plan's references must find in the store: category keys and the contacts named. */
async function knownRecords(database: db.TasklaneDb, plan: ImportPlan) {
  const inFile = new Set(plan.contacts.map((c) => c.id));
  const named = plan.tasks.flatMap((item) => {
    const { contactId } = importTaskSummary(item);
    return contactId && !inFile.has(contactId) ? [contactId] : [];
  });
  const [categories, contacts] = await Promise.all([db.listCategories(database), db.getContacts(database, named)]);
  return { categories: new Set(categories.map((c) => `${c.dimension}:${c.id}`)), contactIds: new Set(contacts.keys()) };
}

export function createDataHandlers(deps: HandlerDeps): DataHandlers {
  const readings = createReadingCache();
  return {
    async 'data.export'({ format }) {
      const database = await deps.getDb();
      const now = deps.now();
      const records = await db.readAllRecords(database);
      const stem = `tasklane-${format === 'json' ? 'backup' : 'tasks'}-${todayLocal(new Date(now))}`;
      if (format === 'json') {
        return { filename: `${stem}.json`, mime: 'application/json', content: buildBackup(records, now) };
      }
      if (format === 'csv') {
        const contacts = new Map(records.contacts.map((c) => [c.id, c]));
        return { filename: `${stem}.csv`, mime: 'text/csv', content: buildTasksCsv(records.tasks, contacts) };
      }
      const locale = uiLocale(records.settings.language, deps.locale());
      return {
        filename: `${stem}.ics`,
        mime: 'text/calendar',
        content: buildTasksIcs(records.tasks, records.categories, locale, now),
      };
    },
    async 'data.import'({ format, content, commit, job }) {
      const database = await deps.getDb();
      const now = deps.now();
      const progress = job && deps.progress ? (step: 'read' | 'check' | 'write', done: number, total: number) => deps.progress!({ job, step, done, total }) : undefined;
      // A CSV cell may name a category value by a label: the values are part of the reading.
      const categories = format === 'csv' ? await db.listCategories(database) : [];
      const locale = deps.locale();
      const context = JSON.stringify([locale, categories]);
      const { reading: read, reused } = readings.read(format, content, context, !commit, () =>
        format === 'json'
          ? parseBackup(content)
          : parseTasksCsv(content, {
              categories,
              now,
              newId: () => crypto.randomUUID(),
              normaliseContact: (input) => normaliseContact(input, locale),
              onProgress: (done, total) => progress?.('read', done, total),
            }),
      );
      if (format === 'json' || reused) progress?.('read', read.plan.tasks.length, read.plan.tasks.length);
      const errors = read.errors.length ? read.errors : checkReferences(read.plan, await knownRecords(database, read.plan));
      // With any problem nothing is written; the preview still says what the file holds.
      const outcome = await db.applyImport(database, read.plan, commit && errors.length === 0, now, progress);
      const committed = commit && errors.length === 0;
      if (committed) {
        if (outcome.taskIds.length) {
          deps.arrived?.(outcome.taskIds);
          deps.broadcast('task', outcome.taskIds);
        }
        if (read.plan.categories.length) deps.broadcast('category', read.plan.categories.map((c) => `${c.dimension}:${c.id}`));
        if (read.plan.templates.length) deps.broadcast('template', read.plan.templates.map((t) => t.id));
        if (read.plan.targets.length) deps.broadcast('target', read.plan.targets.map((t) => t.id));
        if (read.plan.settings) deps.broadcast('settings', Object.keys(read.plan.settings));
      }
      return { preview: outcome.preview, errors: capErrors(errors), committed };
    },
    async 'data.deleteAll'() {
      await db.deleteAllData(await deps.getDb());
      for (const entity of ['task', 'category', 'template', 'target', 'settings'] as const) deps.broadcast(entity, []);
      return { deleted: true };
    },
  };
}
