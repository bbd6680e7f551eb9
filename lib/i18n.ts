// UI strings come from public/_locales (English and Simplified Chinese) through the browser's
// i18n API; category and template labels are data and carry both languages themselves. The
// language override (Preferences → Language) loads the other locale's messages.json and fills
// placeholders here, because browser.i18n cannot be pointed at another locale. Counts go
// through the locale's plural rules: a key `k` may have `k_one`, `k_few`… variants, `k` itself
// being the general ("other") form (Chinese has only that one).
import { browser } from 'wxt/browser';
import type { Labels } from './model';

export type UiLocale = keyof Labels;

export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Messages = Record<string, Message>;

export function uiLocale(): UiLocale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The label of a category value or template in the UI's language. */
export function labelOf(labels: Labels, locale: UiLocale = uiLocale()): string {
  return labels[locale] || labels.en;
}

/** A message with `$1`… and named placeholders filled in, as Chrome fills them. */
export function formatMessage(entry: Message, subs: string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (match, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : match;
    })
    .replace(/\$\$/g, '$');
}

/** The key of the form for `count` in `locale`: `key_one` for 1 in English, else `key`. */
export function pluralKey(key: string, count: number, locale: UiLocale, has: (key: string) => boolean): string {
  const form = `${key}_${new Intl.PluralRules(locale).select(count)}`;
  return form !== `${key}_other` && has(form) ? form : key;
}

/** A number as the locale writes it ("1,234"). */
export function formatNumber(value: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale).format(value);
}

export type Translate = (key: string, ...subs: (string | number)[]) => string;

/**
 * A translator over `messages` (an override's), or over browser.i18n when null. Numbers among
 * `subs` are written the locale's way.
 */
export function translator(messages: Messages | null, locale: UiLocale = uiLocale()): { t: Translate; tn: (key: string, count: number, ...subs: (string | number)[]) => string } {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  const has = (key: string) => (messages ? key in messages : getMessage(key) !== '');
  const t: Translate = (key, ...subs) => {
    const strings = subs.map((s) => (typeof s === 'number' ? formatNumber(s, locale) : s));
    const entry = messages?.[key];
    return entry ? formatMessage(entry, strings) : getMessage(key, strings) || key;
  };
  return { t, tn: (key, count, ...subs) => t(pluralKey(key, count, locale, has), ...subs) };
}
