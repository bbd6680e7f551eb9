// Salesforce: Task records through the REST API (sobjects/Task, and SOQL for lookups): Subject,
// ActivityDate as a calendar date, Status, Priority, WhoId (the Contact or Lead), WhatId (the
// Opportunity, else the Account) and the marker in Description. An expired access token is
// refreshed once with the refresh token; a refused refresh asks the rep to connect again.
// Shapes: tests/unit/crm/contracts/salesforce-shapes.ts (with the reasons for each field).
import type { Priority } from '../model';
import { salesforceActivityDate } from './dates';
import { CrmError } from './errors';
import { callJson, idOf, type HttpDeps } from './http';
import { describe, hasMarker } from './marker';
import { refreshAccess, salesforceLoginBase, type SalesforceTokens } from './salesforce-oauth';
import type { CrmClient, RecordTarget, RemoteTask, SalesforceConnection, SentFields } from './types';

export const SALESFORCE_API = '/services/data/v60.0';
const PRIORITY: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High' };
const DONE = 'Completed';
const OPEN = 'Not Started';

interface TaskRecord { Id: string; Description?: string | null; IsClosed?: boolean; Status?: string }
interface QueryAnswer<T> { totalSize?: number; done?: boolean; records?: T[]; nextRecordsUrl?: string }

/** A SOQL string literal (quotes and backslashes escaped). */
const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const SF_ID = /^[a-zA-Z0-9]{15,18}$/;

export interface SalesforceClientOptions {
  /** Test builds point the API and the sign-in at a local server. */
  base?: string;
  loginBase?: string;
  /** A refreshed token, to keep. */
  onTokens?: (tokens: SalesforceTokens) => Promise<void>;
}

export function createSalesforceClient(connection: SalesforceConnection, http: HttpDeps, options: SalesforceClientOptions = {}): CrmClient {
  let access = connection.accessToken;
  const base = () => options.base ?? connection.instanceUrl;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const send = () => callJson<T>(http, 'Salesforce', `${base()}${path}`, { method, headers: { Authorization: `Bearer ${access}` }, ...(body !== undefined ? { body } : {}) });
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof CrmError) || error.kind !== 'auth' || !connection.refreshToken) throw error;
      const fresh = await refreshAccess(http, options.loginBase ?? salesforceLoginBase(connection.myDomain), {
        clientId: connection.consumerKey,
        refreshToken: connection.refreshToken,
        instanceUrl: connection.instanceUrl,
      });
      access = fresh.accessToken;
      await options.onTokens?.(fresh);
      return send();
    }
  }
  const query = <T>(soql: string) => call<QueryAnswer<T>>('GET', `${SALESFORCE_API}/query?${new URLSearchParams({ q: soql })}`);
  const linkFor = (id: string) => `${connection.instanceUrl.replace('.my.salesforce.com', '.lightning.force.com')}/lightning/r/Task/${id}/view`;
  const remote = (record: TaskRecord): RemoteTask => ({ id: record.Id, url: linkFor(record.Id), done: Boolean(record.IsClosed) || record.Status === DONE });

  return {
    async resolve(target: RecordTarget) {
      if (target.personId || !target.email) return target;
      for (const object of ['Contact', 'Lead']) {
        const found = await query<{ Id: string }>(`SELECT Id FROM ${object} WHERE Email = ${literal(target.email)} LIMIT 1`);
        const personId = idOf(found?.records?.[0]?.Id);
        if (personId && SF_ID.test(personId)) return { ...target, personId };
      }
      return target;
    },
    async findCreated(taskId, since, target) {
      // Description is a long text area, which SOQL cannot filter: the tasks created since the
      // first attempt (the person's, when known) are read and matched here.
      const from = new Date(since - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const who = target.personId && SF_ID.test(target.personId) ? ` AND WhoId = ${literal(target.personId)}` : '';
      const found = await query<TaskRecord>(`SELECT Id, Description, IsClosed, Status FROM Task WHERE CreatedDate >= ${from}${who} ORDER BY CreatedDate LIMIT 200`);
      const hit = found?.records?.find((record) => hasMarker(record.Description, taskId));
      return hit ? remote(hit) : null;
    },
    async create(task, target) {
      const what = target.dealId ?? target.orgId;
      const answer = await call<{ id?: string; success?: boolean }>('POST', `${SALESFORCE_API}/sobjects/Task`, {
        Subject: task.title,
        ActivityDate: salesforceActivityDate(task.due),
        Status: task.done ? DONE : OPEN,
        Priority: PRIORITY[task.priority],
        Description: describe(task.notes, task.id),
        ...(target.personId && SF_ID.test(target.personId) ? { WhoId: target.personId } : {}),
        ...(what && SF_ID.test(what) ? { WhatId: what } : {}),
      });
      const id = idOf(answer?.id);
      if (!id) throw new CrmError('server', 'Salesforce’s answer had no task id; Tasklane will try again.');
      return remote({ Id: id, IsClosed: task.done });
    },
    async update(remoteId, change: Partial<SentFields>) {
      const body: Record<string, unknown> = {};
      if (change.title !== undefined) body.Subject = change.title;
      if (change.done !== undefined) body.Status = change.done ? DONE : OPEN;
      if (change.due !== undefined) body.ActivityDate = salesforceActivityDate(change.due);
      if (Object.keys(body).length) await call('PATCH', `${SALESFORCE_API}/sobjects/Task/${encodeURIComponent(remoteId)}`, body);
    },
    async getMany(remoteIds) {
      const ids = remoteIds.filter((id) => SF_ID.test(id));
      const found = new Map<string, RemoteTask>();
      if (!ids.length) return found;
      const answer = await query<TaskRecord>(`SELECT Id, IsClosed, Status FROM Task WHERE Id IN (${ids.map(literal).join(', ')})`);
      for (const record of answer?.records ?? []) found.set(record.Id, remote(record));
      return found;
    },
    async get(remoteId) {
      try {
        const record = await call<TaskRecord>('GET', `${SALESFORCE_API}/sobjects/Task/${encodeURIComponent(remoteId)}?fields=Id,IsClosed,Status`);
        return record ? remote(record) : null;
      } catch (error) {
        if (error instanceof CrmError && error.kind === 'gone') return null;
        throw error;
      }
    },
  };
}
