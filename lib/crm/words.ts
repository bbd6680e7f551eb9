// A CRM problem as the rep reads it: `errorCrm_<kind>` naming the CRM ($CRM$ = its display
// name, "Salesforce 拒绝了…"). The English sentence (lib/crm/errors.ts) is for logs — and, for a
// status older builds stored without a key, the clue to its kind when it is read.
import type { CrmErrorKind } from './errors';
import { CRM_LABELS, type CrmId } from './types';

export function crmErrorWords(kind: CrmErrorKind, crm: CrmId): { key: string; params: string[] } {
  return { key: `errorCrm_${kind}`, params: [CRM_LABELS[crm]] };
}

/** Older builds' sentences (lib/crm/errors.ts, crm-service.ts) by the kind they were said for. */
const EARLIER: [RegExp, CrmErrorKind][] = [
  [/may not contact/, 'permission'],
  [/sign-in|token/, 'auth'],
  [/no longer has this record/, 'gone'],
  [/slow down/, 'rate'],
  [/refused this change|did not accept/, 'rejected'],
  [/could not be reached/, 'offline'],
  [/is failing|could not be understood/, 'server'],
];

type LastError = { message: string; at: number; key?: string; params?: string[] };

/** A stored last problem with its key and the CRM's name, whenever and by whatever build it was written. */
export function keyedCrmError(error: LastError, crm: CrmId): LastError {
  if (error.key && error.params) return error;
  const kind = EARLIER.find(([pattern]) => pattern.test(error.message))?.[1];
  return { ...error, key: error.key ?? (kind ? `errorCrm_${kind}` : 'errorCrm_earlier'), params: [CRM_LABELS[crm]] };
}
