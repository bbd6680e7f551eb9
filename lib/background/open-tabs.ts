// Pages already open when a content script starts being wanted there. Chrome runs a content
// script only in pages that load after it is registered (or after the extension is installed or
// updated): a rep who turns Salesforce on in Options → Sites, or installs Tasklane with Gmail open,
// would see nothing on those tabs until they reload them. These put the script into such tabs.
// A tab that gets a second copy of a script it already runs is fine: WXT's context makes the
// older copy stand down (its buttons and listeners go with it) when the newer one starts.
import { browser } from 'wxt/browser';
import { LIVE_KEY } from '../content/live-key';

export interface ScriptForTabs {
  /** The script's files, as the manifest or a registration names them (content-scripts/x.js). */
  js: readonly string[];
  /** Match patterns of the pages it runs on. */
  matches: readonly string[];
  allFrames?: boolean;
}

/** Injects each script into the open tabs its `matches` cover; returns how many tabs got one. A
 *  tab that cannot take it (closed meanwhile, an error page, discarded) is passed over. */
export async function injectIntoOpenTabs(scripts: readonly ScriptForTabs[]): Promise<number> {
  let injected = 0;
  for (const script of scripts) {
    if (!script.matches.length || !script.js.length) continue;
    // Host permissions let the url filter see exactly the tabs the script may run in.
    const tabs = await browser.tabs.query({ url: [...script.matches] }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      try {
        // A tab whose page loaded after the script was there runs it already (a page loading
        // while the extension installed): a second copy would only redo its work.
        if (await runsLiveCopy(tab.id)) continue;
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: !!script.allFrames }, files: [...script.js] as never[] });
        injected++;
      } catch {
        // The tab went away or shows a page no script may enter: nothing to do.
      }
    }
  }
  return injected;
}

/** Whether the tab's top frame runs a live copy of a Tasklane content script (it answers under
 *  LIVE_KEY, lib/content/live-key.ts, set by lib/content/tasklane.ts; asked in the content
 *  scripts' isolated world). */
async function runsLiveCopy(tabId: number): Promise<boolean> {
  const [answer] = await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string) => (globalThis as unknown as Record<string, (() => boolean) | undefined>)[key]?.() === true,
    args: [LIVE_KEY],
  });
  return answer?.result === true;
}

interface Registered {
  id: string;
  js?: readonly string[];
  matches?: readonly string[];
  allFrames?: boolean;
}

/** What `wanted` adds to `before` (registered scripts, by id): each script with only the match
 *  patterns it did not have — the pages that were open without it. */
export function newlyCovered(before: readonly Registered[], wanted: readonly Registered[]): ScriptForTabs[] {
  return wanted.flatMap((script) => {
    const had = new Set(before.find((old) => old.id === script.id)?.matches ?? []);
    const matches = (script.matches ?? []).filter((pattern) => !had.has(pattern));
    return matches.length ? [{ js: script.js ?? [], matches, allFrames: script.allFrames }] : [];
  });
}

/** The manifest's content scripts (Gmail, Outlook): a fresh install or an update reaches the open
 *  tabs of those sites too. */
export function manifestScripts(): ScriptForTabs[] {
  return (browser.runtime.getManifest().content_scripts ?? []).map((script) => ({ js: script.js ?? [], matches: script.matches ?? [], allFrames: script.all_frames }));
}
