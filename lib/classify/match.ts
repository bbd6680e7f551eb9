/**
 * Keyword matching: whole words for English (and any script with spaces), substrings for
 * Chinese/Japanese/Korean, case-insensitive. Keywords come from user settings, so they are
 * escaped, never treated as regular expressions.
 */

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const MAX_KEYWORD_CHARS = 100;
// Compiled matchers, keyed by keyword; bounded because user lists can change over a long-lived worker.
const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 2_000;

/** Lower-cased text, ready to match many keywords against. */
export function prepare(text: string): string {
  return text.toLowerCase();
}

/** True when `keyword` occurs in `prepared` (the output of prepare()). */
export function containsKeyword(prepared: string, keyword: string): boolean {
  const kw = normaliseKeyword(keyword);
  if (!kw) return false;
  if (CJK.test(kw)) return prepared.includes(kw);
  return matcherFor(kw)?.test(prepared) ?? false;
}

/** The keywords of `list` found in `prepared`, in list order, each once. */
export function findKeywords(prepared: string, list: readonly string[]): string[] {
  const found: string[] = [];
  for (const keyword of list) {
    if (containsKeyword(prepared, keyword) && !found.includes(keyword)) found.push(keyword);
  }
  return found;
}

/** Trimmed, lower-cased, inner whitespace collapsed; '' for anything unusable. */
export function normaliseKeyword(keyword: unknown): string {
  if (typeof keyword !== 'string') return '';
  return keyword.trim().replace(/\s+/gu, ' ').toLowerCase().slice(0, MAX_KEYWORD_CHARS);
}

function matcherFor(kw: string): RegExp | null {
  let re = cache.get(kw);
  if (!re) {
    // "cross-sell" also matches "cross sell"; a one-word keyword also matches its plural.
    const parts = kw.split(/[\s-]+/u).filter(Boolean);
    if (parts.length === 0) return null; // "-" alone would match everywhere
    const body = parts.map(escapeRegExp).join('[\\s\\-]+');
    const plural = /^[\p{L}]+$/u.test(kw) ? '(?:e?s)?' : '';
    // \b only knows ASCII letters; these look-arounds also respect accented letters and digits.
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, 'u');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(kw, re);
  }
  return re;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
