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
  contact: { name?: string | null; email?: string | null; company?: string | null } | null;
  subject?: string | null;
  /** Email body or record text; only the first MAX_SCAN_CHARS are read. */
  text?: string | null;
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
  | 'reseller-domain' // channel distribution
  | 'online-store' // channel online
  | 'webmail-default' // channel direct on webmail
  | 'date-in-text' // due: a date phrase in subject/body
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
