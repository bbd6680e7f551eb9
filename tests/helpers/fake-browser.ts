// WXT's fakeBrowser (wxt/testing/fake-browser) implements alarms, notifications, the badge and
// runtime; these fill in what it leaves unmocked for the background's tests: i18n reading the
// real English messages (an English browser), host permissions and registered content scripts, kept in memory.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Message = { message: string; placeholders?: Record<string, { content: string }> };
const EN = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Message>;

/** browser.i18n.getMessage over public/_locales/en, placeholders filled as Chrome fills them. */
export function englishMessage(key: string, subs?: string | (string | number)[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const values = (Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]).map(String);
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (match, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content) : match;
  });
}

export interface FakeHosts {
  /** Origins granted now, as permissions.getAll lists them. */
  granted: Set<string>;
  /** Content scripts registered now, by id. */
  scripts: Map<string, { id: string; matches?: string[]; js?: string[]; allFrames?: boolean }>;
  /** Tabs open now (tabs.query filters them by url pattern), and the scripts put into them. */
  tabs: { id: number; url: string }[];
  injected: { tabId: number; files: string[]; allFrames: boolean }[];
  /** Tabs that already run a live copy of a content script (they answer the background's ask). */
  live: Set<number>;
}

/** Whether an https match pattern ("https://*.pipedrive.com/*", "https://crm.example.com/*") covers a URL. */
function patternCovers(pattern: string, url: string): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  const host = new URL(url).hostname;
  return !!m && url.startsWith('https:') && (m[1] ? host.endsWith(`.${m[2]}`) || host === m[2] : host === m[2]);
}

/** Resets fakeBrowser and gives it i18n, host permissions and scripting; returns their state. */
export function resetFakeBrowser(granted: string[] = []): FakeHosts {
  fakeBrowser.reset();
  const state: FakeHosts = { granted: new Set(granted), scripts: new Map(), tabs: [], injected: [], live: new Set() };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.i18n!.getMessage = englishMessage;
  // An English browser: Preferences → Language may then choose Chinese (lib/background/strings.ts).
  b.i18n!.getUILanguage = () => 'en-US';
  b.permissions!.getAll = async () => ({ permissions: [], origins: [...state.granted] });
  b.permissions!.contains = async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o));
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  // As in Chrome, granting or revoking fires onAdded / onRemoved with what actually changed.
  b.permissions!.request = async ({ origins = [] }: { origins?: string[] }) => {
    const added = origins.filter((o) => !state.granted.has(o));
    for (const o of added) state.granted.add(o);
    if (added.length) void onAdded.trigger({ origins: added });
    return true;
  };
  b.permissions!.remove = async ({ origins = [] }: { origins?: string[] }) => {
    const removed = origins.filter((o) => state.granted.has(o));
    for (const o of removed) state.granted.delete(o);
    if (removed.length) void onRemoved.trigger({ origins: removed });
    return true;
  };
  b.permissions!.onAdded = onAdded;
  b.permissions!.onRemoved = onRemoved;
  b.scripting!.getRegisteredContentScripts = async (filter?: { ids?: string[] }) =>
    [...state.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
  b.scripting!.registerContentScripts = async (scripts: { id: string; matches?: string[] }[]) => {
    for (const s of scripts) {
      // As Chrome does: registering an id twice is an error (overlapping re-registrations).
      if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      state.scripts.set(s.id, s);
    }
  };
  b.scripting!.unregisterContentScripts = async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...state.scripts.keys()]) state.scripts.delete(id);
  };
  b.tabs!.query = async ({ url = [] }: { url?: string | string[] }) => {
    const patterns = typeof url === 'string' ? [url] : url;
    return state.tabs.filter((tab) => patterns.some((p) => patternCovers(p, tab.url)));
  };
  b.scripting!.executeScript = async ({ target, files, func }: { target: { tabId: number; allFrames?: boolean }; files?: string[]; func?: unknown }) => {
    // A function asks the page (is a live copy there?): no tab of these tests runs one.
    if (func) return [{ frameId: 0, result: state.live.has(target.tabId) }];
    state.injected.push({ tabId: target.tabId, files: files ?? [], allFrames: !!target.allFrames });
    state.live.add(target.tabId);
    return [];
  };
  return state;
}

/** An extension event a test can fire with `trigger`, as fakeBrowser's own events. */
function fakeEvent() {
  const listeners: ((...args: unknown[]) => unknown)[] = [];
  return {
    addListener: (listener: (...args: unknown[]) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: unknown[]) => unknown) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener: (...args: unknown[]) => unknown) => listeners.includes(listener),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}
