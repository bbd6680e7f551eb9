// Options → Sync's lines in the rep's language: the last failure, each skipped item, each
// conflict. The background keys every record, older ones included (lib/sync/words.ts); a
// record that still has no key (an older worker answering) is said by the generic string,
// never by its English sentence, which goes to the console.
import type { Translate } from '@/lib/i18n';
import type { SyncConflict, SyncReport, SyncStatus } from '@/lib/sync/records';
import { fieldIssueText } from '../field-issue-text';

function unkeyed(english: string, key: string, t: Translate): string {
  console.warn('[tasklane] sync:', english);
  return t(key);
}

export function syncErrorText(error: NonNullable<SyncStatus['lastError']>, t: Translate): string {
  return error.key ? t(error.key, ...(error.params ?? [])) : unkeyed(error.message, 'errorSync_earlier', t);
}

export function skippedText(item: SyncReport['skipped'][number], t: Translate): string {
  if (!item.key) return t('syncSkipped', unkeyed(item.problem, 'syncSkip_earlier', t));
  const params = [...(item.params ?? []), ...(item.issue ? [fieldIssueText(item.issue, t)] : [])];
  return t('syncSkipped', t(item.key, ...params));
}

export function conflictText(conflict: SyncConflict, t: Translate): string {
  return conflict.key ? t(conflict.key) : unkeyed(conflict.reason, 'syncConflict_earlier', t);
}
