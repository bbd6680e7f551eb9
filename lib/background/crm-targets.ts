// The CRMs a new task is created in too, and the record each copy is linked to: the panel's
// choice (only CRMs that are connected), or without one each connection's default.
import { defaultCrms } from '../crm/defaults';
import { targetFor } from '../crm/target';
import { CRM_LABELS, type CrmConnection, type CrmId, type RecordTarget } from '../crm/types';
import type { TasklaneDb } from '../db';
import { getConnection } from '../db/crm-store';
import type { CrmChoice } from '../messages/requests/crm';
import { CRM_IDS, type SourceSite, type TaskDraft } from '../model';

export async function connectedCrms(db: TasklaneDb): Promise<CrmConnection[]> {
  return (await Promise.all(CRM_IDS.map((crm) => getConnection(db, crm)))).filter((c): c is CrmConnection => Boolean(c));
}

export async function crmTargetsFor(
  db: TasklaneDb,
  draft: Pick<TaskDraft, 'source'>,
  email: string | undefined,
  chosen: readonly CrmId[] | undefined,
): Promise<{ crm: CrmId; target: RecordTarget }[]> {
  const connections = await connectedCrms(db);
  const connected = new Set(connections.map((c) => c.crm));
  const crms = chosen ? [...new Set(chosen)].filter((crm) => connected.has(crm)) : defaultCrms(connections, draft.source?.site);
  return crms.map((crm) => ({ crm, target: targetFor(crm, draft, email) }));
}

/** What the quick-create panel offers for a page of `site`. */
export async function crmChoicesFor(db: TasklaneDb, site: SourceSite | undefined): Promise<CrmChoice[]> {
  const connections = await connectedCrms(db);
  const on = new Set(defaultCrms(connections, site));
  return connections.map((c) => ({ crm: c.crm, label: CRM_LABELS[c.crm], checked: on.has(c.crm) }));
}
