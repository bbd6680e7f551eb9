// The rep's preferences. Stored as one record; missing fields take these defaults, so adding a
// setting later needs no migration.
import * as v from 'valibot';
import { LocalTimeSchema, MAX, boundedString } from './primitives';

export const LANGUAGES = ['auto', 'en', 'zh-CN'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

const DomainListSchema = v.pipe(v.array(boundedString(MAX.domain)), v.maxLength(MAX.listItems));

export const SettingsSchema = v.object({
  language: v.picklist(LANGUAGES),
  theme: v.picklist(THEMES),
  /** When a date-only task reminds (later work). */
  defaultReminderTime: LocalTimeSchema,
  /** Days from today a one-click task is due when the page gives no date. */
  defaultDueOffsetDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)),
  resellerDomains: DomainListSchema,
  /** Domains the rep says are (or are not) free-mail, overriding the shipped list. */
  freeMailDomains: DomainListSchema,
  companyMailDomains: DomainListSchema,
  /** Hosts the rep turned on for the generic detector. */
  customSites: DomainListSchema,
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  theme: 'auto',
  defaultReminderTime: '09:00',
  defaultDueOffsetDays: 1,
  resellerDomains: [],
  freeMailDomains: [],
  companyMailDomains: [],
  customSites: [],
};

export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;
