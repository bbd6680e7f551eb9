// UI strings come from public/_locales (English and Simplified Chinese) through the browser's
// i18n API; category and template labels are data and carry both languages themselves.
import { browser } from 'wxt/browser';
import type { Labels } from './model';

export type UiLocale = keyof Labels;

export function uiLocale(): UiLocale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The label of a category value or template in the UI's language. */
export function labelOf(labels: Labels, locale: UiLocale = uiLocale()): string {
  return labels[locale] || labels.en;
}
