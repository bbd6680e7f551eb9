// Which connected CRMs a new task goes to unless the rep says otherwise: the CRM whose record
// page it was made on, and every CRM the rep set to take tasks made from email.
import type { CrmId, SourceSite } from '../model';
import type { CrmConnection } from './types';

/** Sites whose tasks are "from an email". */
const EMAIL_SITES: readonly SourceSite[] = ['gmail', 'outlook', 'roundcube', 'qqmail', 'netease'];

export function defaultCrms(connections: readonly CrmConnection[], site: SourceSite | undefined): CrmId[] {
  return connections
    .filter((c) => c.crm === site || (c.fromEmail && site !== undefined && EMAIL_SITES.includes(site)))
    .map((c) => c.crm);
}
