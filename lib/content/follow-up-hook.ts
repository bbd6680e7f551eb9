// The content script's side of follow-ups (issue 16), kept small: it asks the background once per
// page (and again when told the set changed) which follow-ups of this site wait for a reply, and
// loads the follow-up script (lib/follow-up/kit.ts) only when there are some — or when the rep
// focuses a compose window. The reply check then runs on what each observer pass added; nothing
// is asked per row.
import { browser } from 'wxt/browser';
import type { SiteAdapter } from '@/lib/detect/types';
import { request } from '@/lib/messages/client';
import { isFollowUpWatchEvent } from '@/lib/messages/events';
import type { WatchEntry } from '@/lib/follow-up/reply-match';
import type { FollowUpKit, KitDeps } from '@/lib/follow-up/kit';

export const FOLLOW_UP_KIT_KEY = '__tasklaneFollowUpKit';

type WithKit = typeof globalThis & { [FOLLOW_UP_KIT_KEY]?: (deps: KitDeps) => FollowUpKit };

export function followUpHook(deps: KitDeps) {
  const { ctx } = deps;
  let kit: Promise<FollowUpKit | null> | null = null;
  /** The kit once loaded: the observer's passes call it in their own task, not in a promise
   *  reaction each (a second entry into the content script per batch). */
  let ready: FollowUpKit | null = null;
  let entries: readonly WatchEntry[] = [];
  /** The site whose watch set was asked for ('' while no adapter knows the page yet). */
  let askedFor = '';

  const load = () =>
    (kit ??= (async () => {
      const world = globalThis as WithKit;
      if (!world[FOLLOW_UP_KIT_KEY]) await request('followUp.load', {});
      const make = world[FOLLOW_UP_KIT_KEY];
      return (ready = make ? make(deps) : null);
    })().catch(() => (kit = null)));

  const ask = async (adapter: SiteAdapter) => {
    askedFor = adapter.id;
    const reply = await request('followUp.watchSet', { site: adapter.id }).catch(() => null);
    entries = reply?.entries ?? [];
    if (!entries.length && !kit) return;
    const loaded = await load();
    loaded?.watch(entries);
    loaded?.scan([document]);
  };

  const onMessage = (message: unknown) => {
    const adapter = deps.adapter();
    if (isFollowUpWatchEvent(message) && adapter?.messages) void ask(adapter);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // A compose window gets its control when the rep first focuses it (its fields or body): no work
  // in the observer pass for the windows of a busy page, and the control is there before Send.
  ctx.addEventListener(window, 'focusin', (event) => {
    const compose = deps.adapter()?.compose;
    const target = event.target;
    if (!compose || !(target instanceof Element) || !target.closest(compose.window)) return;
    void load().then((loaded) => loaded?.compose(target));
  }, { capture: true });

  return {
    /** Called from the observer pass with what it added (or the document on a scan). */
    pass(roots: readonly ParentNode[]) {
      if (!askedFor) {
        const adapter = deps.adapter();
        if (adapter?.messages) void ask(adapter);
        // A site whose messages no adapter reads, or a page no adapter knows once it has loaded
        // (a custom site's CRM): nothing to watch, and no more asking which adapter it is.
        else if (adapter || document.readyState === 'complete') askedFor = '-';
        return;
      }
      // Until the kit is in, nothing is checked here: ask() reads the whole document once it is.
      if (entries.length) ready?.scan(roots);
    },
  };
}
