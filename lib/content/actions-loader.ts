// The content script's side of what a click does: the actions themselves (./page-actions.ts)
// are injected into this frame's isolated world on the first click (actions.load,
// lib/background/page-actions.ts), where they leave their factory on that world's global
// object, which page scripts cannot see. The first click already waited for the message
// reader that way, so it waits no longer; the buttons themselves never wait for it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '@/lib/detect/detector';
import { request } from '@/lib/messages/client';
import type { PersonOnPage } from './follow-up';
import type { KeyShield } from './key-shield';
import { unavailable } from './person-button';
import type { pageActions, PageActions } from './page-actions';
import type { ToastOptions } from './toast';

export const PAGE_ACTIONS_KEY = '__tasklanePageActions';

type WithActions = typeof globalThis & { [PAGE_ACTIONS_KEY]?: typeof pageActions };

export function lazyActions(ctx: ContentScriptContext, shield: KeyShield, detector: Detector) {
  let actions: Promise<PageActions> | undefined;
  const load = () =>
    (actions ??= (async () => {
      const world = globalThis as WithActions;
      if (!world[PAGE_ACTIONS_KEY]) await request('actions.load', {});
      const make = world[PAGE_ACTIONS_KEY];
      if (!make) throw new Error('no actions');
      return make(ctx, shield, detector);
    })().catch((error: unknown) => {
      // Asked again on the next click: the worker may have been restarting.
      actions = undefined;
      throw error;
    }));
  // Nothing here can show a toast (the toast is in the chunk that did not load): the button
  // says it on hover instead, until a later click loads them (its own tooltip then comes back).
  const tooltips = new WeakMap<HTMLButtonElement, string>();
  const failed = (button: HTMLButtonElement) => () => {
    if (!tooltips.has(button)) tooltips.set(button, button.title);
    button.title = unavailable();
  };
  /** The actions for a click on `button`, its own tooltip back if an earlier load failed. */
  const forButton = (button: HTMLButtonElement) =>
    load().then((loaded) => {
      const tooltip = tooltips.get(button);
      if (tooltip !== undefined) button.title = tooltip;
      tooltips.delete(button);
      return loaded;
    });
  return {
    createNow: (person: PersonOnPage, button: HTMLButtonElement) => forButton(button).then((a) => a.createNow(person, button), failed(button)),
    openPanel: (person: PersonOnPage, button: HTMLButtonElement) => forButton(button).then((a) => a.openPanel(person, button), failed(button)),
    /** A toast of the follow-up script's ("Follow-up set", its errors). */
    notify: (text: string, options: ToastOptions) => void load().then((a) => a.notify(text, options), () => undefined),
  };
}
