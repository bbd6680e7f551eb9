// The options page's strings. With language 'auto' they come from the browser (browser.i18n,
// which follows the browser's UI language); with an override (Preferences → Language) the page
// loads that locale's messages.json and substitutes placeholders itself, because browser.i18n
// cannot be pointed at another locale. Reading `override` inside t() makes every component that
// renders text re-render when the language changes.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { uiLocale, labelOf as baseLabelOf, type UiLocale } from '@/lib/i18n';
import type { Labels } from '@/lib/model';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const override = signal<{ locale: UiLocale; messages: Record<string, Message> } | null>(null);

/** The language the page shows: the override, or the browser's. */
export function locale(): UiLocale {
  return override.value?.locale ?? uiLocale();
}

/** A category's or template's label in the page's language. */
export function labelOf(labels: Labels): string {
  return baseLabelOf(labels, locale());
}

/** The UI string `key`, with `$1`… (and named placeholders) filled in from `subs`. */
export function t(key: string, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const current = override.value;
  const entry = current?.messages[key];
  if (!entry) {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
    return getMessage(key, strings) || key;
  }
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (match, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : match;
    })
    .replace(/\$\$/g, '$');
}

/** Applies a language setting: 'auto' follows the browser; otherwise load that locale's strings. */
export async function applyLanguage(language: 'auto' | 'en' | 'zh-CN'): Promise<void> {
  if (language === 'auto' || language === uiLocale()) {
    override.value = null;
  } else {
    const dir = language === 'zh-CN' ? 'zh_CN' : 'en';
    const response = await fetch(`/_locales/${dir}/messages.json`);
    const messages = (await response.json()) as Record<string, Message>;
    override.value = { locale: language, messages };
  }
  document.documentElement.lang = locale();
  document.title = t('optionsTitle');
}

/** Applies a theme setting: a data-theme attribute the options stylesheet honours. */
export function applyTheme(theme: 'auto' | 'light' | 'dark'): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
