// The browser's own places that carry our words outside our pages: the context menu's title and
// the toolbar button's tooltip. The manifest gives them in the browser's language; these set them
// in the rep's (Options → Preferences → Language, ./strings.ts) on install, at browser start and
// whenever the settings change — only when the words differ from those last set. (The shortcut's
// description on chrome://extensions/shortcuts comes from the manifest alone: no API renames it.)
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import { MENU_ID } from './quick-create';

/**
 * Gives the context menu `title`: made again rather than updated, so it is right whether the
 * browser kept the menu (Chrome keeps it across restarts) or not (Firefox, after an update).
 */
async function makeMenu(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((resolve) => {
    browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection', 'link'] }, () => {
      // Read, so that a refusal is not logged as unchecked; the next refresh tries again.
      void browser.runtime.lastError;
      resolve();
    });
  });
}

export interface LanguageSurfaces {
  /** Sets the words again if the language they show is no longer the one chosen. */
  refresh(): Promise<void>;
}

/** `strings`: the translator for the language chosen now. */
export function languageSurfaces(strings: () => Promise<Translate>): LanguageSurfaces {
  let shown: { menu: string; tooltip: string } | null = null;
  // One at a time: install and a settings change can ask together, and two makes would clash.
  let queue = Promise.resolve();
  const refresh = (force: boolean) =>
    (queue = queue
      .then(async () => {
        const t = await strings();
        const next = { menu: t('contextCreate'), tooltip: t('extName') };
        if (!force && shown?.menu === next.menu && shown.tooltip === next.tooltip) return;
        await makeMenu(next.menu);
        await browser.action.setTitle({ title: next.tooltip });
        shown = next;
      })
      .catch((error) => console.error('[tasklane] menu and tooltip', error)));

  browser.runtime.onInstalled.addListener(() => void refresh(true));
  browser.runtime.onStartup.addListener(() => void refresh(true));
  return { refresh: () => refresh(false) };
}
