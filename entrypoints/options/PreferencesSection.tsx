// Preferences: language (follow the browser, English, 简体中文) and theme (follow the system,
// light, dark), saved with 'settings.save' and applied to this page at once.
import { useState } from 'preact/hooks';
import { announce } from '@/components/options/announce';
import { t } from '@/components/options/i18n-override';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { saveSettings, settings } from '@/components/options/state';
import type { Settings } from '@/lib/model';

const LANGUAGES = [
  { id: 'auto', label: 'languageAuto' },
  { id: 'en', label: 'English', literal: true },
  { id: 'zh-CN', label: '简体中文', literal: true },
] as const;
const THEMES = [
  { id: 'auto', label: 'themeAuto' },
  { id: 'light', label: 'themeLight' },
  { id: 'dark', label: 'themeDark' },
] as const;

export function PreferencesSection() {
  const [error, setError] = useState<string | null>(null);
  const current = settings.value;
  const save = async (patch: Partial<Settings>) => {
    setError(null);
    try {
      await saveSettings(patch);
      announce(t('saved'));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const group = <K extends 'language' | 'theme'>(
    key: K,
    legend: string,
    options: readonly { id: Settings[K]; label: string; literal?: boolean }[],
  ) => (
    <div class="card"><fieldset class="segmented-field">
      <legend>{legend}</legend>
      <div class="segmented">
        {options.map((o) => (
          <label key={o.id} class={current?.[key] === o.id ? 'checked' : undefined}>
            <input type="radio" name={key} value={o.id} checked={current?.[key] === o.id}
              onChange={() => void save({ [key]: o.id } as Partial<Settings>)} />
            <span lang={o.literal ? (o.id as string) : undefined}>{o.literal ? o.label : t(o.label)}</span>
          </label>
        ))}
      </div>
    </fieldset></div>
  );
  return (
    <section id="preferences" aria-labelledby="preferences-heading">
      <SectionHeader id="preferences" title={t('navPreferences')} intro={t('preferencesIntro')} />
      <Status error={error} />
      {group('language', t('language'), LANGUAGES)}
      {group('theme', t('theme'), THEMES)}
    </section>
  );
}
