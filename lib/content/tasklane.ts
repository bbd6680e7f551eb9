// The content script's whole job on a page: detect people (lib/detect) in what the page adds,
// put one button beside each, and re-run on in-app navigation. Everything hangs off WXT's ctx,
// so an extension update or reload leaves nothing behind.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isColleague } from '@/lib/detect/audience';
import { makeDetector, type DetectorParts } from '@/lib/detect/detector';
import type { DetectedContact, PageContext, SiteId } from '@/lib/detect/types';
import { lazyActions } from './actions-loader';
import type { firstRowsFirst } from './first-rows';
import type { followUpHook } from './follow-up-hook';
import { observeAdditions } from './batched-observer';
import { pageReport } from './page-report';
import { personLabel, personOnPage, type PersonOnPage } from './follow-up';
import { keyShield } from './key-shield';
import { LIVE_KEY } from './live-key';
import { personButtons } from './person-button';
import { placedPeople } from './placed-people';
import { SlicedQueue } from './sliced-queue';
import { isLive, timersFor } from './timers';
import { viewportGate } from './viewport-gate';

interface Found {
  contact: DetectedContact;
  site: SiteId;
}

/** `sites`: the adapters of the sites this content script runs on (its entrypoint's matches) and
 *  the generic readers its pages need — or a function making them given a rescan, for a part that
 *  loads later and reads the page again when it arrives (./records-loader.ts). `followUps`: mail scripts pass lib/content/follow-up-hook.ts
 *  (compose control, replies seen); the CRM script leaves it out of its bundle. `lists`: mail
 *  scripts pass ./first-rows.ts (a list rendered whole shows its first rows' buttons first); no
 *  CRM adapter reads list rows. */
export function startTasklane(ctx: ContentScriptContext, sites: DetectorParts | ((rescan: () => void) => DetectorParts), followUps?: typeof followUpHook, lists?: typeof firstRowsFirst): void {
  let rescanLater = () => {};
  const detector = makeDetector(typeof sites === 'function' ? sites(() => rescanLater()) : sites);
  // First, while no script of the page has run yet: the shield's window listener must come
  // before every listener of the page's (lib/content/key-shield.ts).
  const shield = keyShield(ctx);
  // What a click does (reading the message around the person, the requests, the toast) loads on
  // the first click (./actions-loader.ts).
  const actions = lazyActions(ctx, shield, detector);
  /** Who has a button; a later sighting of them fills in what their button's person lacked (a
   *  kit arriving late may name them: their button then says the name the page read whole gives). */
  const placed = placedPeople<Found>((found) => {
    const button = buttonFor.get(found);
    if (button) buttons.rename(button, personLabel(found.contact));
  });
  /** Each button's person and inner button, by host: weak, so rows the page drops are freed. */
  const byHost = new WeakMap<Element, { found: Found; button: HTMLButtonElement }>();
  const foundOf = new WeakMap<HTMLButtonElement, Found>();
  const buttonFor = new WeakMap<Found, HTMLButtonElement>();
  let url = new URL(location.href);
  let context: PageContext | null = null;

  const pageContextNow = () => (context ??= detector.pageContext(document, url));
  /** A page that had not yet shown who is signed in (rendering still under way) is asked again:
   *  on every batch while the document loads (its header, its scripts naming the account come
   *  in), then at most every two seconds. Someone decorated before the page named them as the
   *  rep loses their button. Only the asks of the complete document count towards the two
   *  seconds: an ask while it loaded says nothing of the header that came after (a small page
   *  completed within two seconds of its last loading batch was never asked again, and the
   *  account in its top bar got a button). */
  let selfAskedAt = -Infinity;
  const relearnSelf = () => {
    if (!context || context.selfEmail) return;
    if (document.readyState === 'complete') {
      if (performance.now() - selfAskedAt < RELEARN_SELF_MS) return;
      selfAskedAt = performance.now();
    }
    context = null;
    const self = pageContextNow().selfEmail;
    if (self) removeButtons((contact) => contact.email === self);
  };

  const person = (found: Found): PersonOnPage => personOnPage(detector, found, document, new URL(location.href));

  const timers = timersFor(ctx);
  // Whom to offer (the rep's own addresses, colleagues, robots), and the report of what was found.
  const report = pageReport(detector, timers, url);
  const hook = followUps?.({
    ctx,
    adapter: () => detector.adapterFor(url, document),
    context: (anchor) => detector.pageContext(document, url, anchor),
    self: () => {
      const self = new Set(report.audience().self);
      const own = pageContextNow().selfEmail;
      if (own) self.add(own);
      return self;
    },
    url: () => url,
    notify: actions.notify,
  });

  const decorate = (found: Found) => {
    if (!placed.claim(found)) return;
    const { anchor } = found.contact;
    gate.offscreen.decorated(anchor);
    report.found(found.site);
    const { host, button } = buttons.make(personLabel(found.contact));
    if (found.contact.internal) host.dataset.tasklaneInternal = '';
    foundOf.set(button, found);
    buttonFor.set(found, button);
    byHost.set(host, { found, button });
    // A second person at one element: their button after the first's, in reading order.
    let at: Element = anchor;
    while (at.nextElementSibling && byHost.has(at.nextElementSibling)) at = at.nextElementSibling;
    at.after(host);
  };
  // One set of handlers for every button (a page can hold thousands); the button tells whose.
  const buttons = personButtons(ctx, {
    onCreate: (button) => {
      const found = foundOf.get(button);
      if (found) void actions.createNow(person(found), button);
    },
    onOpenPanel: (button) => {
      const found = foundOf.get(button);
      if (found) void actions.openPanel(person(found), button);
    },
  });

  /** Takes the buttons of the people `drop` names off the page (they were decorated before the page
   *  or the background said who the rep is); their anchors stay decorated, so they come not back. */
  const removeButtons = (drop: (contact: DetectedContact) => boolean) => {
    for (const host of document.querySelectorAll('tasklane-ui[data-tasklane-button]')) {
      const contact = byHost.get(host)?.found.contact;
      if (contact && drop(contact)) host.remove();
    }
  };

  // A copy that stands down (an update, or a second copy put into an open tab: WXT invalidates
  // the older one) takes its buttons with it; the newer copy puts its own on.
  ctx.onInvalidated(() => removeButtons(() => true));
  // What the background asks before putting a copy into an open tab (lib/background/open-tabs.ts):
  // a live one here needs none. An orphan of an earlier version answers false.
  (globalThis as { [LIVE_KEY]?: () => boolean })[LIVE_KEY] = () => ctx.isValid;

  const queue = new SlicedQueue<Found>(ctx, decorate, timers);
  // Buttons go where the rep can see: people far from the viewport wait (lib/content/offscreen.ts).
  const gate = viewportGate<Found>(ctx, timers, {
    detect: (root) => detect(root),
    decorate: (near) => queue.pushAndDrain(...near),
  });

  // The keyboard shortcut (a manifest command) opens the panel for the page's main person:
  // the first record or open message's sender on the view, else a list row's sender, else the
  // first person with a button.
  // Read from the page in document order, so nothing holds on to rows the page has dropped.
  const mainPerson = (): { found: Found; button: HTMLButtonElement } | null => {
    const onPage = [...document.querySelectorAll('tasklane-ui[data-tasklane-button]')].flatMap((host) => {
      const entry = byHost.get(host);
      return entry && entry.found.contact.anchor.isConnected ? [entry] : [];
    });
    // Colleagues come after everyone else, as they do wherever Tasklane offers people.
    const outside = onPage.filter(({ found }) => !found.contact.internal);
    // A message open beside the list is the one being read: its sender before a list row's.
    const pick = (list: typeof onPage) => list.find(({ found: { contact: c } }) => (c.role === 'sender' && !c.row) || c.role === 'record') ?? list.find(({ found }) => found.contact.role === 'sender') ?? list[0];
    return pick(outside) ?? pick(onPage) ?? null;
  };
  const onCommand = (message: unknown) => {
    const m = message as { tasklane?: number; event?: string } | null;
    if (m?.tasklane !== 1 || m.event !== 'command') return undefined;
    const main = mainPerson();
    if (main) void actions.openPanel(person(main.found), main.button);
    return Promise.resolve({ handled: !!main });
  };
  browser.runtime.onMessage.addListener(onCommand);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));

  const detect = (root: ParentNode): Found[] => {
    const { site, contacts } = detector.detectPage(root, url, { selfEmail: pageContextNow().selfEmail, audience: report.audience() });
    return contacts.map((contact) => ({ contact, site }));
  };
  // The first slice of buttons goes on in this task, before the page's next paint: the rows
  // on screen come first in document order, so they show with their buttons. Replies to waiting
  // follow-ups are looked for in the same pass over the same roots (or alone: ./first-rows.ts).
  const read = (roots: readonly ParentNode[], repliesOnly?: boolean) => {
    if (!repliesOnly) queue.pushAndDrain(...gate.now(roots.flatMap(detect)));
    hook?.pass(roots);
  };
  const scan = lists?.(read, timers, detector, gate.look) ?? read;
  const rescan = () => {
    // A record kit arriving after the context went (./records-loader.ts) reads nothing.
    if (!isLive(ctx)) return;
    gate.clear();
    scan([document]);
  };
  rescanLater = () => {
    // A kit that arrived may read the account the page's chrome shows (a CRM's user menu:
    // ./records-loader.ts SELF_KIT_KEY): a context that had none is read again first.
    if (context && !context.selfEmail) context = null;
    rescan();
  };

  const start = () => {
    rescan();
    observeAdditions(
      ctx,
      document.documentElement,
      (roots) => {
        relearnSelf();
        // Decorate in this frame, before it paints (the queue yields after its slice budget).
        if (roots === 'rescan') rescan();
        // Never one of our hosts: the observer leaves them out of its batches.
        else scan(roots);
      },
      timers,
      gate.offscreen,
    );
  };

  // Buttons made before the rep's own addresses arrived (the page's first rows, at document_start)
  // go if they are the rep's, or colleagues the rep does not want offered.
  void report.ready.then((audience) => {
    const self = new Set(audience.self);
    const hideColleagues = audience.colleagues === 'hide';
    removeButtons((contact) => !!contact.email && (self.has(contact.email) || (hideColleagues && isColleague(contact.email, audience.internalDomains))));
  });

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    url = new URL(newUrl.href);
    report.newView(url);
    context = null;
    placed.newView();
    rescan();
  });

  if (document.hidden) {
    const onVisible = () => {
      if (document.hidden) return;
      document.removeEventListener('visibilitychange', onVisible);
      start();
    };
    ctx.addEventListener(document, 'visibilitychange', onVisible);
  } else {
    start();
  }
}

const RELEARN_SELF_MS = 2_000;
