// Reading a collection: what changed since the last sync-token (RFC 6578 sync-collection), or
// where the server lacks it, the ETag of every member (PROPFIND Depth 1); then the changed
// items' data in batches (calendar-multiget). Hrefs are made absolute so they compare as strings.
import { calendarMultiGet, propfind, syncCollection, type DAVResponse } from 'tsdav';
import { SyncError, errorForStatus } from './errors';

export interface Listing {
  /** 'delta': only changes since the token; 'full': every member (missing ones were deleted). */
  mode: 'delta' | 'full';
  /** Changed (delta) or all (full) members: absolute href → ETag. */
  members: Map<string, string>;
  /** Delta only: members the server reports deleted. */
  deleted: string[];
  syncToken?: string;
  /** True when the server refused sync-collection, so the caller stops asking. */
  noSyncCollection?: boolean;
}

export interface RemoteItem {
  href: string;
  etag?: string;
  ics: string;
}

/** Items per calendar-multiget: big enough to be few requests, small enough for any server. */
const MULTIGET_BATCH = 200;

const absolute = (href: string, base: string) => new URL(href, base).href;
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value
    : typeof value === 'number' ? String(value)
    : value && typeof value === 'object' ? textOf((value as { _cdata?: unknown; _text?: unknown })._cdata ?? (value as { _text?: unknown })._text)
    : undefined;

/** A failed request comes back as one response without the multistatus; turn it into an error. */
function failure(responses: DAVResponse[], what: string): SyncError | undefined {
  const [first] = responses;
  if (!first) return new SyncError('bad_answer', `The server sent an empty answer while ${what}.`);
  if (responses.length === 1 && !first.ok && !first.props) return errorForStatus(first.status, what);
  return undefined;
}

function isMember(response: DAVResponse, collectionUrl: string): response is DAVResponse & { href: string } {
  return typeof response.href === 'string' && absolute(response.href, collectionUrl) !== collectionUrl;
}

async function byEtags(http: typeof fetch, collectionUrl: string): Promise<Listing> {
  const responses = await propfind({ url: collectionUrl, props: { 'd:getetag': {} }, depth: '1', fetch: http });
  const failed = failure(responses, 'listing the task list');
  if (failed) throw failed;
  const members = new Map<string, string>();
  for (const response of responses) {
    const etag = textOf(response.props?.getetag);
    if (isMember(response, collectionUrl) && response.ok && etag) members.set(absolute(response.href, collectionUrl), etag);
  }
  return { mode: 'full', members, deleted: [] };
}

/**
 * What changed on the server. With a token: the changes since; without: every member. A
 * server without sync-collection (or one that forgot the token) is answered with a full
 * ETag listing instead.
 */
export async function listMembers(http: typeof fetch, collectionUrl: string, syncToken: string | undefined, useSyncCollection: boolean): Promise<Listing> {
  if (!useSyncCollection) return byEtags(http, collectionUrl);
  const responses = await syncCollection({ url: collectionUrl, props: { 'd:getetag': {} }, syncLevel: 1, syncToken: syncToken ?? '', fetch: http });
  const [first] = responses;
  if (first && responses.length === 1 && !first.ok && !first.props) {
    if (first.status === 401 || first.status === 404 || first.status >= 500) throw errorForStatus(first.status, 'reading changes');
    // 403/409 with a token: the token expired (valid-sync-token); start over with a full sync.
    if (syncToken && (first.status === 403 || first.status === 409)) return listMembers(http, collectionUrl, undefined, true);
    return { ...(await byEtags(http, collectionUrl)), noSyncCollection: true };
  }
  const token = textOf((first?.raw as { multistatus?: { syncToken?: unknown } } | undefined)?.multistatus?.syncToken);
  const members = new Map<string, string>();
  const deleted: string[] = [];
  for (const response of responses) {
    if (!isMember(response, collectionUrl)) continue;
    const href = absolute(response.href, collectionUrl);
    const etag = textOf(response.props?.getetag);
    if (response.status === 404) deleted.push(href);
    else if (response.ok && etag) members.set(href, etag);
  }
  return { mode: syncToken ? 'delta' : 'full', members, deleted, ...(token ? { syncToken: token } : {}) };
}

/** The data of the given items, in batches; items the server no longer has are left out. */
export async function multiget(http: typeof fetch, collectionUrl: string, hrefs: string[]): Promise<RemoteItem[]> {
  const items: RemoteItem[] = [];
  for (let start = 0; start < hrefs.length; start += MULTIGET_BATCH) {
    const batch = hrefs.slice(start, start + MULTIGET_BATCH);
    const responses = await calendarMultiGet({
      url: collectionUrl,
      props: { 'd:getetag': {}, 'c:calendar-data': {} },
      objectUrls: batch.map((href) => new URL(href).pathname),
      depth: '1',
      fetch: http,
    });
    const failed = failure(responses, 'downloading tasks');
    if (failed) throw failed;
    for (const response of responses) {
      const ics = textOf(response.props?.calendarData);
      if (!isMember(response, collectionUrl) || !response.ok || ics === undefined) continue;
      const etag = textOf(response.props?.getetag);
      items.push({ href: absolute(response.href, collectionUrl), ics, ...(etag ? { etag } : {}) });
    }
  }
  return items;
}
