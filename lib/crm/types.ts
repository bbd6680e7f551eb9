// What the CRM write-back (issue 18) works with: a connection per CRM (kept in the worker's
// IndexedDB only), a link per task and CRM (the outbox: what the CRM was last told), and the
// small client interface each CRM implements (pipedrive.ts, hubspot.ts, salesforce.ts).
import type { CrmId, Due, Priority, Task } from '../model';

export type { CrmId } from '../model';

export const CRM_LABELS: Record<CrmId, string> = { pipedrive: 'Pipedrive', hubspot: 'HubSpot', salesforce: 'Salesforce' };

interface ConnectionBase {
  crm: CrmId;
  connectedAt: number;
  /** Tasks made from an email (not on this CRM's record page) go to this CRM too, by default. */
  fromEmail: boolean;
  /** The CRM refused the token (401): nothing is sent until the rep connects again. */
  reconnectNeeded?: boolean;
}

export interface PipedriveConnection extends ConnectionBase {
  crm: 'pipedrive';
  /** "acme" for acme.pipedrive.com. */
  companyDomain: string;
  apiToken: string;
}

export interface HubSpotConnection extends ConnectionBase {
  crm: 'hubspot';
  accessToken: string;
  /** For links to the task in HubSpot's app (read from the account at connect time). */
  portalId?: string;
  uiDomain?: string;
}

export interface SalesforceConnection extends ConnectionBase {
  crm: 'salesforce';
  /** "acme" for acme.my.salesforce.com. */
  myDomain: string;
  consumerKey: string;
  accessToken: string;
  refreshToken?: string;
  /** Where the REST API lives (from the token answer). */
  instanceUrl: string;
}

export type CrmConnection = PipedriveConnection | HubSpotConnection | SalesforceConnection;

/** The CRM record the task belongs to, as far as Tasklane knows it when the task is made. */
export interface RecordTarget {
  /** The person's email: looked up in the CRM when no record id is known. */
  email?: string;
  /** Record ids read from the page the task came from (only that CRM's own). */
  personId?: string;
  orgId?: string;
  dealId?: string;
}

/** The fields Tasklane sends: what a change compares against. */
export interface SentFields {
  title: string;
  due: Due | null;
  done: boolean;
}

/** One task's copy in one CRM: the outbox row (lib/db/crm-store.ts). */
export interface CrmLink {
  crm: CrmId;
  taskId: string;
  target: RecordTarget;
  /** Set once the CRM answered the create. */
  remoteId?: string;
  url?: string;
  /** What the CRM holds as far as Tasklane knows; a task that differs is sent again. */
  sent?: SentFields;
  /** When the first create was sent: a later attempt looks for that one before creating. */
  createSentAt?: number;
  failures: number;
  /** Not before this time (a 429's Retry-After, or backoff after errors). */
  nextAttemptAt?: number;
  lastError?: string;
  createdAt: number;
  syncedAt?: number;
}

/** A task as the CRM clients see it. */
export interface OutgoingTask {
  id: string;
  title: string;
  notes: string;
  due: Due | null;
  priority: Priority;
  done: boolean;
}

export const outgoing = (task: Task): OutgoingTask => ({
  id: task.id,
  title: task.title,
  notes: task.notes,
  due: task.due ?? null,
  priority: task.priority,
  done: task.status === 'done',
});

export const sentFields = (task: OutgoingTask): SentFields => ({ title: task.title, due: task.due, done: task.done });

export interface RemoteTask {
  id: string;
  url?: string;
  done: boolean;
}

/** What every CRM client does. Each method throws CrmError (lib/crm/errors.ts) on failure. */
export interface CrmClient {
  /** Fills in the record ids the CRM needs (a person found by email). */
  resolve(target: RecordTarget): Promise<RecordTarget>;
  /** The task's copy created since `since` (by the marker in its description), if any. */
  findCreated(taskId: string, since: number, target: RecordTarget): Promise<RemoteTask | null>;
  create(task: OutgoingTask, target: RecordTarget): Promise<RemoteTask>;
  update(remoteId: string, change: Partial<SentFields>, task: OutgoingTask): Promise<void>;
  /** null when the remote task was deleted. */
  get(remoteId: string): Promise<RemoteTask | null>;
  /** Up to BATCH tasks in one request; an id missing from the answer is left out (ask get()). */
  getMany(remoteIds: string[]): Promise<Map<string, RemoteTask>>;
}

/** How many remote tasks one read-back request asks for (each CRM's list/batch limit is 100). */
export const BATCH = 100;
