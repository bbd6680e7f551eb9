// What the sync tells the rep (Options → Sync) as UI strings: why an item was skipped, why a
// conflict was settled the way it was, what the last failure was. The English sentences are
// kept beside them for logs — and to give a key, at read time, to the records older builds
// wrote before they carried one, so a zh-CN rep never reads those in English.
import type { FieldIssue } from '../model/field-issue';
import type { SyncConflict, SyncStatus } from './records';

/** A skipped item's reason: a UI string, its substitutions, and a refused field (said last). */
export interface SkipWords {
  key: string;
  params?: string[];
  issue?: FieldIssue;
}

/** The key of a report's skipped line written before skipped lines had one. */
export const EARLIER_SKIP_KEY = 'syncSkip_earlier';

/** How a conflict was settled, in English for the log; the UI says `syncConflict_<kind>`. */
export const CONFLICT_REASONS = {
  serverNewer: 'Changed in Tasklane and on the server; the server’s change was newer.',
  localNewer: 'Changed in Tasklane and on the server; the Tasklane change was newer.',
  restored: 'Deleted in Tasklane but changed on the server afterwards; it was restored.',
  staysDeleted: 'Changed on the server but deleted in Tasklane afterwards; it stays deleted.',
  keptUploaded: 'Deleted on the server but changed in Tasklane; it was kept and uploaded again.',
} as const;
export type ConflictKind = keyof typeof CONFLICT_REASONS;

const conflictKey = (kind: ConflictKind | 'earlier') => `syncConflict_${kind}`;

export function conflictWords(kind: ConflictKind): { reason: string; key: string } {
  return { reason: CONFLICT_REASONS[kind], key: conflictKey(kind) };
}

/** A logged conflict with its key: older entries are known by their English reason. */
export function keyedConflict(conflict: SyncConflict): SyncConflict {
  if (conflict.key) return conflict;
  const kind = (Object.keys(CONFLICT_REASONS) as ConflictKind[]).find((k) => CONFLICT_REASONS[k] === conflict.reason);
  return { ...conflict, key: conflictKey(kind ?? 'earlier') };
}

/**
 * Older builds' failure sentences (lib/sync/errors.ts before errors carried a key), by the
 * error kind they were said for. Anything else is "the last sync failed".
 */
const EARLIER_ERRORS: [RegExp, string][] = [
  [/user name or password|refused access/, 'errorSync_auth'],
  [/no such address/, 'errorSync_not_found'],
  [/busy or failing/, 'errorSync_server'],
  [/did not answer in time|could not be reached/, 'errorSync_offline'],
  [/unexpected answer|could not be understood/, 'errorSync_bad_answer'],
  [/no permission|permission for/, 'errorSync_permission'],
  [/own data/, 'errorSyncOwnData'],
];

/** The status with a key on every sentence the rep reads (last error, skipped items). */
export function keyedSyncStatus(status: SyncStatus): SyncStatus {
  const { lastError, lastReport } = status;
  const keyedError = lastError && !lastError.key
    ? { ...lastError, key: EARLIER_ERRORS.find(([pattern]) => pattern.test(lastError.message))?.[1] ?? 'errorSync_earlier' }
    : lastError;
  const keyedReport = lastReport?.skipped.some((item) => !item.key)
    ? { ...lastReport, skipped: lastReport.skipped.map((item) => (item.key ? item : { ...item, key: EARLIER_SKIP_KEY })) }
    : lastReport;
  return { ...status, ...(keyedError ? { lastError: keyedError } : {}), ...(keyedReport ? { lastReport: keyedReport } : {}) };
}
