// The HubSpot part of the mock (see server.ts): tasks, task and contact search, account info.
import * as v from 'valibot';
import type { CrmState, RecordedRequest, Reply, Route } from './server';
import { BatchReadBody, CreateTaskBody, SearchBody, UpdateTaskBody, taskAnswer } from './hubspot-shapes';

const notFound: Reply = { status: 404, body: { status: 'error', message: 'Object not found', category: 'OBJECT_NOT_FOUND' } };

function checked<S extends v.GenericSchema>(schema: S, value: unknown, state: CrmState, what: string): v.InferOutput<S> | Reply {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const why = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
  state.violations.push(`${what}: ${why}`);
  return { status: 400, body: { status: 'error', message: why, category: 'VALIDATION_ERROR' } };
}
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'status' in x && typeof (x as Reply).status === 'number';

const route = (name: string, method: string, path: RegExp, answer: (request: RecordedRequest, state: CrmState, match: RegExpExecArray) => Reply): Route =>
  (request, state) => {
    const match = path.exec(request.path);
    if (request.method !== method || !match) return undefined;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    return { name, reply: () => (state.tokens.has(bearer) ? answer(request, state, match) : { status: 401, body: { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' } }) };
  };

export const hubspotRoutes: Route[] = [
  route('check', 'GET', /^\/account-info\/v3\/details$/, () => ({ status: 200, body: { portalId: 4242, uiDomain: 'app.hubspot.com', timeZone: 'US/Eastern', accountType: 'STANDARD' } })),
  route('resolve', 'POST', /^\/crm\/v3\/objects\/contacts\/search$/, (request, state) => {
    const body = checked(SearchBody, request.body, state, 'POST contacts/search');
    if (isReply(body)) return body;
    const email = body.filterGroups[0]?.filters.find((f) => f.propertyName === 'email' && f.operator === 'EQ')?.value ?? '';
    const id = state.people.get(email.toLowerCase());
    return { status: 200, body: { total: id ? 1 : 0, results: id ? [{ id, properties: { email }, archived: false }] : [] } };
  }),
  route('create', 'POST', /^\/crm\/v3\/objects\/tasks$/, (request, state) => {
    const body = checked(CreateTaskBody, request.body, state, 'POST tasks');
    if (isReply(body)) return body;
    const id = String(state.nextId++);
    const at = state.now();
    state.records.set(id, { id, fields: { ...body.properties, associations: body.associations ?? [] }, createdAt: at, updatedAt: at });
    return { status: 201, body: taskAnswer(id, body.properties, at, at) };
  }),
  route('find', 'POST', /^\/crm\/v3\/objects\/tasks\/search$/, (request, state) => {
    const body = checked(SearchBody, request.body, state, 'POST tasks/search');
    if (isReply(body)) return body;
    const since = Number(body.filterGroups[0]?.filters.find((f) => f.propertyName === 'hs_createdate' && f.operator === 'GTE')?.value ?? 0);
    const all = [...state.records.values()].filter((r) => !r.deleted && r.createdAt >= since);
    const start = Number(body.after ?? 0);
    const limit = body.limit ?? 10;
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? { next: { after: String(start + limit) } } : undefined;
    return { status: 200, body: { total: all.length, results: page.map((r) => taskAnswer(r.id, strip(r.fields), r.createdAt, r.updatedAt)), ...(next ? { paging: next } : {}) } };
  }),
  route('read', 'POST', /^\/crm\/v3\/objects\/tasks\/batch\/read$/, (request, state) => {
    const body = checked(BatchReadBody, request.body, state, 'POST tasks/batch/read');
    if (isReply(body)) return body;
    const found = body.inputs.map((i) => state.records.get(i.id)).filter((r) => r && !r.deleted);
    const missing = body.inputs.filter((i) => !found.some((r) => r!.id === i.id)).map((i) => i.id);
    const at = new Date(state.now()).toISOString();
    return {
      // 207 Multi-Status when some ids were not found, as the docs describe.
      status: missing.length ? 207 : 200,
      body: {
        status: 'COMPLETE', startedAt: at, completedAt: at,
        results: found.map((r) => taskAnswer(r!.id, strip(r!.fields), r!.createdAt, r!.updatedAt)),
        ...(missing.length ? { numErrors: 1, errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some TASK objects, they may be deleted or not exist.', context: { ids: missing } }] } : {}),
      },
    };
  }),
  route('get', 'GET', /^\/crm\/v3\/objects\/tasks\/(\d+)$/, (_r, state, m) => {
    const record = state.records.get(m[1]!);
    return !record || record.deleted ? notFound : { status: 200, body: taskAnswer(record.id, strip(record.fields), record.createdAt, record.updatedAt) };
  }),
  route('update', 'PATCH', /^\/crm\/v3\/objects\/tasks\/(\d+)$/, (request, state, m) => {
    const body = checked(UpdateTaskBody, request.body, state, 'PATCH tasks');
    if (isReply(body)) return body;
    const record = state.records.get(m[1]!);
    if (!record || record.deleted) return notFound;
    record.fields = { ...record.fields, ...body.properties };
    record.updatedAt = state.now();
    return { status: 200, body: taskAnswer(record.id, strip(record.fields), record.createdAt, record.updatedAt) };
  }),
];

/** A stored task's properties without the associations kept beside them. */
function strip(fields: Record<string, unknown>): Record<string, unknown> {
  const { associations: _a, ...properties } = fields;
  return properties;
}
