// What the content script learns from the background about the page's audience, and tells it
// back once the page was read. Whom to offer (lib/detect/audience.ts) arrives once per page: the
// rep's own addresses, colleagues' domains, role mailboxes. The report — the site, whether its
// landmarks were there, how many people were found, the account the page shows — is sent a few
// seconds after the page (or an in-app view) settles, at most once a view: "My addresses" learns
// the rep's accounts from it and Options → Sites shows when each site last worked.
import { DEFAULT_AUDIENCE, type Audience } from '@/lib/detect/audience';
import type { Detector } from '@/lib/detect/detector';
import type { SiteId } from '@/lib/detect/types';
import { request } from '@/lib/messages/client';
import type { Timers } from './timers';

/** Long enough for a webmail to render its first view; a report is cheap but not free. */
const SETTLE_MS = 4_000;

export interface PageReport {
  audience(): Audience;
  /** Resolves when the background has answered (with the defaults if it could not). */
  ready: Promise<Audience>;
  /** Counts people decorated on this view. */
  found(site: SiteId): void;
  /** A new view (in-app navigation): report it once it settles. */
  newView(url: URL): void;
}

export function pageReport(detector: Detector, timers: Timers, startUrl: URL): PageReport {
  let audience = DEFAULT_AUDIENCE;
  const ready = request('page.audience', {})
    .then((reply) => (audience = reply.audience))
    .catch(() => audience);
  let url = startUrl;
  let view = 0;
  let people = 0;
  let site: SiteId | null = null;

  const send = (forView: number) => {
    if (forView !== view) return;
    const adapter = detector.adapterFor(url, document);
    const recognised = adapter ? safe(() => adapter.hasAnchors?.(document) ?? false) === true : false;
    // Only an adapter's reading of the account is learnt: a page's own chrome could name anyone.
    // Its own reader when it has one: the whole context also looks for an open conversation.
    const self = adapter ? safe(() => (adapter.selfEmail ? adapter.selfEmail(document, url) : adapter.context(document, url).selfEmail)) : null;
    const reported = site ?? adapter?.id ?? 'generic';
    if (!people && !recognised && !self) return;
    void request('page.seen', { site: reported, recognised, people: Math.min(people, 100_000), ...(self ? { self } : {}) }).catch(() => undefined);
  };
  const schedule = () => {
    const forView = ++view;
    people = 0;
    site = null;
    timers.after(SETTLE_MS, () => send(forView));
  };
  schedule();
  return {
    audience: () => audience,
    ready,
    found(at) {
      people++;
      site = at;
    },
    newView(next) {
      url = next;
      schedule();
    },
  };
}

function safe<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
