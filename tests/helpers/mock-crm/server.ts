// A local stand-in for the three CRMs' APIs on 127.0.0.1 (a free port), started by the tests.
// Every request is checked against the shapes taken from the vendor's reference documentation
// (./*-shapes.ts, with the reasons beside each field): a request that breaks them gets the
// vendor's 400 and is recorded in `violations`, so a test fails on any drift from the docs.
// Faults can be injected per kind of request: a create that commits and then loses its answer
// (the socket is cut), 429 with Retry-After, 500, 401.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hubspotRoutes } from './hubspot';
import { pipedriveRoutes } from './pipedrive';
import { salesforceRoutes } from './salesforce';

export interface RecordedRequest {
  crm: 'pipedrive' | 'hubspot' | 'salesforce';
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | undefined>;
}

export type FaultKind = 'drop' | 'slow' | '429' | '500' | '401';
export interface Fault {
  /** The route's name ("create", "update", "get", "find", "resolve") or any. */
  on: string;
  kind: FaultKind;
  retryAfter?: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route answers a request (after its shape was checked) or returns undefined (no match). */
export type Route = (request: RecordedRequest, state: CrmState) => { name: string; reply: () => Reply } | undefined;

export interface RemoteRecord {
  id: string;
  fields: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  deleted?: boolean;
}

export interface CrmState {
  records: Map<string, RemoteRecord>;
  nextId: number;
  now: () => number;
  /** Why a request broke the documented shape (empty when every request was good). */
  violations: string[];
  /** People the CRM knows: email → id. */
  people: Map<string, string>;
  tokens: Set<string>;
}

const newState = (people: Record<string, string>, tokens: string[]): CrmState => ({
  records: new Map(),
  nextId: 1001,
  now: () => Date.now(),
  violations: [],
  people: new Map(Object.entries(people)),
  tokens: new Set(tokens),
});

export interface MockCrm {
  url: string;
  requests: RecordedRequest[];
  state: Record<RecordedRequest['crm'], CrmState>;
  faults: Fault[];
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
  });

function crmOf(path: string): RecordedRequest['crm'] | undefined {
  if (path.startsWith('/api/v2/') || path.startsWith('/api/v1/')) return 'pipedrive';
  if (path.startsWith('/crm/v3/') || path.startsWith('/account-info/')) return 'hubspot';
  if (path.startsWith('/services/')) return 'salesforce';
  return undefined;
}

export const TOKENS = { pipedrive: 'pd-token-1', hubspot: 'pat-na1-hs-token', salesforce: 'sf-access-1' } as const;

export async function startMockCrm(options: { people?: Record<string, string>; salesforcePeople?: Record<string, string> } = {}): Promise<MockCrm> {
  const people = options.people ?? {};
  const state = {
    pipedrive: newState(people, [TOKENS.pipedrive]),
    hubspot: newState(people, [TOKENS.hubspot]),
    salesforce: newState(options.salesforcePeople ?? {}, [TOKENS.salesforce, 'sf-refresh-1']),
  };
  const routes = { pipedrive: pipedriveRoutes, hubspot: hubspotRoutes, salesforce: salesforceRoutes };
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The e2e tests' extension pages call the mock across origins.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET,POST,PATCH,DELETE' }).end();
      return;
    }
    const crm = crmOf(url.pathname);
    const text = await readBody(req);
    let body: unknown = undefined;
    if (text && (req.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    } else if (text) body = Object.fromEntries(new URLSearchParams(text));
    if (!crm) return void res.writeHead(404).end();
    const recorded: RecordedRequest = {
      crm, method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body,
      headers: { authorization: req.headers.authorization, 'x-api-token': req.headers['x-api-token'] as string | undefined, 'content-type': req.headers['content-type'] },
    };
    requests.push(recorded);
    const matched = routes[crm].flatMap((route) => route(recorded, state[crm]) ?? [])[0];
    if (!matched) {
      state[crm].violations.push(`${req.method} ${url.pathname}: no such endpoint in the documented API`);
      return void res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not found"}');
    }
    const fault = faults.findIndex((f) => f.on === matched.name || f.on === 'any');
    const injected = fault >= 0 ? faults.splice(fault, 1)[0] : undefined;
    if (injected?.kind === '429' || injected?.kind === '500' || injected?.kind === '401') {
      const status = Number(injected.kind);
      return void res.writeHead(status, { 'Content-Type': 'application/json', ...(injected.retryAfter ? { 'Retry-After': injected.retryAfter } : {}) }).end('{}');
    }
    const reply = matched.reply();
    if (injected?.kind === 'drop') {
      // The change is made; the answer never arrives.
      req.socket.destroy();
      return;
    }
    const send = () => res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers }).end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    if (injected?.kind === 'slow') setTimeout(send, 1_000);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    faults,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
