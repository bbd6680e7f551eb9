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

/** The language shown: the override, or the browser's. */
export function locale(): UiLocale {
  return override.value?.locale ?? uiLocale();
}

/** A category's or template's label in the shown language. */
export function labelOf(labels: Labels): string {
  return baseLabelOf(labels, locale());
}

const current = () => translator(override.value?.messages ?? null, locale());

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
  override.value = next && next.locale !== uiLocale() ? next : null;
}

/** Reads a locale's messages from the extension's own files (extension pages, the worker). */
export async function loadMessages(language: UiLocale): Promise<Messages> {
  const dir = language === 'zh-CN' ? 'zh_CN' : 'en';
  const response = await fetch(browser.runtime.getURL(`/_locales/${dir}/messages.json`));
  return (await response.json()) as Messages;
}

/** Applies a language setting on an extension page: 'auto' follows the browser. */
export async function applyLanguage(language: 'auto' | 'en' | 'zh-CN', titleKey?: string): Promise<void> {
  if (language === 'auto' || language === uiLocale()) setOverride(null);
  else setOverride({ locale: language, messages: await loadMessages(language) });
  document.documentElement.lang = locale();
  if (titleKey) document.title = t(titleKey);
}

/** Applies a theme setting: a data-theme attribute components/base.css honours. */
export function applyTheme(theme: 'auto' | 'light' | 'dark'): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** What the rep reads when a request fails, in the language shown (lib/messages/error-text.ts). */
export function errorText(error: unknown): string {
  return baseErrorText(error, t);
}
