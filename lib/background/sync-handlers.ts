// Handlers of Options → Sync (lib/messages/requests/sync.ts). Talking to the server happens
// only here and in the sync service, and only with details the rep typed in and saved.
import { ProtocolError } from '../messages';
import type { SYNC_REQUESTS, SyncSettingsView } from '../messages/requests/sync';
import type { Handlers } from '../messages/router';
import { clearConflicts, getSyncSettings, getSyncStatus, listConflicts, saveSyncSettings } from '../db/sync-store';
import { UnapprovedHostError } from '../sync/credential-gate';
import { createDavClient, type DavCredentials } from '../sync/dav-client';
import { toSyncError } from '../sync/errors';
import { syncErrorWords } from '../sync/error-words';
import type { SyncSettings } from '../sync/records';
import { keyedConflict, keyedSyncStatus } from '../sync/words';
import type { HandlerDeps } from './handlers';
import type { SyncService } from './sync-service';

export type SyncHandlers = Pick<Handlers, keyof typeof SYNC_REQUESTS>;

const view = (s: SyncSettings): SyncSettingsView => ({
  serverUrl: s.serverUrl,
  username: s.username,
  hasPassword: s.password.length > 0,
  enabled: s.enabled,
  ...(s.collectionUrl ? { collectionUrl: s.collectionUrl } : {}),
  ...(s.collectionName ? { collectionName: s.collectionName } : {}),
  approvedOrigins: s.approvedOrigins ?? [],
});

/** A server failure as a reply the options page shows in plain words. */
function asReply(error: unknown): never {
  const failure = toSyncError(error);
  throw new ProtocolError({ code: 'bad_request', ...syncErrorWords(failure), message: failure.message });
}

export function createSyncHandlers(deps: HandlerDeps & { sync?: SyncService }): SyncHandlers {
  /** The form's details; an empty password means the saved one (the page never holds it). */
  async function credentials(input: DavCredentials): Promise<DavCredentials> {
    if (input.password) return input;
    const saved = await getSyncSettings(await deps.getDb());
    if (saved?.password && saved.serverUrl === input.serverUrl && saved.username === input.username) {
      return { ...input, password: saved.password };
    }
    throw new ProtocolError({ code: 'bad_request', key: 'errorSyncPassword', message: 'Enter your password or app password.' });
  }

  return {
    async 'sync.status'() {
      const database = await deps.getDb();
      const [settings, status, conflicts] = await Promise.all([getSyncSettings(database), getSyncStatus(database), listConflicts(database, 50)]);
      // Records older builds wrote carry English only: they get their key here (lib/sync/words.ts).
      return { settings: settings ? view(settings) : null, status: keyedSyncStatus(status), conflicts: conflicts.map(keyedConflict), running: deps.sync?.isRunning ?? false };
    },
    async 'sync.discover'(input) {
      const client = createDavClient(await credentials(input), deps.davFetch);
      try {
        return { lists: (await client.discover()).lists };
      } catch (error) {
        // The lists are on another host (iCloud): the page asks the rep to allow it, then asks again.
        if (error instanceof UnapprovedHostError) return { lists: [], approve: { origin: error.origin, host: new URL(error.origin).host } };
        return asReply(error);
      }
    },
    async 'sync.createList'({ name, ...input }) {
      const client = createDavClient(await credentials(input), deps.davFetch);
      const { homeUrl } = await client.discover().catch(asReply);
      return { list: await client.createTaskList(homeUrl, name).catch(asReply) };
    },
    async 'sync.save'(input) {
      const { serverUrl, username, collectionUrl, collectionName, enabled } = input;
      const { password } = await credentials(input);
      const approvedOrigins = [...new Set(input.approvedOrigins)].filter((o) => o !== new URL(serverUrl).origin);
      const listOrigin = new URL(collectionUrl).origin;
      if (listOrigin !== new URL(serverUrl).origin && !approvedOrigins.includes(listOrigin)) {
        throw new ProtocolError({
          code: 'bad_request',
          key: 'errorSyncListHost',
          params: [new URL(collectionUrl).host],
          message: `The task list is on ${new URL(collectionUrl).host}, which you have not allowed. Press “Connect” and allow it first.`,
        });
      }
      const settings: SyncSettings = {
        serverUrl, username, password, collectionUrl, enabled, approvedOrigins,
        ...(collectionName ? { collectionName } : {}),
      };
      await saveSyncSettings(await deps.getDb(), settings);
      await deps.sync?.applySchedule(enabled);
      if (enabled) void deps.sync?.syncNow();
      deps.broadcast('sync', []);
      return { settings: view(settings) };
    },
    async 'sync.now'() {
      if (!deps.sync) throw new ProtocolError({ code: 'internal', key: 'errorUnavailableHere', message: 'Sync is not available here.' });
      void deps.sync.syncNow();
      deps.broadcast('sync', []);
      return { started: true };
    },
    async 'sync.clearConflicts'() {
      await clearConflicts(await deps.getDb());
      deps.broadcast('sync', []);
      return { cleared: true };
    },
  };
}
