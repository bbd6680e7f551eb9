// A page's `classify.suggest` request turned into the classifier's input, with the rep's settings
// as its config: pure, so the background (suggest.ts) and the classify CLI (scripts/classify.ts)
// run the very same step on what a click sends.
import { suggest } from '../classify';
import { splitSignature } from '../classify/signature';
import type { ClassifierConfig, ClassifyInput, Suggestion } from '../classify/types';
import { parseDue } from '../dates/parse-due';
import { todayLocal } from '../dates/today';
import type { RequestPayload } from '../messages';
import type { Settings } from '../model';

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

/**
 * The classifier's input from a page's request: the newest message's own text (a webmail's, read
 * apart from its quoted history and signature) as `text`, the history and signature apart, the
 * day the email was sent (relative deadlines count from it) and the rep's today in their zone.
 * (A CRM record the classifier knows from the page's site.)
 */
export function classifierInput(input: RequestPayload<'classify.suggest'>, ctx: PageClassifyContext): ClassifyInput {
  const timeZone = ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    contact: input.contact ?? null,
    subject: input.subject ?? null,
    text: input.text ?? input.body ?? null,
    quoted: input.quoted ?? null,
    // The page's text arrives on one line (its line breaks folded); the body keeps them, and a
    // sign-off the page did not set apart ("张伟" over "宏达五金经营部") is found there.
    signature: input.signature ?? (input.body && splitSignature(input.body).signature) ?? null,
    sentAt: input.sentDate ?? null,
    recordStage: input.stage ?? null,
    today: todayLocal(ctx.now, timeZone),
    site: input.site === 'manual' ? null : (input.site ?? null),
    url: input.url ?? null,
    history: ctx.history,
    now: ctx.now,
    locale: ctx.locale,
    timeZone,
  };
}

/** The suggestion for a page's request, and the rep's typed due date read. */
export function classifyPage(input: RequestPayload<'classify.suggest'>, ctx: PageClassifyContext): { suggestion: Suggestion; dueFromText: ReturnType<typeof parseDue> } {
  const suggestion = suggest(classifierInput(input, ctx), classifierConfig(ctx.settings));
  const dueFromText = input.dueText ? parseDue(input.dueText, { now: ctx.now, locale: ctx.locale }) : null;
  return { suggestion, dueFromText };
}
