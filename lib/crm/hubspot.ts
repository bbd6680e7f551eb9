// HubSpot: tasks through the CRM v3 objects API (/crm/v3/objects/tasks), associated with the
// contact (found by email through the contacts search API when the task did not come from its
// record), the company and the deal. A private app's access token as a Bearer token.
// Shapes: tests/unit/crm/contracts/hubspot-shapes.ts (with the reasons for each field).
import type { Priority } from '../model';
import { hubspotTimestamp } from './dates';
import { CrmError } from './errors';
import { callJson, idOf, type HttpDeps } from './http';
import { describe, hasMarker } from './marker';
import type { CrmClient, HubSpotConnection, RecordTarget, RemoteTask, SentFields } from './types';

export const HUBSPOT_API = 'https://api.hubapi.com';

/** HubSpot-defined association types, task → contact, company, deal. */
export const TASK_TO = { contact: 204, company: 192, deal: 216 } as const;

const PRIORITY: Record<Priority, string> = { low: 'LOW', normal: 'MEDIUM', high: 'HIGH' };
const COMPLETED = 'COMPLETED';

interface TaskObject { id: string; properties?: Record<string, string | null>; archived?: boolean }
interface SearchAnswer { total?: number; results?: TaskObject[]; paging?: { next?: { after?: string } } }

export function createHubSpotClient(connection: HubSpotConnection, http: HttpDeps, base = HUBSPOT_API): CrmClient {
  const call = <T>(method: string, path: string, body?: unknown) =>
    callJson<T>(http, 'HubSpot', `${base}${path}`, { method, headers: { Authorization: `Bearer ${connection.accessToken}` }, ...(body !== undefined ? { body } : {}) });
  const linkFor = (id: string) =>
    connection.portalId ? `https://${connection.uiDomain ?? 'app.hubspot.com'}/contacts/${connection.portalId}/record/0-27/${id}` : undefined;
  const remote = (task: TaskObject): RemoteTask => {
    const url = linkFor(task.id);
    return { id: task.id, ...(url ? { url } : {}), done: task.properties?.hs_task_status === COMPLETED };
  };
  const association = (id: string | undefined, typeId: number) =>
    id ? [{ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }] }] : [];

  return {
    async resolve(target: RecordTarget) {
      if (target.personId || !target.email) return target;
      const found = await call<SearchAnswer>('POST', '/crm/v3/objects/contacts/search', {
        filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: target.email }] }],
        properties: ['email'],
        limit: 1,
      });
      const personId = idOf(found?.results?.[0]?.id);
      return personId ? { ...target, personId } : target;
    },
    async findCreated(taskId, since) {
      // Tasks created since the first attempt, read for the marker (search matches whole
      // tokens, and the marker's punctuation splits it; reading the few recent tasks is exact).
      let after: string | undefined;
      for (let page = 0; page < 5; page++) {
        const answer = await call<SearchAnswer>('POST', '/crm/v3/objects/tasks/search', {
          filterGroups: [{ filters: [{ propertyName: 'hs_createdate', operator: 'GTE', value: String(since - 60_000) }] }],
          properties: ['hs_task_body', 'hs_task_status'],
          limit: 100,
          ...(after ? { after } : {}),
        });
        const hit = answer?.results?.find((task) => hasMarker(task.properties?.hs_task_body, taskId));
        if (hit) return remote(hit);
        after = answer?.paging?.next?.after;
        if (!after) return null;
      }
      return null;
    },
    async create(task, target) {
      const answer = await call<TaskObject>('POST', '/crm/v3/objects/tasks', {
        properties: {
          hs_timestamp: hubspotTimestamp(task.due, http.now()),
          hs_task_subject: task.title,
          hs_task_body: describe(task.notes, task.id),
          hs_task_status: task.done ? COMPLETED : 'NOT_STARTED',
          hs_task_priority: PRIORITY[task.priority],
          hs_task_type: 'TODO',
        },
        associations: [...association(target.personId, TASK_TO.contact), ...association(target.orgId, TASK_TO.company), ...association(target.dealId, TASK_TO.deal)],
      });
      if (!answer || !idOf(answer.id)) throw new CrmError('server', 'HubSpot’s answer had no task id; Tasklane will try again.');
      return remote({ ...answer, id: String(answer.id) });
    },
    async update(remoteId, change: Partial<SentFields>) {
      const properties: Record<string, string> = {};
      if (change.title !== undefined) properties.hs_task_subject = change.title;
      if (change.done !== undefined) properties.hs_task_status = change.done ? COMPLETED : 'NOT_STARTED';
      if (change.due) properties.hs_timestamp = hubspotTimestamp(change.due, http.now());
      if (Object.keys(properties).length) await call('PATCH', `/crm/v3/objects/tasks/${encodeURIComponent(remoteId)}`, { properties });
    },
    async getMany(remoteIds) {
      const found = new Map<string, RemoteTask>();
      if (!remoteIds.length) return found;
      // 200, or 207 with "errors" for ids it does not have: those are left to get().
      const answer = await call<{ results?: TaskObject[] }>('POST', '/crm/v3/objects/tasks/batch/read', {
        properties: ['hs_task_status'],
        inputs: remoteIds.map((id) => ({ id })),
      });
      for (const task of answer?.results ?? []) if (!task.archived && idOf(task.id)) found.set(String(task.id), remote({ ...task, id: String(task.id) }));
      return found;
    },
    async get(remoteId) {
      try {
        const task = await call<TaskObject>('GET', `/crm/v3/objects/tasks/${encodeURIComponent(remoteId)}?properties=hs_task_status`);
        if (!task || task.archived) return null;
        return remote({ ...task, id: String(task.id) });
      } catch (error) {
        if (error instanceof CrmError && error.kind === 'gone') return null;
        throw error;
      }
    },
  };
}

/** Checks the token at connect time and reads the account's id and app domain for links. */
export async function checkHubSpot(connection: HubSpotConnection, http: HttpDeps, base = HUBSPOT_API): Promise<{ portalId?: string; uiDomain?: string }> {
  const details = await callJson<{ portalId?: number; uiDomain?: string }>(http, 'HubSpot', `${base}/account-info/v3/details`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${connection.accessToken}` },
  });
  const portalId = idOf(details?.portalId);
  const uiDomain = typeof details?.uiDomain === 'string' && /^[a-z0-9.-]+\.hubspot\.com$/.test(details.uiDomain) ? details.uiDomain : undefined;
  return { ...(portalId ? { portalId } : {}), ...(uiDomain ? { uiDomain } : {}) };
}
