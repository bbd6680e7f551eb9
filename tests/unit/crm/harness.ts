// Shared setup of the CRM tests: a fresh database, the mock CRM server on 127.0.0.1 (started by
// the test), a connection per CRM pointing at it, a test clock the server shares, and a pass.
import * as db from '@/lib/db';
import { clientFor } from '@/lib/crm/clients';
import { runOutbox } from '@/lib/crm/outbox';
import type { CrmConnection, CrmId, RecordTarget } from '@/lib/crm/types';
import { saveConnection } from '@/lib/db/crm-store';
import type { TaskDraft } from '@/lib/model';
import { freshIndexedDb } from '../../helpers/fresh-db';
import { TOKENS, startMockCrm, type MockCrm } from '../../helpers/mock-crm/server';

export const CONNECTIONS: Record<CrmId, CrmConnection> = {
  pipedrive: { crm: 'pipedrive', companyDomain: 'acme', apiToken: TOKENS.pipedrive, connectedAt: 1, fromEmail: true },
  hubspot: { crm: 'hubspot', accessToken: TOKENS.hubspot, portalId: '4242', connectedAt: 1, fromEmail: true },
  salesforce: { crm: 'salesforce', myDomain: 'acme', consumerKey: 'key', accessToken: TOKENS.salesforce, refreshToken: 'sf-refresh-1', instanceUrl: 'https://acme.my.salesforce.com', connectedAt: 1, fromEmail: true },
};

export interface Harness {
  database: db.TasklaneDb;
  server: MockCrm;
  clock: { now: number };
  requests: { method: string; url: string }[];
  create(crm: CrmId, draft?: Partial<TaskDraft>, target?: RecordTarget): Promise<string>;
  pass(crm: CrmId, options?: { pull?: boolean; timeoutMs?: number; connection?: CrmConnection }): ReturnType<typeof runOutbox>;
  close(): Promise<void>;
}

export async function startHarness(people: Record<string, string> = {}, salesforcePeople: Record<string, string> = {}): Promise<Harness> {
  freshIndexedDb();
  const database = await db.openTasklaneDb();
  const server = await startMockCrm({ people, salesforcePeople });
  const clock = { now: Date.UTC(2026, 11, 7, 9, 0) };
  for (const state of Object.values(server.state)) state.now = () => clock.now;
  const requests: { method: string; url: string }[] = [];
  return {
    database, server, clock, requests,
    async create(crm, draft = {}, target = {}) {
      const { task } = await db.createTask(database, { title: 'Call Dana', notes: '', priority: 'normal', categories: {}, ...draft }, undefined, clock.now, { crm: [{ crm, target }] });
      return task.id;
    },
    async pass(crm, options = {}) {
      const connection = options.connection ?? CONNECTIONS[crm];
      await saveConnection(database, connection);
      const http = { fetch, now: () => clock.now, timeoutMs: options.timeoutMs ?? 5_000, onRequest: (r: { method: string; url: string }) => void requests.push(r) };
      const client = clientFor(connection, http, { base: server.url });
      return runOutbox({ db: database, crm, client, now: () => clock.now, pull: options.pull ?? true });
    },
    close: () => server.close(),
  };
}
