// Pipedrive: activities of type "task" through the v2 API (/api/v2/activities), linked to the
// person as the primary participant (v2 makes person_id read-only), and to the deal and
// organization where known. The personal API token goes in the x-api-token header, never in a
// URL. Shapes: tests/unit/crm/contracts/pipedrive-shapes.ts (with the reasons for each field).
import { pipedriveDue } from './dates';
import { CrmError } from './errors';
import { callJson, idOf, type HttpDeps } from './http';
import { describe, hasMarker } from './marker';
import type { CrmClient, PipedriveConnection, RecordTarget, RemoteTask, SentFields } from './types';

interface Activity {
  id: number;
  done?: boolean;
  note?: string | null;
  is_deleted?: boolean;
}
interface One<T> { success: boolean; data: T | null }
interface Page<T> { success: boolean; data: T[] | null; additional_data?: { next_cursor?: string | null } }

const MAX_PAGES = 5;

export function pipedriveBase(connection: Pick<PipedriveConnection, 'companyDomain'>): string {
  return `https://${connection.companyDomain}.pipedrive.com`;
}

export function createPipedriveClient(connection: PipedriveConnection, http: HttpDeps, base = pipedriveBase(connection)): CrmClient {
  const call = <T>(method: string, path: string, body?: unknown) =>
    callJson<T>(http, 'Pipedrive', `${base}${path}`, { method, headers: { 'x-api-token': connection.apiToken }, ...(body !== undefined ? { body } : {}) });
  const linkFor = (target: RecordTarget) =>
    `${pipedriveBase(connection)}${target.dealId ? `/deal/${target.dealId}` : target.personId ? `/person/${target.personId}` : '/activities/list'}`;
  const remote = (activity: Activity, target: RecordTarget): RemoteTask => ({ id: String(activity.id), url: linkFor(target), done: Boolean(activity.done) });
  const num = (id: string | undefined) => (id && /^\d+$/.test(id) ? Number(id) : undefined);

  return {
    async resolve(target) {
      let resolved = { ...target };
      if (resolved.dealId && !resolved.personId) {
        const deal = await call<One<{ person_id?: number | null; org_id?: number | null }>>('GET', `/api/v2/deals/${num(resolved.dealId)}`);
        const personId = idOf(deal?.data?.person_id);
        const orgId = idOf(deal?.data?.org_id);
        resolved = { ...resolved, ...(personId ? { personId } : {}), ...(orgId && !resolved.orgId ? { orgId } : {}) };
      }
      if (!resolved.personId && resolved.email) {
        const query = new URLSearchParams({ term: resolved.email, fields: 'email', exact_match: 'true', limit: '1' });
        const found = await call<One<{ items?: { item?: { id?: number } }[] }>>('GET', `/api/v2/persons/search?${query}`);
        const personId = idOf(found?.data?.items?.[0]?.item?.id);
        if (personId) resolved.personId = personId;
      }
      return resolved;
    },
    async findCreated(taskId, since, target) {
      // Activities touched since the first attempt (the person's, when known), read for the marker.
      const query = new URLSearchParams({ updated_since: new Date(since - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), limit: '100' });
      if (num(target.personId)) query.set('person_id', String(num(target.personId)));
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer = await call<Page<Activity>>('GET', `/api/v2/activities?${query}`);
        const hit = answer?.data?.find((activity) => hasMarker(activity.note, taskId));
        if (hit) return remote(hit, target);
        const next = answer?.additional_data?.next_cursor;
        if (!next) return null;
        query.set('cursor', next);
      }
      return null;
    },
    async create(task, target) {
      const personId = num(target.personId);
      const body = {
        subject: task.title,
        type: 'task',
        done: task.done,
        note: describe(task.notes, task.id),
        ...pipedriveDue(task.due),
        ...(personId ? { participants: [{ person_id: personId, primary: true }] } : {}),
        ...(num(target.orgId) ? { org_id: num(target.orgId) } : {}),
        ...(num(target.dealId) ? { deal_id: num(target.dealId) } : {}),
      };
      const answer = await call<One<Activity>>('POST', '/api/v2/activities', body);
      if (!answer?.data || idOf(answer.data.id) === undefined) throw new CrmError('server', 'Pipedrive’s answer had no activity id; Tasklane will try again.');
      return remote(answer.data, target);
    },
    async update(remoteId, change: Partial<SentFields>) {
      const body: Record<string, unknown> = {};
      if (change.title !== undefined) body.subject = change.title;
      if (change.done !== undefined) body.done = change.done;
      if (change.due !== undefined) Object.assign(body, change.due ? { due_time: null, ...pipedriveDue(change.due) } : { due_date: null, due_time: null });
      await call('PATCH', `/api/v2/activities/${num(remoteId)}`, body);
    },
    async getMany(remoteIds) {
      const ids = remoteIds.filter((id) => num(id) !== undefined);
      const found = new Map<string, RemoteTask>();
      if (!ids.length) return found;
      const answer = await call<Page<Activity>>('GET', `/api/v2/activities?${new URLSearchParams({ ids: ids.join(','), limit: String(ids.length) })}`);
      for (const activity of answer?.data ?? []) if (!activity.is_deleted) found.set(String(activity.id), { id: String(activity.id), done: Boolean(activity.done) });
      return found;
    },
    async get(remoteId) {
      try {
        const answer = await call<One<Activity>>('GET', `/api/v2/activities/${num(remoteId)}`);
        if (!answer?.data || answer.data.is_deleted) return null;
        return { id: String(answer.data.id), done: Boolean(answer.data.done) };
      } catch (error) {
        if (error instanceof CrmError && error.kind === 'gone') return null;
        throw error;
      }
    },
  };
}

/** Checks the token at connect time: the user it belongs to. */
export async function checkPipedrive(connection: PipedriveConnection, http: HttpDeps, base = pipedriveBase(connection)): Promise<void> {
  await callJson(http, 'Pipedrive', `${base}/api/v1/users/me`, { method: 'GET', headers: { 'x-api-token': connection.apiToken } });
}
