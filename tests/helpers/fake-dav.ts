// A task list in memory that answers the sync engine as a CalDAV server would (full listings,
// ETags, If-Match / If-None-Match preconditions), for unit tests of pull and push without a
// network. tests/sync runs the same engine against a real Radicale.
import type { DavClient, WriteOutcome } from '@/lib/sync/dav-client';
import type { Listing, RemoteItem } from '@/lib/sync/dav-report';

export const LIST_URL = 'https://dav.example/calendars/rep/tasks/';

export function fakeTaskList() {
  const items = new Map<string, { etag: string; ics: string }>();
  let version = 0;
  let requests = 0;
  const store = (href: string, ics: string) => {
    const etag = `"${++version}"`;
    items.set(href, { etag, ics });
    return etag;
  };
  const client = {
    get requestCount() {
      return requests;
    },
    async listChanges(): Promise<Listing> {
      requests++;
      return { mode: 'full', members: new Map([...items].map(([href, item]) => [href, item.etag])), deleted: [] };
    },
    async fetchItems(_collection: string, hrefs: string[]): Promise<RemoteItem[]> {
      requests++;
      return hrefs.flatMap((href) => {
        const item = items.get(href);
        return item ? [{ href, etag: item.etag, ics: item.ics }] : [];
      });
    },
    async putItem(href: string, ics: string, etag: string | undefined): Promise<WriteOutcome> {
      requests++;
      const current = items.get(href);
      if (etag ? current?.etag !== etag : current) return { status: 'precondition_failed' };
      return { status: 'ok', etag: store(href, ics) };
    },
    async deleteItem(href: string, etag: string | undefined): Promise<WriteOutcome> {
      requests++;
      const current = items.get(href);
      if (!current) return { status: 'gone' };
      if (etag && current.etag !== etag) return { status: 'precondition_failed' };
      items.delete(href);
      return { status: 'ok' };
    },
  } satisfies Pick<DavClient, 'requestCount' | 'listChanges' | 'fetchItems' | 'putItem' | 'deleteItem'>;
  return {
    client: client as unknown as DavClient,
    items,
    /** Another app's edit of the item whose UID is `uid`: a new ETag, as a server gives. */
    edit(uid: string, change: (ics: string) => string) {
      const entry = [...items].find(([, item]) => item.ics.includes(`UID:${uid}`));
      if (!entry) throw new Error(`No item with UID ${uid}`);
      store(entry[0], change(entry[1].ics));
    },
  };
}
