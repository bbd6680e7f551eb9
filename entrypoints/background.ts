// The service worker: owns the database and answers every request. Thin wiring only; the
// logic is in lib/background, lib/db and lib/messages.
import { browser } from 'wxt/browser';
import { broadcastChange } from '@/lib/background/broadcast';
import { createHandlers } from '@/lib/background/handlers';
import { UndoTokens } from '@/lib/background/undo';
import { watchSitePermissions } from '@/lib/background/sites';
import { openTasklaneDb, type TasklaneDb } from '@/lib/db';
import { createRouter } from '@/lib/messages/router';

export default defineBackground(() => {
  let dbPromise: Promise<TasklaneDb> | undefined;
  const getDb = () => {
    // A failed open is not cached: the next request tries again.
    dbPromise ??= openTasklaneDb().catch((error) => {
      dbPromise = undefined;
      throw error;
    });
    return dbPromise;
  };

  const route = createRouter(
    createHandlers({
      getDb,
      now: Date.now,
      locale: () => navigator.language,
      undo: new UndoTokens(),
      broadcast: broadcastChange,
    }),
    { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
  );

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  watchSitePermissions();
  // Seeds the defaults on install (and new ones on update) without waiting for a first request.
  browser.runtime.onInstalled.addListener(() => void getDb());
});
