// A page's `classify.suggest` request turned into the classifier's input, with the rep's settings
// as its config: pure, so the background (suggest.ts) and the classify CLI (scripts/classify.ts)
// run the very same step on what a click sends.
import { suggest } from '../classify';
import type { ClassifierConfig, ClassifyInput, Suggestion } from '../classify/types';
import { parseDue } from '../dates/parse-due';
import { todayLocal } from '../dates/today';
import type { RequestPayload } from '../messages';
import type { Settings } from '../model';

/**
 * What the page tells about the message beyond ClassifyInput's first fields, under the names the
 * classifier's input takes them (lib/classify, issue 15): the newest message's own text, quoted
 * history and signature apart, its sender, the day it was sent, whether it is a CRM record, and
 * the rep's today and zone. A classifier that does not read a field yet ignores it.
 */
export interface PageFields {
  body?: string | null;
  quoted?: string | null;
  signature?: string | null;
  sender?: { email?: string | null; name?: string | null } | null;
  sentDate?: string | null;
  fromCrmRecord?: boolean;
  today?: string;
  tz?: string;
}

export interface PageClassifyContext {
  settings: Settings;
  /** The contact's earlier tasks. */
  history: { openTasks: number; totalTasks: number };
  now: Date;
  locale: 'en' | 'zh-CN';
  /** The rep's IANA zone; default the runtime's. */
  timeZone?: string;
}

export function classifierConfig(settings: Settings): ClassifierConfig {
  return {
    // The rep's list for a goal replaces the shipped one; goals they never edited keep theirs.
    keywords: settings.goalKeywords,
    resellerDomains: settings.resellerDomains,
    freeMailOverrides: { free: settings.freeMailDomains, notFree: settings.companyMailDomains },
    defaultDueOffsetDays: settings.defaultDueOffsetDays,
  };
}

export function classifierInput(input: RequestPayload<'classify.suggest'>, ctx: PageClassifyContext): ClassifyInput & PageFields {
  const tz = ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    contact: input.contact ?? null,
    subject: input.subject ?? null,
    text: input.text ?? null,
    site: input.site === 'manual' ? null : (input.site ?? null),
    url: input.url ?? null,
    history: ctx.history,
    now: ctx.now,
    locale: ctx.locale,
    ...(ctx.timeZone ? { timeZone: ctx.timeZone } : {}),
    body: input.body ?? null,
    quoted: input.quoted ?? null,
    signature: input.signature ?? null,
    sender: input.sender ?? null,
    sentDate: input.sentDate ?? null,
    fromCrmRecord: input.fromCrmRecord ?? false,
    today: todayLocal(ctx.now, tz),
    tz,
  };
}

/** The suggestion for a page's request, and the rep's typed due date read. */
export function classifyPage(input: RequestPayload<'classify.suggest'>, ctx: PageClassifyContext): { suggestion: Suggestion; dueFromText: ReturnType<typeof parseDue> } {
  const suggestion = suggest(classifierInput(input, ctx), classifierConfig(ctx.settings));
  const dueFromText = input.dueText ? parseDue(input.dueText, { now: ctx.now, locale: ctx.locale }) : null;
  return { suggestion, dueFromText };
}
