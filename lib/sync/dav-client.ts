// The CalDAV client: a thin wrapper over tsdav that adds authentication (only towards approved
// origins: lib/sync/credential-gate.ts), a timeout, request counting, absolute URLs and typed
// failures (lib/sync/errors.ts). It knows nothing about tasks.
import { createAccount, createObject, deleteObject, fetchCalendars, makeCalendar, updateObject } from 'tsdav';
import { createCredentialGate, UnapprovedHostError } from './credential-gate';
import { SyncError, errorForStatus, toSyncError } from './errors';
import { listMembers, multiget, type Listing, type RemoteItem } from './dav-report';

export interface DavCredentials {
  serverUrl: string;
  username: string;
  password: string;
  /** Other origins the rep allowed the server to send Tasklane to (iCloud's partition hosts). */
  approvedOrigins?: readonly string[];
}

export interface TaskList {
  url: string;
  name: string;
}

export type WriteOutcome =
  | { status: 'ok'; etag?: string }
  | { status: 'precondition_failed' }
  | { status: 'gone' }
  /** The server will not store this one item (HTTP 400, 413, 415, 422); others may still go. */
  | { status: 'refused'; httpStatus: number };

const REFUSED = new Set([400, 413, 415, 422]);

const TIMEOUT_MS = 30_000;

function basicAuth(username: string, password: string): string {
  // btoa takes Latin-1 only: encode as UTF-8 first so any password works.
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export function createDavClient(credentials: DavCredentials, baseFetch: typeof fetch = (...a) => fetch(...a)) {
  let requests = 0;
  /** Every request goes through here: credentials for approved origins only, a timeout, and a count. */
  const gate = createCredentialGate({
    authorization: basicAuth(credentials.username, credentials.password),
    approvedOrigins: [new URL(credentials.serverUrl).origin, ...(credentials.approvedOrigins ?? [])],
    fetch: baseFetch,
    timeoutMs: TIMEOUT_MS,
    onRequest: () => requests++,
  });
  const http = gate.fetch;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toSyncError(error);
    }
  };

  return {
    get requestCount() {
      return requests;
    },

    /**
     * The task lists of this account: principal → calendar home → collections that hold VTODOs.
     * When the server points to an origin the rep has not approved, this fails with an
     * UnapprovedHostError naming it, and nothing with the password went there.
     */
    discover: (): Promise<{ homeUrl: string; lists: TaskList[] }> =>
      guard(async () => {
        const account = await createAccount({
          account: { serverUrl: credentials.serverUrl, accountType: 'caldav', credentials: { username: credentials.username, password: credentials.password } },
          fetch: http,
        }).catch((error: unknown) => {
          // tsdav tries several root addresses and reports only the last failure: a refused
          // origin on the way is what the rep must hear about.
          const refused = gate.refusedOrigin;
          if (refused) throw error instanceof UnapprovedHostError ? error : new UnapprovedHostError(refused, 'href');
          throw error instanceof TypeError ? error : new SyncError('not_found', 'No CalDAV account was found at this address with these details. Check the server address, user name and password.');
        });
        // The home's members are resolved against the home itself (tsdav would use the root,
        // which is another host when the home is elsewhere, as on iCloud).
        const calendars = await fetchCalendars({ account: { ...account, rootUrl: account.homeUrl ?? account.rootUrl }, fetch: http });
        // A collection that declares no component set takes every kind, tasks included.
        const lists = calendars
          .filter((c) => !c.components?.length || c.components.includes('VTODO'))
          .map((c) => ({ url: c.url, name: String(c.displayName || new URL(c.url).pathname).slice(0, 200) }));
        return { homeUrl: account.homeUrl ?? credentials.serverUrl, lists };
      }),

    /** Creates a task list called `name` in the calendar home. */
    createTaskList: (homeUrl: string, name: string): Promise<TaskList> =>
      guard(async () => {
        const url = new URL(`tasklane-${crypto.randomUUID().slice(0, 8)}/`, homeUrl).href;
        const [answer] = await makeCalendar({
          url,
          props: {
            'd:displayname': name,
            'c:supported-calendar-component-set': { 'c:comp': { _attributes: { name: 'VTODO' } } },
          },
          fetch: http,
        });
        if (!answer?.ok) throw errorForStatus(answer?.status ?? 0, 'creating the task list');
        return { url, name };
      }),

    listChanges: (collectionUrl: string, syncToken: string | undefined, useSyncCollection: boolean): Promise<Listing> =>
      guard(() => listMembers(http, collectionUrl, syncToken, useSyncCollection)),

    fetchItems: (collectionUrl: string, hrefs: string[]): Promise<RemoteItem[]> => guard(() => multiget(http, collectionUrl, hrefs)),

    /** PUT with If-Match (update) or If-None-Match: * (create), so a retry never duplicates. */
    putItem: (href: string, ics: string, etag: string | undefined): Promise<WriteOutcome> =>
      guard(async () => {
        const headers = { 'Content-Type': 'text/calendar; charset=utf-8' };
        const response = etag
          ? await updateObject({ url: href, data: ics, etag, headers, fetch: http })
          : await createObject({ url: href, data: ics, headers: { ...headers, 'If-None-Match': '*' }, fetch: http });
        await response.body?.cancel();
        if (response.status === 412) return { status: 'precondition_failed' };
        if (response.status === 404 || response.status === 410) return { status: 'gone' };
        if (REFUSED.has(response.status)) return { status: 'refused', httpStatus: response.status };
        if (!response.ok) throw errorForStatus(response.status, 'saving a task');
        const newEtag = response.headers.get('ETag');
        return newEtag ? { status: 'ok', etag: newEtag } : { status: 'ok' };
      }),

    deleteItem: (href: string, etag: string | undefined): Promise<WriteOutcome> =>
      guard(async () => {
        const response = await deleteObject({ url: href, etag, fetch: http });
        await response.body?.cancel();
        if (response.status === 412) return { status: 'precondition_failed' };
        if (response.status === 404 || response.status === 410) return { status: 'gone' };
        if (!response.ok) throw errorForStatus(response.status, 'deleting a task');
        return { status: 'ok' };
      }),
  };
}

export type DavClient = ReturnType<typeof createDavClient>;
