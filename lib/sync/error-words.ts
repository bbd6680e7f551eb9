// The UI string (public/_locales) that says a sync failure in the rep's language; the English
// message stays for logs. A host the rep has not allowed is named, as the English one names it.
import { UnapprovedHostError } from './credential-gate';
import type { SyncError } from './errors';

export function syncErrorWords(error: SyncError): { key: string; params?: string[] } {
  if (error instanceof UnapprovedHostError) return { key: 'errorSyncHostNotAllowed', params: [new URL(error.origin).host] };
  return { key: `errorSync_${error.kind}` };
}
