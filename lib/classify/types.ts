/**
 * The classifier's contract. Category ids are those of /work/shared/taxonomy.md; they are
 * stable (stored in tasks), so they are spelled out here rather than derived from labels.
 */

export const GOAL_IDS = ['new_customer', 'existing_customer', 'payment_collection', 'market_research'] as const;
export const CYCLE_IDS = ['daily', 'phased'] as const;
export const CUSTOMER_IDS = ['b2b', 'b2c'] as const;
export const CHANNEL_IDS = ['direct', 'distribution', 'online'] as const;

export type GoalId = (typeof GOAL_IDS)[number];
export type CycleId = (typeof CYCLE_IDS)[number];
export type CustomerId = (typeof CUSTOMER_IDS)[number];
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** The adapter ids of lib/detect, plus null when the page is unknown. */
import type { SiteId } from '../detect/types';

export type { SiteId };

export interface ClassifyInput {
  /** The person the task is about; for an email, its sender (name and address). */
  contact: { name?: string | null; email?: string | null; company?: string | null } | null;
  subject?: string | null;
  /**
   * Email body or record text; only the first MAX_SCAN_CHARS are read. When `quoted` is given
   * this is the newest message alone; otherwise quoted history is cut off at the first reply marker.
   */
  text?: string | null;
  /** The quoted history below the newest message, when the page separates it. */
  quoted?: string | null;
  /** The newest message's signature block, when the page separates it; else read from `text`'s tail. */
  signature?: string | null;
  /** When the email was sent: "YYYY-MM-DD" or an ISO date-time. Relative deadlines count from it. */
  sentAt?: string | null;
  /** A CRM record's relationship field ("Customer - Direct", "Lead", 客户): decides existing vs new. */
  recordStage?: string | null;
  /** The page is a CRM record of this contact (also implied by a CRM `site`). */
  fromCrm?: boolean | null;
  /** Today's date "YYYY-MM-DD" in the user's zone; default: derived from `now` and `timeZone`. */
  today?: string | null;
  site?: SiteId | null;
  url?: string | null;
  /** The contact's earlier tasks. */
  history?: { openTasks: number; totalTasks: number } | null;
  now?: Date;
  locale?: 'en' | 'zh-CN';
  /** The user's IANA zone for "today"; default the runtime's zone. */
  timeZone?: string;
}

export interface ClassifierConfig {
  /** A goal's list here replaces that goal's default list (the options page edits a copy of the defaults). */
  keywords?: Partial<Record<GoalId, string[]>>;
  /** Domains of the user's resellers, e.g. "acme-distribution.com"; subdomains match too. */
  resellerDomains?: string[];
  /** Corrections to the shipped free-mail list, e.g. a local provider it lacks. */
  freeMailOverrides?: { free?: string[]; notFree?: string[] };
  /** Business days ahead a task is due when the text names no date (0 = today); default 1. */
  defaultDueOffsetDays?: number;
}

export type Dimension = 'goal' | 'cycle' | 'customer' | 'channel' | 'due';

/**
 * Why a value was suggested. `code` is stable for the UI to translate; `detail` is the evidence
 * (the keyword, the domain, the matched date phrase), shown as text, never as HTML.
 */
export type ReasonCode =
  | 'keyword' // goal: a goal keyword in subject/body
  | 'crm-record' // goal existing_customer / channel direct: a CRM record page
  | 'crm-lead' // goal new_customer: a CRM lead record
  | 'known-contact' // goal existing_customer: the contact has earlier tasks
  | 'milestone-word' // cycle phased
  | 'default' // cycle daily when nothing says milestone
  | 'free-mail' // customer b2c
  | 'company-domain' // customer b2b
  | 'company-name' // customer b2b: no company domain but a company is known
  | 'reseller-onboarding' // goal new_customer: a reseller asking to sign up
  | 'existing-relationship' // goal existing_customer: the sender already buys or resells from us
  | 'first-contact' // goal new_customer: the sender writes to us for the first time (met at, recommended, 经…介绍)
  | 'asked-for' // goal: what the sender asks (a price, a fix, money owed, a study) when no keyword decides
  | 'signature-company' // customer b2b: a company in the signature of a free-mail sender
  | 'personal-signal' // customer b2c: home, family, "Sent from my iPhone", no company
  | 'reseller-domain' // channel distribution
  | 'channel-word' // channel distribution / online: reseller, dealer, 经销 / website, 天猫…; customer b2b: a free-mail sender's resale words
  | 'online-store' // channel online
  | 'company-contact' // channel direct: a named contact of a company, not a reseller or a shop
  | 'date-in-text' // due: a deadline phrase in subject/newest message
  | 'deadline-passed' // due: the deadline named in the email is already past → today
  | 'default-offset'; // due: the rep's business-day offset (Settings.defaultDueOffsetDays)

export interface Reason {
  dimension: Dimension;
  value: string;
  code: ReasonCode;
  detail: string;
}

export interface Suggestion {
  categories: { goal?: GoalId; cycle?: CycleId; customer?: CustomerId; channel?: ChannelId };
  due: { date: string; time?: string };
  title: string;
  reasons: Reason[];
}

/** What one signal module decides for its dimension, with its reason. */
export interface Decision<T extends string> {
  value: T;
  code: ReasonCode;
  detail: string;
}
