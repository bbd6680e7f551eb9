// The rep's language in the worker: what notifications, the context menu and the pages' in-page
// UI speak. browser.i18n follows only the browser's language, so an override (Options →
// Preferences → Language) reads that locale's messages.json from the extension's own files,
// once per locale, and lib/i18n.ts fills them in. Read at each use: a notification speaks the
// language chosen when it fires.
import { browser } from 'wxt/browser';
import { getSettings, type TasklaneDb } from '../db';
import { translator, uiLocale, type Messages, type Translate, type UiLocale } from '../i18n';
import type { Settings } from '../model';

const messagesOf = new Map<UiLocale, Promise<Messages>>();

/** A locale's messages, read once (a failed read is tried again next time). */
export function loadMessages(locale: UiLocale): Promise<Messages> {
  let loading = messagesOf.get(locale);
  if (!loading) {
    const dir = locale === 'zh-CN' ? 'zh_CN' : 'en';
    loading = fetch(browser.runtime.getURL(`/_locales/${dir}/messages.json`)).then((r) => r.json() as Promise<Messages>);
    loading.catch(() => messagesOf.delete(locale));
    messagesOf.set(locale, loading);
  }
  return loading;
}

/**
 * The shown language for a setting, and its messages when it is not the browser's (null:
 * browser.i18n). Never throws: should the file not load, the browser's language speaks — a
 * notification in the other language beats none.
 */
export async function overrideFor(language: Settings['language']): Promise<{ locale: UiLocale; messages: Messages | null }> {
  const browserLocale = uiLocale();
  if (language === 'auto' || language === browserLocale) return { locale: browserLocale, messages: null };
  try {
    return { locale: language, messages: await loadMessages(language) };
  } catch (error) {
    console.error('[tasklane] messages of', language, error);
    return { locale: browserLocale, messages: null };
  }
}

export interface Strings {
  locale: UiLocale;
  t: Translate;
  tn: (key: string, count: number, ...subs: (string | number)[]) => string;
}

/** The translator for a language setting. */
export async function stringsFor(language: Settings['language']): Promise<Strings> {
  const { locale, messages } = await overrideFor(language);
  return { locale, ...translator(messages, locale) };
}

/** The translator for the language saved in the settings now. */
export async function stringsOf(db: TasklaneDb): Promise<Strings> {
  return stringsFor((await getSettings(db)).language);
}
