/**
 * The task title: "Follow up: <subject>" when there is a subject, else "Follow up with <name>";
 * zh-CN "跟进：<subject>". Page-supplied text, so it is cleaned to one plain line and capped.
 */
export const MAX_TITLE_CHARS = 200;

const TEMPLATES = {
  en: { subject: 'Follow up: ', person: 'Follow up with ', bare: 'Follow up' },
  'zh-CN': { subject: '跟进：', person: '跟进：', bare: '跟进' },
} as const;

// Reply and forward prefixes of common mail clients, English, Chinese and a few European ones,
// possibly repeated and bracketed ("RE: FW: [EXT] Re[2]: …").
const REPLY_PREFIX =
  /^(?:\s*(?:\[[^\]]{0,20}\]\s*)?(?:re|fwd?|aw|wg|sv|vs|tr|r|rif|antw|回复|回覆|答复|转发|轉寄)(?:\[\d{1,3}\]|\(\d{1,3}\))?\s*[:：])+/iu;
// Control characters and bidi overrides, which could disguise a title's text.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

export interface TitleInput {
  subject?: unknown;
  name?: unknown;
  email?: unknown;
  company?: unknown;
}

export function buildTitle(input: TitleInput, locale: 'en' | 'zh-CN' = 'en'): string {
  const t = TEMPLATES[locale === 'zh-CN' ? 'zh-CN' : 'en'];
  const subject = stripReplyPrefixes(clean(input.subject));
  if (subject) return cap(t.subject + subject);
  const who = clean(input.name) || clean(input.email) || clean(input.company);
  if (who) return cap(t.person + who);
  return t.bare;
}

/** "Re: Fwd: 回复：Quote" → "Quote". */
export function stripReplyPrefixes(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').trim();
}

/** One line: invisible characters dropped, whitespace collapsed. */
function clean(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Cleaning a megabyte only to keep 200 characters would waste the worker's time.
  return value.slice(0, MAX_TITLE_CHARS * 8).replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** At most MAX_TITLE_CHARS code points, ending in "…" when cut; never splits a surrogate pair. */
function cap(title: string): string {
  const chars = Array.from(title);
  if (chars.length <= MAX_TITLE_CHARS) return title;
  return `${chars.slice(0, MAX_TITLE_CHARS - 1).join('').trimEnd()}…`;
}
