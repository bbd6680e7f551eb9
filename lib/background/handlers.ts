// What the background does for each request. Payloads arrive validated (lib/messages/router);
// every change is broadcast so open pages update without reopening.
import * as db from '../db';
import { addDays } from '../dates/local-date';
import { todayLocal } from '../dates/today';
import { ProtocolError, type ChangeEvent, type ProgressEvent } from '../messages';
import type { Handlers } from '../messages/router';
import { timed } from '../messages/timing';
import { normaliseContact } from './contacts';
import { injectQuickPanel } from './quick-panel';
import { quickAddDraft } from './quick-add';
import { rememberCorrections } from './remembered';
import { createManageHandlers } from './manage-handlers';
import { createComposeHandlers } from './compose-handlers';
import { withDefaultFollowUp } from './follow-up-defaults';
import { createFollowUpHandlers, resolveCloseOnReply } from './follow-up-handlers';
import type { FollowUpWatch } from './follow-up-watch';
import { createPageHandlers } from './page-handlers';
import { createSiteHandlers } from './site-handlers';
import { createSyncHandlers } from './sync-handlers';
import type { SyncService } from './sync-service';
import type { CrmService } from './crm-service';
import { createCrmHandlers } from './crm-handlers';
import { crmTargetsFor } from './crm-targets';
import type { CrmId } from '../model';
import { withContacts } from './manage/task-views';
import { suggestForPage } from './suggest';
import type { UndoTokens } from './undo';
import type { StorageMode } from './database';

export interface HandlerDeps {
  getDb: () => Promise<db.TasklaneDb>;
  now: () => number;
  locale: () => string;
  undo: UndoTokens;
  /** Whether data is kept (IndexedDB) or only in memory (IndexedDB refused). */
  storageMode: () => StorageMode;
  broadcast: (entity: ChangeEvent['entity'], ids: string[]) => void;
  /** Tells the extension's pages how far a long job has got (an import's rows). */
  progress?: (event: Omit<ProgressEvent, 'tasklane' | 'event'>) => void;
  /**
   * Tasks written from outside the rep's hands (an import): reminders whose time had already
   * passed when they came in are summed up in one notification (lib/background/reminders.ts).
   */
  arrived?: (taskIds: string[]) => void;
  /** CalDAV sync's runner (entrypoints/background.ts); without it "Sync now" is refused. */
  sync?: SyncService;
  /** The fetch Options → Sync's requests to a CalDAV server use (tests pass a fake server). */
  davFetch?: typeof fetch;
  /** CRM write-back's runner (issue 18); without it tasks still queue for the CRMs. */
  crm?: CrmService;
  /** The fetch Options → CRM's connect requests use (tests pass the mock). */
  crmFetch?: typeof fetch;
  /** Test builds only: a local stand-in's address per CRM. */
  crmBaseFor?: (crm: CrmId) => Promise<string | undefined>;
  /** identity.launchWebAuthFlow, for Salesforce's sign-in. */
  webAuthFlow?: { redirectUri: () => string; launch: (url: string) => Promise<string> };
  /** The cached watch set of waiting follow-ups (entrypoints/background.ts); without it each ask reads the store. */
  followUpWatch?: FollowUpWatch;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const notFound = () => new ProtocolError({ code: 'not_found', key: 'errorTaskGone', message: 'That task no longer exists.' });
  return {
    ...createManageHandlers(deps),
    ...createSyncHandlers(deps),
    ...createSiteHandlers(deps),
    ...createPageHandlers(deps),
    ...createCrmHandlers(deps),
    ...createFollowUpHandlers(deps),
    ...createComposeHandlers(deps),
    async 'task.create'({ draft, contact, submissionId, corrections, crm: chosen }, { kind }) {
      const database = await deps.getDb();
      const now = deps.now();
      const normal = contact ? normaliseContact(contact, deps.locale()) : undefined;
      const stored = withDefaultFollowUp(draft, normal);
      // The CRMs it goes to as well (issue 18): their outbox rows are written with the task.
      const crm = await crmTargetsFor(database, stored, normal?.email, chosen);
      const result = await db.createTask(database, stored, normal, now, { ...(submissionId ? { submissionId } : {}), ...(crm.length ? { crm } : {}) });
      if (result.created) deps.broadcast('task', [result.task.id]);
      if (corrections) await rememberCorrections(database, normal, corrections, now);
      if (result.created && crm.length) deps.crm?.scheduleSoon();
      // Only the creator of a brand-new task gets a way to undo it.
      const undoToken = result.created && kind === 'content' ? deps.undo.issue(result.task.id, now) : undefined;
      return { ...result, storage: deps.storageMode(), ...(undoToken ? { undoToken } : {}) };
    },
    async 'task.quickAdd'({ text }) {
      const { draft, contact, person } = await quickAddDraft(text, deps);
      const database = await deps.getDb();
      const normal = contact ? normaliseContact(contact, deps.locale()) : undefined;
      const result = await db.createTask(database, draft, normal, deps.now());
      if (result.created) deps.broadcast('task', [result.task.id]);
      return { ...result, storage: deps.storageMode(), ...(person ? { person } : {}) };
    },
    async 'task.undoCreate'({ id, undoToken }) {
      if (!deps.undo.redeem(id, undoToken, deps.now())) {
        throw new ProtocolError({ code: 'too_late', key: 'errorUndoTooLate', message: 'This task can no longer be undone here; delete it from the popup.' });
      }
      const deleted = await db.deleteTask(await deps.getDb(), id, deps.now());
      if (deleted) deps.broadcast('task', [id]);
      return { deleted };
    },
    async 'panel.load'(_input, { sender }) {
      await injectQuickPanel(sender);
      return { loaded: true };
    },
    async 'contact.lookup'({ email, phone }) {
      const database = await deps.getDb();
      const normal = normaliseContact({ email, phone }, deps.locale());
      const contact = normal ? await db.findContact(database, normal) : undefined;
      const tasks = contact ? await db.listByContact(database, contact.id) : [];
      return { ...(contact ? { contact } : {}), openTasks: tasks.filter((t) => t.status === 'open') };
    },
    async 'classify.suggest'(input) {
      return suggestForPage(input, deps);
    },
    async 'app.status'() {
      await deps.getDb();
      return { storage: deps.storageMode() };
    },
    async 'task.get'({ id }) {
      const database = await deps.getDb();
      const task = await db.getTask(database, id);
      if (!task) throw notFound();
      const [view] = await withContacts(database, [task]);
      return { task: view! };
    },
    async 'task.listDue'({ today, limit, upcomingDays }) {
      const database = await deps.getDb();
      const day = today ?? todayLocal(new Date(deps.now()));
      const [due, later] = await Promise.all([
        // Rows and counts in one read (the counts from the dueCounts store, not key counting).
        timed('tasklane today query', () => db.listDueOverview(database, day, limit)),
        upcomingDays ? db.listUpcoming(database, day, addDays(day, upcomingDays), limit) : [],
      ]);
      const [overdue, dueToday, upcoming] = await Promise.all([
        withContacts(database, due.overdue),
        withContacts(database, due.today),
        withContacts(database, later),
      ]);
      return { today: day, overdue, dueToday, total: due.total, upcoming, countsByGoal: due.countsByGoal };
    },
    async 'task.update'({ id, patch }) {
      // A status in the patch (complete, the popup's Undo) goes through the store's one
      // status change with the rest of the edit: a routine task's series is kept whole there.
      const database = await deps.getDb();
      const change = await db.updateTask(database, id, await resolveCloseOnReply(database, id, patch), deps.now());
      if (!change) throw notFound();
      deps.broadcast('task', db.changedIds(change));
      return { task: change.task };
    },
    async 'task.delete'({ id }) {
      const deleted = await db.deleteTask(await deps.getDb(), id, deps.now());
      if (deleted) deps.broadcast('task', [id]);
      return { deleted };
    },
    async 'categories.list'() {
      return { categories: await db.listCategories(await deps.getDb()) };
    },
    async 'category.save'({ value }) {
      await db.saveCategory(await deps.getDb(), value);
      deps.broadcast('category', [`${value.dimension}:${value.id}`]);
      return { value };
    },
    async 'templates.list'() {
      return { templates: await db.listTemplates(await deps.getDb()) };
    },
    async 'settings.get'() {
      return { settings: await db.getSettings(await deps.getDb()) };
    },
    async 'settings.save'({ patch }) {
      const settings = await db.saveSettings(await deps.getDb(), patch);
      deps.broadcast('settings', Object.keys(patch));
      return { settings };
    },
  };
}
