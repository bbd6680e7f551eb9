// A fake CalDAV server behind a fake fetch, shaped like iCloud: the address a rep types
// (caldav.icloud.com) answers discovery, but the calendar home and the task lists live on a
// partition host (p42-caldav.icloud.com). Every request is recorded with its Authorization
// header, so tests can see exactly where the password went.

export const TYPED = 'https://caldav.icloud.com/';
export const PARTITION = 'https://p42-caldav.icloud.com';
export const HOME = `${PARTITION}/123456/calendars/`;
export const LIST = `${HOME}tasks/`;

export interface Recorded {
  method: string;
  url: string;
  authorization: string | null;
}

type Route = (request: { method: string; url: URL }) => Response | undefined;

const multistatus = (body: string) =>
  new Response(`<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">${body}</d:multistatus>`, {
    status: 207,
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });

const ok = (href: string, props: string) =>
  `<d:response><d:href>${href}</d:href><d:propstat><d:prop>${props}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`;

/** iCloud-like discovery: principal on the typed host, home and lists on the partition host. */
const icloud: Route = ({ method, url }) => {
  if (method !== 'PROPFIND') return undefined;
  if (url.origin === new URL(TYPED).origin) {
    if (url.pathname === '/.well-known/caldav') return new Response(null, { status: 301, headers: { Location: '/' } });
    if (url.pathname === '/') return multistatus(ok('/', '<d:current-user-principal><d:href>/123456/principal/</d:href></d:current-user-principal>'));
    if (url.pathname === '/123456/principal/') {
      // iCloud names the home with its port, as an absolute URL on another host.
      return multistatus(ok('/123456/principal/', `<c:calendar-home-set><d:href>https://p42-caldav.icloud.com:443/123456/calendars/</d:href></c:calendar-home-set>`));
    }
  }
  if (url.href === HOME) {
    return multistatus(
      ok('/123456/calendars/', '<d:resourcetype><d:collection/></d:resourcetype>') +
        ok('/123456/calendars/tasks/', '<d:displayname>Reminders</d:displayname><d:resourcetype><d:collection/><c:calendar/></d:resourcetype><c:supported-calendar-component-set><c:comp name="VTODO"/></c:supported-calendar-component-set>'),
    );
  }
  if (url.href === LIST) return multistatus(ok('/123456/calendars/tasks/', '<d:supported-report-set/>'));
  return undefined;
};

/**
 * A fake fetch over `routes` (first answer wins, else 404). `redirect: 'manual'` gets a 3xx as
 * it is; otherwise the fake follows it carrying every header, as a client that does not strip
 * Authorization on a cross-origin redirect would.
 */
export function fakeServer(...routes: Route[]) {
  const requests: Recorded[] = [];
  const answer = (method: string, url: URL) => {
    for (const route of [...routes, icloud]) {
      const response = route({ method, url });
      if (response) return response;
    }
    return new Response('not found', { status: 404 });
  };
  const serverFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? 'GET';
    for (let hop = 0; hop < 5; hop++) {
      requests.push({ method, url: url.href, authorization: new Headers(init.headers).get('Authorization') });
      const response = answer(method, url);
      const location = response.headers.get('Location');
      if (!location || response.status < 300 || response.status > 399 || init.redirect === 'manual') return response;
      url = new URL(location, url);
    }
    throw new TypeError('too many redirects');
  }) as typeof fetch;
  return { fetch: serverFetch, requests, to: (origin: string) => requests.filter((r) => new URL(r.url).origin === origin) };
}

/** A browser's answer to `redirect: 'manual'`: the target is hidden (status 0, no headers). */
export function opaqueRedirect(url: string): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, {
    type: { value: 'opaqueredirect' },
    status: { value: 0 },
    ok: { value: false },
    url: { value: url },
  });
  return response;
}

/** A browser's answer after following redirects: the final address is in `url`. */
export function followedTo(url: string, body: Response): Response {
  Object.defineProperties(body, { url: { value: url }, redirected: { value: true } });
  return body;
}

export const ACCOUNT = { serverUrl: TYPED, username: 'rep@example.com', password: 'app-specific-password' };
export const listing = (href: string) => multistatus(ok(href, '<d:getetag>"1"</d:getetag>'));
