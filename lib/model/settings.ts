// The rep's preferences. Stored as one record; missing fields take these defaults, so adding a
// setting later needs no migration.
import * as v from 'valibot';
import { GOAL_IDS, type GoalId } from '../classify/types';
import { EmailSchema, LocalTimeSchema, MAX, boundedString, requiredString } from './primitives';

export const LANGUAGES = ['auto', 'en', 'zh-CN'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

/** How many addresses "My addresses" holds: a rep has a few accounts, not dozens. */
export const MAX_MY_ADDRESSES = 20;

const DomainListSchema = v.pipe(v.array(boundedString(MAX.domain)), v.maxLength(MAX.listItems));

/** One goal's classifier keywords (English and Chinese mixed): each word ≤ 60 chars, ≤ 200 words. */
const KeywordListSchema = v.pipe(v.array(requiredString(60)), v.maxLength(200));

/** A goal's list replaces that goal's shipped keywords; a goal left out keeps the shipped list. */
export const GoalKeywordsSchema = v.pipe(
  v.record(v.picklist(GOAL_IDS), KeywordListSchema),
  v.transform((record) => record as Partial<Record<GoalId, string[]>>),
);

/** "Follow up if no reply" in this many business days (0: off), the compose control's choices. */
export const FOLLOW_UP_DAY_CHOICES = [0, 1, 2, 3, 5, 7] as const;

export const SettingsSchema = v.object({
  language: v.picklist(LANGUAGES),
  theme: v.picklist(THEMES),
  /** When a date-only task reminds (later work). */
  defaultReminderTime: LocalTimeSchema,
  /** Business days ahead a task is due when the page gives no date (0 = today); read by the classifier. */
  defaultDueOffsetDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)),
  resellerDomains: DomainListSchema,
  /** Domains the rep says are (or are not) free-mail, overriding the shipped list. */
  freeMailDomains: DomainListSchema,
  companyMailDomains: DomainListSchema,
  /** Hosts the rep turned on for the generic detector. */
  customSites: DomainListSchema,
  /** The rep's own classifier keywords per goal type (Options → Classifier). */
  goalKeywords: GoalKeywordsSchema,
  /** The rep's own addresses: never offered as a contact, on any site. Learnt from the pages
   *  that show the signed-in account, and editable in Options → Preferences. */
  myAddresses: v.pipe(v.array(EmailSchema), v.maxLength(MAX_MY_ADDRESSES)),
  /** Colleagues (people at the rep's own company domain): offered after everyone else, or not at all. */
  colleagues: v.picklist(['last', 'hide']),
  /** Offer no-reply, notification and other role mailboxes too (off: they cannot answer). */
  offerRoleMailboxes: v.boolean(),
  /** When the person replies to a follow-up: complete the task, or only flag it as replied. */
  replyAction: v.picklist(['complete', 'flag']),
  /** The compose control's last choice, so the next compose window starts from it. */
  followUpDays: v.picklist(FOLLOW_UP_DAY_CHOICES),
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
  goalKeywords: {},
  myAddresses: [],
  colleagues: 'last',
  offerRoleMailboxes: false,
  replyAction: 'complete',
  followUpDays: 0,
};

export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;
