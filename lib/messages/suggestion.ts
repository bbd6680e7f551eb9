// The suggestion as it crosses to a page: categories, due date, title and the reason for each
// choice. Reasons are built from the classifier's evidence (part of it page text), so they are
// validated and cut here before they leave the background: a bounded list of plain strings,
// which the panel renders as text only.
import * as v from 'valibot';
import type { TaskCategories } from '../model';

export const REASON_DIMENSIONS = ['goal', 'cycle', 'customer', 'channel', 'due'] as const;
export type ReasonDimension = (typeof REASON_DIMENSIONS)[number];

/** At most this many reasons per suggestion (one or two per dimension is the norm). */
export const MAX_REASONS = 12;
/** A reason's evidence is a keyword, a domain or a date phrase: a short line, never a paragraph. */
export const MAX_REASON_DETAIL = 160;

export { EARLIER_CHOICE } from './reason-codes';

export const SuggestionReasonSchema = v.object({
  dimension: v.picklist(REASON_DIMENSIONS),
  value: v.pipe(v.string(), v.maxLength(40)),
  detail: v.pipe(v.string(), v.transform((s) => s.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_DETAIL))),
  /** The classifier's stable reason code, for the panel to word the reason in the UI's language. */
  code: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/))),
});
export type SuggestionReason = v.InferOutput<typeof SuggestionReasonSchema>;

export interface PageSuggestion {
  categories: TaskCategories;
  due: { date: string; time?: string };
  title: string;
  reasons: SuggestionReason[];
}

/** Keeps the well-formed reasons, cut to their caps; anything else is dropped, never thrown. */
export function boundReasons(reasons: unknown): SuggestionReason[] {
  if (!Array.isArray(reasons)) return [];
  const kept: SuggestionReason[] = [];
  for (const reason of reasons.slice(0, MAX_REASONS * 2)) {
    const parsed = v.safeParse(SuggestionReasonSchema, reason);
    if (parsed.success) kept.push(parsed.output);
    if (kept.length === MAX_REASONS) break;
  }
  return kept;
}
