// The Pipedrive part of the mock (see server.ts): v2 activities, persons search, deals, v1 users/me.
import * as v from 'valibot';
import type { CrmState, RecordedRequest, Reply, Route } from './server';
import { AddActivityBody, ListActivitiesQuery, SearchPersonsQuery, UpdateActivityBody, activityAnswer } from './pipedrive-shapes';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function checked<S extends v.GenericSchema>(schema: S, value: unknown, state: CrmState, what: string): v.InferOutput<S> | Reply {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const why = result.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`).join('; ');
  state.violations.push(`${what}: ${why}`);
  return { status: 400, body: { success: false, error: why, code: 'ERR_SCHEMA_VALIDATION_FAILED' } };
}
const isReply = (x: unknown): x is Reply => typeof x === 'object' && x !== null && 'status' in x && typeof (x as Reply).status === 'number';

const authorised = (request: RecordedRequest, state: CrmState) => state.tokens.has(request.headers['x-api-token'] ?? '');
const unauthorised: Reply = { status: 401, body: { success: false, error: 'unauthorized access', errorCode: 401 } };

const route = (name: string, method: string, path: RegExp, answer: (request: RecordedRequest, state: CrmState, match: RegExpExecArray) => Reply): Route =>
  (request, state) => {
    const match = path.exec(request.path);
    if (request.method !== method || !match) return undefined;
    return { name, reply: () => (authorised(request, state) ? answer(request, state, match) : unauthorised) };
  };

const query = (request: RecordedRequest) => Object.fromEntries(request.query);

export const pipedriveRoutes: Route[] = [
  route('check', 'GET', /^\/api\/v1\/users\/me$/, () => ({ status: 200, body: { success: true, data: { id: 1, name: 'Rep', company_domain: 'acme' } } })),
  route('resolve', 'GET', /^\/api\/v2\/persons\/search$/, (request, state) => {
    const q = checked(SearchPersonsQuery, query(request), state, 'GET persons/search');
    if (isReply(q)) return q;
    const id = state.people.get(q.term.toLowerCase());
    return { status: 200, body: { success: true, data: { items: id ? [{ result_score: 1, item: { id: Number(id), name: 'Person', emails: [q.term] } }] : [] }, additional_data: { next_cursor: null } } };
  }),
  route('resolve', 'GET', /^\/api\/v2\/deals\/(\d+)$/, (_r, _s, m) => ({ status: 200, body: { success: true, data: { id: Number(m[1]), title: 'Deal', person_id: 501, org_id: 77 } } })),
  route('create', 'POST', /^\/api\/v2\/activities$/, (request, state) => {
    const body = checked(AddActivityBody, request.body, state, 'POST activities');
    if (isReply(body)) return body;
    const id = state.nextId++;
    const at = state.now();
    state.records.set(String(id), { id: String(id), fields: body, createdAt: at, updatedAt: at });
    return { status: 200, body: { success: true, data: activityAnswer(id, body, iso(at)), additional_data: {} } };
  }),
  route('find', 'GET', /^\/api\/v2\/activities$/, (request, state) => {
    const q = checked(ListActivitiesQuery, query(request), state, 'GET activities');
    if (isReply(q)) return q;
    const since = q.updated_since ? Date.parse(q.updated_since) : 0;
    const all = [...state.records.values()].filter((r) => !r.deleted && r.updatedAt >= since)
      .filter((r) => !q.ids || q.ids.split(',').includes(r.id))
      .filter((r) => !q.person_id || ((r.fields.participants as { person_id: number }[] | undefined) ?? []).some((p) => String(p.person_id) === q.person_id));
    const start = Number(q.cursor ?? 0);
    const limit = Number(q.limit ?? 100);
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? String(start + limit) : null;
    return { status: 200, body: { success: true, data: page.map((r) => activityAnswer(Number(r.id), r.fields, iso(r.updatedAt))), additional_data: { next_cursor: next } } };
  }),
  route('get', 'GET', /^\/api\/v2\/activities\/(\d+)$/, (_r, state, m) => {
    const record = state.records.get(m[1]!);
    if (!record || record.deleted) return { status: 404, body: { success: false, error: 'Activity not found', code: 'ERR_NOT_FOUND' } };
    return { status: 200, body: { success: true, data: activityAnswer(Number(record.id), record.fields, iso(record.updatedAt)) } };
  }),
  route('update', 'PATCH', /^\/api\/v2\/activities\/(\d+)$/, (request, state, m) => {
    const body = checked(UpdateActivityBody, request.body, state, 'PATCH activities');
    if (isReply(body)) return body;
    const record = state.records.get(m[1]!);
    if (!record || record.deleted) return { status: 404, body: { success: false, error: 'Activity not found', code: 'ERR_NOT_FOUND' } };
    record.fields = { ...record.fields, ...body };
    record.updatedAt = state.now();
    return { status: 200, body: { success: true, data: activityAnswer(Number(record.id), record.fields, iso(record.updatedAt)) } };
  }),
];
