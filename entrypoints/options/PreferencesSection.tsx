// Preferences: language (follow the browser, English, 简体中文), theme (follow the system,
// light, dark), the default due date of a task whose email names none, and whom Tasklane offers
// on a page (the rep's own addresses, colleagues, role mailboxes), and what a reply to a
// follow-up does (complete it, or only flag it), saved with 'settings.save' and
// applied at once.
import { useState } from 'preact/hooks';
import { announce } from '@/components/options/announce';
import { AudienceSettings } from '@/components/options/AudienceSettings';
import { errorText, t } from '@/components/options/i18n-override';
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
const REPLY_ACTIONS = [
  { id: 'complete', label: 'replyActionComplete' },
  { id: 'flag', label: 'replyActionFlag' },
] as const;
/** Settings.defaultDueOffsetDays' upper bound (lib/model/settings.ts). */
const MAX_DUE_DAYS = 60;

export function PreferencesSection() {
  const [error, setError] = useState<string | null>(null);
  const current = settings.value;
  const save = async (patch: Partial<Settings>) => {
    setError(null);
    try {
      await saveSettings(patch);
      announce(t('saved'));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const group = <K extends 'language' | 'theme' | 'replyAction'>(
    key: K,
    legend: string,
    options: readonly { id: Settings[K]; label: string; literal?: boolean }[],
    hint?: string,
  ) => (
    <div class="card"><fieldset class="segmented-field" aria-describedby={hint ? `${key}-hint` : undefined}>
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
      {hint && <small id={`${key}-hint`} class="hint">{hint}</small>}
    </fieldset></div>
  );
  const dueDays = (
    <div class="card field due-days-field">
      <label for="default-due-days">{t('defaultDueDays')}</label>
      <input id="default-due-days" type="number" min={0} max={MAX_DUE_DAYS} step={1} inputMode="numeric"
        value={current?.defaultDueOffsetDays ?? 1} aria-describedby="default-due-days-hint"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const n = Math.round(Number(input.value));
          // An empty or out-of-range entry snaps back to what is saved, or to the nearest bound.
          if (input.value.trim() === '' || !Number.isFinite(n)) return void (input.value = String(current?.defaultDueOffsetDays ?? 1));
          const days = Math.min(MAX_DUE_DAYS, Math.max(0, n));
          input.value = String(days);
          if (days !== current?.defaultDueOffsetDays) void save({ defaultDueOffsetDays: days });
        }} />
      <small id="default-due-days-hint" class="hint">{t('defaultDueDaysHint')}</small>
    </div>
  );
  return (
    <section id="preferences" aria-labelledby="preferences-heading">
      <SectionHeader id="preferences" title={t('navPreferences')} intro={t('preferencesIntro')} />
      <Status error={error} />
      {group('language', t('language'), LANGUAGES)}
      {group('theme', t('theme'), THEMES)}
      {dueDays}
      {group('replyAction', t('replyAction'), REPLY_ACTIONS, t('replyActionHint'))}
      <AudienceSettings current={current} save={save} />
    </section>
  );
}
