// The browser's own places that carry our words outside our pages: the context menu's title and
// the toolbar button's tooltip. The manifest gives them in the browser's language; these set them
// in the rep's (Options → Preferences → Language, ./strings.ts) on install, at browser start and
// whenever the settings change — only when the words differ from those last set. (The shortcut's
// description on chrome://extensions/shortcuts comes from the manifest alone: no API renames it.)
// The toolbar popup's address carries the language and theme too (popup.html?lang=…&theme=…),
// so the popup paints its first frame in them without waiting for the worker or reading storage
// (components/i18n.ts, firstPaint).
import { browser } from 'wxt/browser';
import type { Translate } from '../i18n';
import type { Settings } from '../model';
import { MENU_ID } from './quick-create';

/** The popup's address for these settings. */
export function popupAddress(settings: Pick<Settings, 'language' | 'theme'>): `popup.html?${string}` {
  return `popup.html?lang=${settings.language}&theme=${settings.theme}`;
}

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

/**
 * `strings`: the translator for the language chosen now; `settings`: the language and theme
 * chosen now, for the popup's address (none: the manifest's popup stays).
 */
export function languageSurfaces(strings: () => Promise<Translate>, settings?: () => Promise<Pick<Settings, 'language' | 'theme'>>): LanguageSurfaces {
  let shown: { menu: string; tooltip: string; popup: string | null } | null = null;
  // One at a time: install and a settings change can ask together, and two makes would clash.
  let queue = Promise.resolve();
  const refresh = (force: boolean) =>
    (queue = queue
      .then(async () => {
        const t = await strings();
        const next = { menu: t('contextCreate'), tooltip: t('extName'), popup: settings ? popupAddress(await settings()) : null };
        if (force || shown?.menu !== next.menu || shown.tooltip !== next.tooltip) {
          await makeMenu(next.menu);
          await browser.action.setTitle({ title: next.tooltip });
        }
        if (next.popup && (force || shown?.popup !== next.popup)) await browser.action.setPopup({ popup: next.popup });
        shown = next;
      })
      .catch((error) => console.error('[tasklane] menu and tooltip', error)));

  browser.runtime.onInstalled.addListener(() => void refresh(true));
  browser.runtime.onStartup.addListener(() => void refresh(true));
  return { refresh: () => refresh(false) };
}
