// Issue 13, defect 7: the password goes only to origins the rep approved — the server address
// they typed, and hosts the server pointed to that they allowed in Options → Sync.
import { describe, expect, it } from 'vitest';
import { createDavClient } from '@/lib/sync/dav-client';
import { ACCOUNT, HOME, LIST, PARTITION, TYPED, fakeServer, followedTo, listing, opaqueRedirect } from './fake-dav';

const COLLECTOR = 'https://collector.example.net';
const failureOf = (work: Promise<unknown>) => work.then(() => undefined, (error: unknown) => error as Error & { origin?: string });

describe('sync credentials go only to approved origins', () => {
  it('discovery whose calendar home is on another origin sends it no Authorization and asks for that host', async () => {
    const server = fakeServer();
    const error = await failureOf(createDavClient(ACCOUNT, server.fetch).discover());

    expect(error).toMatchObject({ origin: PARTITION });
    expect(error?.message).toContain('p42-caldav.icloud.com');
    expect(server.to(PARTITION).filter((r) => r.authorization !== null)).toEqual([]);
    // The typed server did get the credentials: that is where the rep sent them.
    expect(server.to(new URL(TYPED).origin).length).toBeGreaterThan(0);
    expect(server.to(new URL(TYPED).origin).every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
  });

  it('after the rep approves that origin, discovery finds the task lists there, with credentials', async () => {
    const server = fakeServer();
    const client = createDavClient({ ...ACCOUNT, approvedOrigins: [PARTITION] }, server.fetch);
    const { homeUrl, lists } = await client.discover();

    expect(homeUrl).toBe(HOME);
    // Hrefs resolve against the home they came from, not the typed server.
    expect(lists).toEqual([{ url: LIST, name: 'Reminders' }]);
    expect(server.to(PARTITION).length).toBeGreaterThan(0);
    expect(server.to(PARTITION).every((r) => r.authorization?.startsWith('Basic '))).toBe(true);
  });

  it('a 30x redirect to another origin is not followed with credentials, and the error names the host', async () => {
    const server = fakeServer(({ url }) =>
      url.href === LIST ? new Response(null, { status: 301, headers: { Location: `${COLLECTOR}/dav/tasks/` } }) : undefined,
    );
    const client = createDavClient({ ...ACCOUNT, approvedOrigins: [PARTITION] }, server.fetch);
    const error = await failureOf(client.listChanges(LIST, undefined, false));

    expect(error).toMatchObject({ origin: COLLECTOR });
    expect(error?.message).toContain('collector.example.net');
    expect(server.to(COLLECTOR)).toEqual([]);
  });

  it('a redirect within approved origins is followed, with credentials', async () => {
    const moved = `${HOME}tasks-2/`;
    const server = fakeServer(({ url }) =>
      url.href === LIST ? new Response(null, { status: 308, headers: { Location: moved } })
        : url.href === moved ? listing(`${moved}a.ics`)
        : undefined,
    );
    const client = createDavClient({ ...ACCOUNT, approvedOrigins: [PARTITION] }, server.fetch);
    const { members } = await client.listChanges(moved, undefined, false);
    expect([...members.keys()]).toEqual([`${moved}a.ics`]);
    await client.listChanges(LIST, undefined, false);
    expect(server.requests.map((r) => [r.url, Boolean(r.authorization)])).toContainEqual([moved, true]);
  });

  it('in a browser, where a manual redirect hides its target, an answer from an unapproved host is refused', async () => {
    const seen: { redirect?: RequestRedirect; url: string }[] = [];
    const browserFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      seen.push({ url: String(input), ...(init.redirect ? { redirect: init.redirect } : {}) });
      // The browser follows the redirect itself, dropping Authorization across origins.
      return init.redirect === 'manual' ? opaqueRedirect(String(input)) : followedTo(`${COLLECTOR}/dav/tasks/`, listing(`${COLLECTOR}/dav/tasks/a.ics`));
    }) as typeof fetch;
    const client = createDavClient({ ...ACCOUNT, approvedOrigins: [PARTITION] }, browserFetch);
    const error = await failureOf(client.listChanges(LIST, undefined, false));

    expect(error).toMatchObject({ origin: COLLECTOR });
    expect(error?.message).toContain('collector.example.net');
    expect(seen[0]).toMatchObject({ redirect: 'manual' });
  });

  it('an item href on an unapproved origin gets no request at all', async () => {
    const server = fakeServer();
    const client = createDavClient({ ...ACCOUNT, approvedOrigins: [PARTITION] }, server.fetch);
    const error = await failureOf(client.putItem(`${COLLECTOR}/dav/tasks/a.ics`, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', undefined));
    expect(error).toMatchObject({ origin: COLLECTOR });
    expect(server.requests).toEqual([]);
  });
});
