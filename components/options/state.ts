// State the options sections share: the rep's settings (categories live in
// components/useCategories). Loaded by the App and refreshed on 'settings' changes.
import { signal } from '@preact/signals';
import { request } from '@/lib/messages';
import type { Settings } from '@/lib/model';
import { applyLanguage, applyTheme } from './i18n-override';

export const settings = signal<Settings | null>(null);

export async function loadSettings(): Promise<Settings> {
  const value = (await request('settings.get', {})).settings;
  settings.value = value;
  applyTheme(value.theme);
  await applyLanguage(value.language);
  return value;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const value = (await request('settings.save', { patch })).settings;
  settings.value = value;
  applyTheme(value.theme);
  await applyLanguage(value.language);
  return value;
}

/** Today as a local date in the page's zone, `YYYY-MM-DD`. */
export { todayLocal } from '@/lib/dates';
