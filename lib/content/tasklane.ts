// The content script's whole job on a page: detect people (lib/detect) in what the page adds,
// put one button beside each, and re-run on in-app navigation. Everything hangs off WXT's ctx,
// so an extension update or reload leaves nothing behind.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor, detectPage, pageContext, type DetectedContact, type PageContext, type SiteId } from '@/lib/detect';
import { createActions } from './actions';
import { observeAdditions } from './batched-observer';
import { personLabel, type PersonOnPage } from './follow-up';
import { createPersonButton } from './person-button';
import { SlicedQueue } from './sliced-queue';

interface Found {
  contact: DetectedContact;
  site: SiteId;
}

export function startTasklane(ctx: ContentScriptContext): void {
  const actions = createActions(ctx);
  /** Anchors that already have a button: never two for one element. */
  const decorated = new WeakSet<Element>();
  /** People with a button on this view (by address), so a person seen twice gets one button. */
  let buttonsByPerson = new Map<string, WeakRef<Element>>();
  /** Buttons in the order they were made, for the keyboard shortcut; pruned as pages drop them. */
  const buttons = new Map<Found, HTMLButtonElement>();
  let url = new URL(location.href);
  let context: PageContext | null = null;

  const pageContextNow = () => (context ??= pageContext(document, url));

  const person = (found: Found): PersonOnPage => {
    const adapter = adapterFor(url);
    return {
      contact: found.contact,
      site: found.site,
      // Read at click time: Gmail reuses elements across views, the URL tells the thread.
      context: pageContext(document, new URL(location.href)),
      url: new URL(location.href),
      text: adapter?.messageText?.(found.contact.anchor) ?? null,
    };
  };

  const decorate = (found: Found) => {
    const { anchor } = found.contact;
    if (decorated.has(anchor) || !anchor.isConnected) return;
    const key = found.contact.email ?? found.contact.phone ?? found.contact.name ?? '';
    const existing = buttonsByPerson.get(key)?.deref();
    if (existing?.isConnected) return;
    decorated.add(anchor);
    buttonsByPerson.set(key, new WeakRef(anchor));
    const host = createPersonButton(personLabel(found.contact), {
      onCreate: (button) => void actions.createNow(person(found), button),
      onOpenPanel: (button) => void actions.openPanel(person(found), button),
    }, (button) => buttons.set(found, button));
    anchor.after(host);
  };

  const queue = new SlicedQueue<Found>(ctx, decorate);

  // The keyboard shortcut (a manifest command) opens the panel for the page's main person:
  // the first sender or record on the view, else the first person with a button.
  const mainPerson = (): { found: Found; button: HTMLButtonElement } | null => {
    for (const [found, button] of buttons) if (found.contact.anchor.isConnected && (found.contact.role === 'sender' || found.contact.role === 'record')) return { found, button };
    for (const [found, button] of buttons) if (found.contact.anchor.isConnected) return { found, button };
    return null;
  };
  const onCommand = (message: unknown) => {
    const m = message as { tasklane?: number; event?: string } | null;
    if (m?.tasklane !== 1 || m.event !== 'command') return undefined;
    const main = mainPerson();
    if (!main) return Promise.resolve({ handled: false });
    void actions.openPanel(person(main.found), main.button);
    return Promise.resolve({ handled: true });
  };
  browser.runtime.onMessage.addListener(onCommand);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));

  const scan = (root: ParentNode) => {
    const { site, contacts } = detectPage(root, url, { selfEmail: pageContextNow().selfEmail });
    queue.push(...contacts.map((contact) => ({ contact, site })));
  };

  const start = () => {
    scan(document);
    observeAdditions(ctx, document.documentElement, (roots) => {
      if (roots === 'rescan') scan(document);
      else for (const root of roots) if (!isOurs(root)) scan(root);
    });
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    url = new URL(newUrl.href);
    context = null;
    buttonsByPerson = new Map();
    for (const [found] of buttons) if (!found.contact.anchor.isConnected) buttons.delete(found);
    scan(document);
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

/** Our own hosts (buttons, toast, panel) are never scanned. */
function isOurs(element: Element): boolean {
  return element.localName === 'tasklane-ui';
}
