// Runs CRM write-back in the worker (issue 18): a few seconds after a task changes (push only),
// every 15 minutes and on "Sync now" (push, then read remote completions and deletions), and
// again when a CRM asked to wait (Retry-After) or failed (backoff). One run at a time; a run
// never throws: its outcome is each CRM's status, shown in Options → CRM.
import { apiOrigin, clientFor } from '../crm/clients';
import { runOutbox } from '../crm/outbox';
import { CRM_LABELS, type CrmConnection, type CrmId } from '../crm/types';
import { crmErrorWords } from '../crm/words';
import type { TasklaneDb } from '../db';
import { getConnection, getCrmStatus, listLinks, saveConnection, saveCrmStatus, type CrmStatus } from '../db/crm-store';
import { CRM_IDS } from '../model';
import type { SyncAlarms } from './sync-service';

export const CRM_PERIODIC_ALARM = 'tasklane-crm-periodic';
export const CRM_RETRY_ALARM = 'tasklane-crm-retry';
const PERIOD_MINUTES = 15;
const DEBOUNCE_MS = 3_000;

export interface CrmServiceDeps {
  getDb: () => Promise<TasklaneDb>;
  now: () => number;
  alarms: SyncAlarms;
  fetch?: typeof fetch;
  /** Whether the browser lets the worker reach this origin (the optional host permission). */
  canReach?: (origin: string) => Promise<boolean>;
  /** Test builds only: the address of a local stand-in for the CRM. */
  baseFor?: (crm: CrmId) => Promise<string | undefined>;
  /** Tasks a run changed here (remote completions, links), for open pages. */
  notify?: (changedTaskIds: string[]) => void;
}

export function createCrmService(deps: CrmServiceDeps) {
  let running: Promise<void> | undefined;
  let again: boolean | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;

  async function runOne(db: TasklaneDb, connection: CrmConnection, pull: boolean): Promise<string[]> {
    const crm = connection.crm;
    const label = CRM_LABELS[crm];
    const previous = await getCrmStatus(db, crm);
    const base = await deps.baseFor?.(crm);
    if (!base && deps.canReach && !(await deps.canReach(apiOrigin(connection)))) {
      await saveCrmStatus(db, crm, { ...previous, lastError: { message: `Tasklane may not contact ${label} yet. Open Options → CRM and connect ${label} again to allow it.`, ...crmErrorWords('permission', crm), at: deps.now() } });
      return [];
    }
    const http = { fetch: deps.fetch ?? fetch.bind(globalThis), now: deps.now };
    const client = clientFor(connection, http, {
      ...(base ? { base } : {}),
      onTokens: async (tokens) => {
        const saved = await getConnection(db, crm);
        if (saved?.crm === 'salesforce') await saveConnection(db, { ...saved, ...tokens });
      },
    });
    const report = await runOutbox({ db, crm, client, now: deps.now, pull });
    if (report.authError) await saveConnection(db, { ...connection, reconnectNeeded: true });
    const message = report.authError?.message ?? report.lastError;
    const kind = report.authError ? 'auth' : report.lastErrorKind;
    const status: CrmStatus = {
      failures: message ? previous.failures + 1 : 0,
      pending: report.pending,
      ...(report.authError ? (previous.lastSyncAt ? { lastSyncAt: previous.lastSyncAt } : {}) : { lastSyncAt: deps.now() }),
      ...(message ? { lastError: { message, at: deps.now(), ...(kind ? crmErrorWords(kind, crm) : {}) } } : {}),
      ...(report.retryAt && !report.authError ? { nextRetryAt: report.retryAt } : {}),
    };
    await saveCrmStatus(db, crm, status);
    return [...new Set([...report.completedHere, ...report.linked])];
  }

  async function runAll(pull: boolean): Promise<void> {
    const db = await deps.getDb();
    const changed: string[] = [];
    let retryAt: number | undefined;
    for (const crm of CRM_IDS) {
      const connection = await getConnection(db, crm);
      if (!connection || connection.reconnectNeeded) continue;
      try {
        changed.push(...(await runOne(db, connection, pull)));
      } catch (error) {
        // Only Tasklane's own database can fail here; keep the rest going.
        console.error('[tasklane] crm run failed', crm, error);
      }
      const next = (await getCrmStatus(db, crm)).nextRetryAt;
      if (next) retryAt = Math.min(retryAt ?? Infinity, next);
    }
    if (retryAt) await deps.alarms.create(CRM_RETRY_ALARM, { when: retryAt });
    else await deps.alarms.clear(CRM_RETRY_ALARM);
    deps.notify?.(changed);
  }

  function run(pull: boolean): Promise<void> {
    if (running) {
      again = (again ?? false) || pull;
      return running;
    }
    running = (async () => {
      let next: boolean | undefined = pull;
      while (next !== undefined) {
        again = undefined;
        await runAll(next).catch((error: unknown) => console.error('[tasklane] crm run failed', error));
        next = again;
      }
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    /** Push and pull now (the periodic alarm, "Sync now", a fresh connection). */
    syncNow: () => run(true),
    /** A task changed: push a few seconds after the last of a burst of edits. */
    scheduleSoon(): void {
      clearTimeout(debounce);
      debounce = setTimeout(() => void run(false), DEBOUNCE_MS);
    },
    onAlarm(name: string): boolean {
      if (name !== CRM_PERIODIC_ALARM && name !== CRM_RETRY_ALARM) return false;
      void run(true);
      return true;
    },
    /** The periodic alarm runs while any CRM is connected. */
    async applySchedule(options: { keepExisting?: boolean } = {}): Promise<void> {
      const db = await deps.getDb();
      const any = (await Promise.all(CRM_IDS.map((crm) => getConnection(db, crm)))).some(Boolean);
      if (!any) return void (await Promise.all([deps.alarms.clear(CRM_PERIODIC_ALARM), deps.alarms.clear(CRM_RETRY_ALARM)]));
      if (options.keepExisting && (await deps.alarms.get?.(CRM_PERIODIC_ALARM))) return;
      await deps.alarms.create(CRM_PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
    },
    /** Rows waiting per CRM (Options → CRM). */
    pendingCount: async (crm: CrmId) => (await listLinks(await deps.getDb(), crm)).filter((link) => !link.remoteId || link.nextAttemptAt).length,
    get isRunning() {
      return running !== undefined;
    },
  };
}

export type CrmService = ReturnType<typeof createCrmService>;
