// The service worker: owns the database and answers every request. Thin wiring only; the
// logic is in lib/background, lib/db and lib/messages.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { broadcastChange, broadcastProgress, pushFollowUpWatchChange } from '@/lib/background/broadcast';
import { createFollowUpWatch } from '@/lib/background/follow-up-watch';
import { createHandlers } from '@/lib/background/handlers';
import { watchNotifications } from '@/lib/background/notifications';
import { classifyContextDraft } from '@/lib/background/quick-add';
import { setUpQuickCreate } from '@/lib/background/quick-create';
import { MIDNIGHT_ALARM, REMINDER_ALARM, createReminderService } from '@/lib/background/reminders';
import { syncSiteScripts, watchSitePermissions } from '@/lib/background/sites';
import { stringsOf } from '@/lib/background/strings';
import { languageSurfaces, popupAddress } from '@/lib/background/language-surfaces';
import { UndoTokens } from '@/lib/background/undo';
import { createSyncService } from '@/lib/background/sync-service';
import { createCrmService } from '@/lib/background/crm-service';
import type { CrmId } from '@/lib/crm/types';
import { getSyncSettings } from '@/lib/db/sync-store';
import { serverPermissionPattern } from '@/lib/sync/permission';
import { snoozeDue } from '@/lib/dates/snooze';
import { DB_NAME, StorageRefusedError, getSettings, getTask, openTasklaneDb, type OpenHooks } from '@/lib/db';
import { createDatabaseAccess, openInMemoryDb } from '@/lib/background/database';
import { createRouter } from '@/lib/messages/router';

/** A session flag demo builds read at start-up; see __tasklaneTest.refuseStorage. */
const REFUSE_STORAGE = 'tasklaneTestRefuseStorage';
/** Demo builds only: a local stand-in's address per CRM, set by a test (__tasklaneTest.crmBase). */
const CRM_BASE = 'tasklaneTestCrmBase';

export default defineBackground(() => {
  const openPersistent = async (hooks: OpenHooks) => {
    // Demo builds can be told (by a test) to act as if the browser refused IndexedDB.
    if (import.meta.env.MODE === 'demo' && (await browser.storage.session.get(REFUSE_STORAGE))[REFUSE_STORAGE]) {
      throw new StorageRefusedError('IndexedDB refused (test switch)');
    }
    return openTasklaneDb(DB_NAME, hooks);
  };
  const database = createDatabaseAccess(openPersistent, (hooks) => openInMemoryDb(() => openTasklaneDb(DB_NAME, hooks)));
  const getDb = () => database.getDb();
  // Demo and e2e builds can move the worker's clock forward to fire a reminder early.
  let clockOffset = 0;
  const now = () => Date.now() + clockOffset;

  const reminders = createReminderService(getDb, now);
  // CalDAV sync (off until the rep turns it on in Options → Sync). Its own alarm names.
  const sync = createSyncService({
    getDb,
    now,
    alarms: browser.alarms,
    locale: () => navigator.language,
    untitled: async () => (await stringsOf(await getDb())).t('untitledTask'),
    canReach: (url) => browser.permissions.contains({ origins: [serverPermissionPattern(url)] }),
    notify: (changedTaskIds) => {
      if (changedTaskIds.length) {
        broadcastChange('task', changedTaskIds);
        followUpWatch.invalidate(changedTaskIds);
        // Pulled from the server: reminders already past when they came are summed up in one.
        void reminders.refresh(changedTaskIds);
      }
      broadcastChange('sync', []);
    },
  });
  // CRM write-back (off until the rep connects a CRM in Options → CRM). Only a demo (test)
  // build can point it elsewhere than the CRMs' own addresses, and only from the worker's console.
  const crmBaseFor = async (crm: CrmId): Promise<string | undefined> => {
    if (import.meta.env.MODE !== 'demo') return undefined;
    const bases = (await browser.storage.session.get(CRM_BASE))[CRM_BASE] as Partial<Record<CrmId, string>> | undefined;
    return bases?.[crm];
  };
  const crm = createCrmService({
    getDb,
    now,
    alarms: browser.alarms,
    canReach: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    baseFor: crmBaseFor,
    notify: (changedTaskIds) => {
      if (changedTaskIds.length) {
        broadcastChange('task', changedTaskIds);
        sync.scheduleSoon();
      }
      broadcastChange('crm', []);
    },
  });
  // What pages watch for replies: rebuilt after task changes, tabs told when it changed.
  const followUpWatch = createFollowUpWatch(getDb, pushFollowUpWatchChange);
  const handlers = createHandlers({
    sync,
    crm,
    followUpWatch,
    crmBaseFor,
    webAuthFlow: {
      redirectUri: () => browser.identity.getRedirectURL(),
      launch: async (url) => {
        const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
        if (!redirected) throw new Error('The sign-in was closed.');
        return redirected;
      },
    },
    getDb,
    now,
    locale: () => navigator.language,
    undo: new UndoTokens(),
    storageMode: () => database.mode(),
    arrived: (taskIds) => void reminders.refresh(taskIds),
    progress: broadcastProgress,
    broadcast: (entity, ids) => {
      broadcastChange(entity, ids);
      if (entity === 'task' || entity === 'settings') void reminders.refresh();
      // The custom sites are settings (also restored from a backup): keep the script in step;
      // and the language too: the context menu's title and the toolbar tooltip follow it.
      if (entity === 'settings') {
        void syncSiteScripts(getDb).catch((error) => console.error('[tasklane] site scripts', error));
        void surfaces.refresh();
      }
      if (entity === 'task') {
        sync.scheduleSoon();
        crm.scheduleSoon();
        followUpWatch.invalidate(ids);
      }
    },
  });
  const route = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });
  // Calls from the worker itself (notifications, menus) go through the same handlers.
  const self = { sender: {}, kind: 'extension' as const };
  /** The popup opened as a tab, at the address that gives its first paint the rep's language. */
  const popupTab = async () => browser.runtime.getURL(`/${popupAddress(await getSettings(await getDb()))}`);

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  watchSitePermissions(getDb);
  // Seeds the defaults on install (and new ones on update) without waiting for a first request.
  browser.runtime.onInstalled.addListener(() => void getDb());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MIDNIGHT_ALARM) broadcastChange('task', []); // "today" changed for open pages
    if (alarm.name === REMINDER_ALARM || alarm.name === MIDNIGHT_ALARM) void reminders.refresh();
    sync.onAlarm(alarm.name);
    crm.onAlarm(alarm.name);
  });
  watchNotifications({
    complete: async (id) => void (await handlers['task.update']({ id, patch: { status: 'done' } }, self)),
    snooze: async (id) => void (await handlers['task.update']({ id, patch: { due: snoozeDue('laterToday', new Date(now())) } }, self)),
    open: async (id) => {
      const task = await getTask(await getDb(), id);
      await browser.tabs.create({ url: task?.source?.url ?? (await popupTab()) });
    },
    reopen: async (id) => void (await handlers['followUp.reopen']({ id }, self)),
    nudge: async (id) => void (await handlers['followUp.nudge']({ id }, self)),
    close: async (id) => void (await handlers['task.update']({ id, patch: { status: 'done' } }, self)),
    openDueList: async () => void (await browser.tabs.create({ url: await popupTab() })),
  });
  const strings = async () => (await stringsOf(await getDb())).t;
  const surfaces = languageSurfaces(strings, async () => getSettings(await getDb()));
  setUpQuickCreate(
    // Classified like a click on a page before it is created (lib/background/quick-add.ts).
    async (draft, contact, hints) => {
      const classified = await classifyContextDraft(draft, contact, hints, { getDb, now, locale: () => navigator.language });
      return handlers['task.create'](classified, self);
    },
    async () => (await getSettings(await getDb())).defaultDueOffsetDays,
    strings,
  );

  // Every start rebuilds reminders and the badge from the database: alarms survive a stopped
  // worker, but the plan is never trusted to be current.
  void reminders.refresh();
  // The sync alarm follows the saved settings (an existing one keeps its timing: the worker
  // restarts far more often than the alarm's period).
  void getDb()
    .then(getSyncSettings)
    .then((settings) => sync.applySchedule(Boolean(settings?.enabled), { keepExisting: true }))
    .catch(() => undefined);
  void crm.applySchedule({ keepExisting: true }).catch(() => undefined);
  // A worker stopped before its debounced push ran: what waits in the outbox goes out now.
  crm.scheduleSoon();

  if (import.meta.env.MODE === 'demo') {
    Object.assign(globalThis, {
      __tasklaneTest: {
        advanceClock: (ms: number) => (clockOffset += ms),
        fireAlarm: (name: string) => reminders.refresh().then(() => name),
        // From the next worker start, act as if the browser refused IndexedDB (a private window).
        refuseStorage: () => browser.storage.session.set({ [REFUSE_STORAGE]: true }),
        // Points CRM write-back at a local stand-in (tests/helpers/mock-crm), e.g. {pipedrive: 'http://127.0.0.1:1234'}.
        crmBase: (bases: Partial<Record<CrmId, string>>) => browser.storage.session.set({ [CRM_BASE]: bases }),
        crmSyncNow: () => crm.syncNow(),
      },
    });
  }
});
