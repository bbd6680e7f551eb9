// A task list in memory that answers the sync engine as a CalDAV server would (full listings,
// sync-token deltas as RFC 6578 gives them, ETags, If-Match / If-None-Match preconditions), for
// unit tests of pull and push without a network. tests/sync runs the same engine against a real
// Radicale.
import type { DavClient, WriteOutcome } from '@/lib/sync/dav-client';
import type { Listing, RemoteItem } from '@/lib/sync/dav-report';

export const LIST_URL = 'https://dav.example/calendars/rep/tasks/';

export function fakeTaskList() {
  const items = new Map<string, { etag: string; ics: string }>();
  /** Per change, in order, the href that changed: a sync-token is this log's length. */
  const log: string[] = [];
  /** Requests by method, e.g. { PUT: 3, REPORT: 1 }. */
  const requests: Record<string, number> = {};
  let version = 0;
  const count = (method: string) => (requests[method] = (requests[method] ?? 0) + 1);
  const store = (href: string, ics: string) => {
    const etag = `"${++version}"`;
    items.set(href, { etag, ics });
    log.push(href);
    return etag;
  };
  const client = {
    get requestCount() {
      return Object.values(requests).reduce((a, b) => a + b, 0);
    },
    async listChanges(_collection: string, syncToken: string | undefined): Promise<Listing> {
      count('REPORT');
      const token = String(log.length);
      // A token this list never gave out is answered with every member, as after a 403.
      if (syncToken === undefined || !/^\d+$/.test(syncToken)) {
        return { mode: 'full', members: new Map([...items].map(([href, item]) => [href, item.etag])), deleted: [], syncToken: token };
      }
      const members = new Map<string, string>();
      const deleted: string[] = [];
      for (const href of new Set(log.slice(Number(syncToken)))) {
        const item = items.get(href);
        if (item) members.set(href, item.etag);
        else deleted.push(href);
      }
      return { mode: 'delta', members, deleted, syncToken: token };
    },
    async fetchItems(_collection: string, hrefs: string[]): Promise<RemoteItem[]> {
      if (hrefs.length) count('MULTIGET');
      return hrefs.flatMap((href) => {
        const item = items.get(href);
        return item ? [{ href, etag: item.etag, ics: item.ics }] : [];
      });
    },
    async putItem(href: string, ics: string, etag: string | undefined): Promise<WriteOutcome> {
      count('PUT');
      const current = items.get(href);
      if (etag ? current?.etag !== etag : current) return { status: 'precondition_failed' };
      return { status: 'ok', etag: store(href, ics) };
    },
    async deleteItem(href: string, etag: string | undefined): Promise<WriteOutcome> {
      count('DELETE');
      const current = items.get(href);
      if (!current) return { status: 'gone' };
      if (etag && current.etag !== etag) return { status: 'precondition_failed' };
      items.delete(href);
      log.push(href);
      return { status: 'ok' };
    },
  } satisfies Pick<DavClient, 'requestCount' | 'listChanges' | 'fetchItems' | 'putItem' | 'deleteItem'>;
  return {
    client: client as unknown as DavClient,
    items,
    requests,
    /** Another app's edit of the item whose UID is `uid`: a new ETag, as a server gives. */
    edit(uid: string, change: (ics: string) => string) {
      const entry = [...items].find(([, item]) => item.ics.includes(`UID:${uid}`));
      if (!entry) throw new Error(`No item with UID ${uid}`);
      store(entry[0], change(entry[1].ics));
    },
    /** An item the list held before the test began (no change is logged). */
    holds(href: string, etag: string, ics: string) {
      items.set(href, { etag, ics });
    },
  };
}
