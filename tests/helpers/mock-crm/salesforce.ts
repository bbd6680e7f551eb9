// The Salesforce part of the mock (see server.ts): sobjects/Task, query, oauth2/token.
import * as v from 'valibot';
import type { CrmState, RecordedRequest, Reply, Route } from './server';
import { CreateTaskBody, PERSON_QUERY, TASK_QUERY, TASKS_BY_ID, TokenForm, UpdateTaskBody } from './salesforce-shapes';

const API = '/services/data/v60.0';
const notFound: Reply = { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'status' in x && typeof (x as Reply).status === 'number';

function checked<S extends v.GenericSchema>(schema: S, value: unknown, state: CrmState, what: string): v.InferOutput<S> | Reply {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const why = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
  state.violations.push(`${what}: ${why}`);
  return { status: 400, body: [{ errorCode: 'INVALID_FIELD', message: why }] };
}

const route = (name: string, method: string, path: RegExp, answer: (request: RecordedRequest, state: CrmState, match: RegExpExecArray) => Reply, open = false): Route =>
  (request, state) => {
    const match = path.exec(request.path);
    if (request.method !== method || !match) return undefined;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    return { name, reply: () => (open || state.tokens.has(bearer) ? answer(request, state, match) : { status: 401, body: [{ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }] }) };
  };

/** 18-character Task ids (00T…), counting up. */
const taskId = (n: number) => `00T${String(n).padStart(15, '0')}`;
const isDone = (fields: Record<string, unknown>) => fields.Status === 'Completed';

export const salesforceRoutes: Route[] = [
  route('token', 'POST', /^\/services\/oauth2\/token$/, (request, state) => {
    const form = checked(TokenForm, request.body, state, 'POST oauth2/token');
    if (isReply(form)) return form;
    // A revoked refresh token is refused as the docs say: 400 invalid_grant.
    if (form.grant_type === 'refresh_token' && !state.tokens.has(form.refresh_token)) return { status: 400, body: { error: 'invalid_grant', error_description: 'expired access/refresh token' } };
    const access = `sf-access-${state.nextId++}`;
    state.tokens.add(access);
    return { status: 200, body: { access_token: access, ...(form.grant_type === 'authorization_code' ? { refresh_token: 'sf-refresh-1' } : {}), instance_url: 'https://acme.my.salesforce.com', id: 'https://login.salesforce.com/id/00D/005', token_type: 'Bearer', issued_at: String(state.now()) } };
  }, true),
  route('query', 'GET', new RegExp(`^${API}/query$`), (request, state) => {
    const soql = request.query.get('q') ?? '';
    const person = PERSON_QUERY.exec(soql);
    if (person) {
      const found = state.people.get(`${person[1]}:${person[2]!.replace(/\\(.)/g, '$1').toLowerCase()}`);
      return { status: 200, body: { totalSize: found ? 1 : 0, done: true, records: found ? [{ attributes: { type: person[1] }, Id: found }] : [] } };
    }
    const byId = TASKS_BY_ID.exec(soql);
    if (byId) {
      const ids = byId[1]!.split(', ').map((quoted) => quoted.slice(1, -1));
      const records = ids.map((id) => state.records.get(id)).filter((r) => r && !r.deleted);
      return { status: 200, body: { totalSize: records.length, done: true, records: records.map((r) => ({ attributes: { type: 'Task' }, Id: r!.id, IsClosed: isDone(r!.fields), Status: r!.fields.Status })) } };
    }
    const tasks = TASK_QUERY.exec(soql);
    if (!tasks) {
      state.violations.push(`query: unexpected SOQL ${soql}`);
      return { status: 400, body: [{ errorCode: 'MALFORMED_QUERY', message: 'unexpected query' }] };
    }
    const since = Date.parse(tasks[1]!);
    const records = [...state.records.values()].filter((r) => !r.deleted && r.createdAt >= since && (!tasks[3] || r.fields.WhoId === tasks[3]));
    return { status: 200, body: { totalSize: records.length, done: true, records: records.map((r) => ({ attributes: { type: 'Task' }, Id: r.id, Description: r.fields.Description ?? null, IsClosed: isDone(r.fields), Status: r.fields.Status })) } };
  }),
  route('create', 'POST', new RegExp(`^${API}/sobjects/Task$`), (request, state) => {
    const body = checked(CreateTaskBody, request.body, state, 'POST sobjects/Task');
    if (isReply(body)) return body;
    const id = taskId(state.nextId++);
    const at = state.now();
    state.records.set(id, { id, fields: body, createdAt: at, updatedAt: at });
    return { status: 201, body: { id, success: true, errors: [] } };
  }),
  route('get', 'GET', new RegExp(`^${API}/sobjects/Task/(00T[a-zA-Z0-9]{12,15})$`), (_r, state, m) => {
    const record = state.records.get(m[1]!);
    if (!record || record.deleted) return notFound;
    return { status: 200, body: { attributes: { type: 'Task' }, Id: record.id, IsClosed: isDone(record.fields), Status: record.fields.Status } };
  }),
  route('update', 'PATCH', new RegExp(`^${API}/sobjects/Task/(00T[a-zA-Z0-9]{12,15})$`), (request, state, m) => {
    const body = checked(UpdateTaskBody, request.body, state, 'PATCH sobjects/Task');
    if (isReply(body)) return body;
    const record = state.records.get(m[1]!);
    if (!record || record.deleted) return notFound;
    record.fields = { ...record.fields, ...body };
    record.updatedAt = state.now();
    return { status: 204 };
  }),
];
