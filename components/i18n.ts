// The UI strings of the popup, the options page and the in-page panel. With language 'auto'
// they come from the browser (browser.i18n, which follows the browser's UI language); with an
// override (Preferences → Language) from that locale's messages.json (lib/i18n.ts fills them).
// Reading `override` inside t() makes every component that renders text re-render when the
// language changes.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { uiLocale, labelOf as baseLabelOf, translator, type Messages, type UiLocale } from '@/lib/i18n';
import { errorText as baseErrorText } from '@/lib/messages/error-text';
import type { Labels } from '@/lib/model';

const override = signal<{ locale: UiLocale; messages: Messages } | null>(null);

/** The browser's UI language, asked once: it cannot change while a page lives (a browser restart). */
let browserLocale: UiLocale | undefined;
const browserUiLocale = () => (browserLocale ??= uiLocale());

/** The language shown: the override, or the browser's. */
export function locale(): UiLocale {
  return override.value?.locale ?? browserUiLocale();
}

/** A category's or template's label in the shown language. */
export function labelOf(labels: Labels): string {
  return baseLabelOf(labels, locale());
}

/**
 * The translator of the language shown, made once per override: every t() of every row (about
 * ten per popup row) used to make a new one and ask the browser its UI language (an
 * extension-API call) on the popup's first render.
 */
let made: { from: typeof override.value; tr: ReturnType<typeof translator> } | undefined;
function current(): ReturnType<typeof translator> {
  const from = override.value;
  if (!made || made.from !== from) made = { from, tr: translator(from?.messages ?? null, from?.locale ?? browserUiLocale()) };
  return made.tr;
}

/** The UI string `key`, with `$1`… (and named placeholders) filled in from `subs`. */
export function t(key: string, ...subs: (string | number)[]): string {
  return current().t(key, ...subs);
}

/** The UI string `key` in the plural form for `count` ("1 task", "2 tasks"). */
export function tn(key: string, count: number, ...subs: (string | number)[]): string {
  return current().tn(key, count, ...subs);
}

/** Shows `locale` with its `messages` (null: the browser's language). For the in-page panel,
 *  whose strings the background hands over (a page cannot read the extension's files). */
export function setOverride(next: { locale: UiLocale; messages: Messages } | null): void {
  override.value = next && next.locale !== browserUiLocale() ? next : null;
}

/** Reads a locale's messages from the extension's own files (extension pages, the worker). */
export async function loadMessages(language: UiLocale): Promise<Messages> {
  const dir = language === 'zh-CN' ? 'zh_CN' : 'en';
  const response = await fetch(browser.runtime.getURL(`/_locales/${dir}/messages.json`));
  return (await response.json()) as Messages;
}

type Language = 'auto' | UiLocale;
type Theme = 'auto' | 'light' | 'dark';

// The settings live in the worker's database, which a page reads only through a request: the
// answer comes after the first render. So a page starts from a copy it can read at once
// (firstPaint) — no paint in the browser's language before the rep's. The toolbar popup's copy
// is in its address (popup.html?lang=…&theme=…, set by lib/background/language-surfaces.ts),
// which costs it nothing (the worker opens it as a tab with the same address); the options page
// mirrors what it applies in localStorage (synchronous, shared by the extension's own pages) and
// starts from that.
const MIRROR = { language: 'tasklane.language', theme: 'tasklane.theme' } as const;

/** Whether this page keeps the mirror: not the popup, whose first access to localStorage would
 *  load the storage area synchronously (a few ms, far more on a busy machine) before its paint. */
let keepsMirror = false;

function mirror(name: keyof typeof MIRROR, value: string): void {
  if (!keepsMirror) return;
  try {
    localStorage.setItem(MIRROR[name], value);
  } catch {
    // Storage off for the extension's pages: they paint in the browser's language first.
  }
}

function mirrored(name: keyof typeof MIRROR): string | null {
  try {
    return localStorage.getItem(MIRROR[name]);
  } catch {
    return null;
  }
}

/** The language asked for last: messages read for an earlier choice that arrive late are dropped. */
let wanted: Language = 'auto';

/** Applies a language setting on an extension page: 'auto' follows the browser. */
export async function applyLanguage(language: Language, titleKey?: string): Promise<void> {
  wanted = language;
  mirror('language', language);
  if (language === 'auto' || language === browserUiLocale()) setOverride(null);
  // Already shown (the page started from the mirror): no second render of every string.
  else if (override.value?.locale !== language) {
    const messages = await loadMessages(language);
    if (wanted !== language) return;
    if (override.value?.locale !== language) setOverride({ locale: language, messages });
  }
  document.documentElement.lang = locale();
  if (titleKey) document.title = t(titleKey);
}

/** Applies a theme setting: a data-theme attribute components/base.css honours. */
export function applyTheme(theme: Theme): void {
  mirror('theme', theme);
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * Calls `render` once the page speaks the language chosen (`from` its address, or the mirror in
 * localStorage, which the page then keeps): at once when that is the browser's, else after its
 * messages are read (a local file, read while the page's first request is in the worker). The
 * theme is applied before, in the same task.
 */
export function firstPaint(render: () => void, from: 'address' | 'mirror', titleKey?: string): void {
  keepsMirror = from === 'mirror';
  const query = new URLSearchParams(location.search);
  const [language, theme] = keepsMirror ? [mirrored('language'), mirrored('theme')] : [query.get('lang'), query.get('theme')];
  if (theme === 'light' || theme === 'dark') applyTheme(theme);
  if ((language === 'en' || language === 'zh-CN') && language !== browserUiLocale()) {
    void applyLanguage(language, titleKey).then(render, render);
  } else render();
}

/** What the rep reads when a request fails, in the language shown (lib/messages/error-text.ts). */
export function errorText(error: unknown): string {
  return baseErrorText(error, t);
}
