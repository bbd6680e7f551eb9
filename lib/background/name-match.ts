// Who a typed task is about: "Call Dana tomorrow about the renewal" → Dana Okafor, when exactly
// one known contact answers to the name. Two Danas → nobody: a wrong person on a task is worse
// than none, and the rep can still pick the person in the panel.
import type { Contact } from '../model';

const CJK = /[\u3400-\u9fff]/;
/** How Chinese speakers refer to someone by surname: 王总, 李经理, 张老师. */
const CJK_HONORIFIC = /总监|总|经理|老师|先生|女士|小姐|主任|老板/g;
/** A word: letters and digits, with inner apostrophes or hyphens (O'Brien, Jean-Luc). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Longest full name compared, in words. */
const MAX_NAME_WORDS = 4;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.match(WORD) ?? [];

/**
 * What the typed words offer, built once (a rep may know thousands of contacts): every run of up
 * to four words, lower-cased; the capitalised words; the surnames before a Chinese honorific.
 */
function indexText(text: string) {
  const tokens = words(text);
  const phrases = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 2; n <= MAX_NAME_WORDS && i + n <= tokens.length; n++) phrases.add(tokens.slice(i, i + n).join(' ').toLowerCase());
  }
  // A given name typed as a name (capitalised), so "will", "may", "bill" in a sentence name nobody.
  const givenNames = new Set(tokens.filter((t) => t.length >= 2 && t[0] !== t[0]!.toLowerCase()));
  const surnames = new Set<string>();
  for (const m of text.matchAll(CJK_HONORIFIC)) if (m.index > 0) surnames.add(text[m.index - 1]!);
  return { text, phrases, givenNames, surnames };
}

/**
 * The one contact the text names, else undefined. Strongest evidence first: a full name
 * ("Dana Okafor", "王伟") decides among several Danas; only when no full name is in the text does
 * a given name alone ("Dana") or a surname with an honorific ("王总") count, and then only if
 * exactly one contact has it.
 */
export function matchContactByName<C extends Pick<Contact, 'name'>>(text: string, contacts: readonly C[]): C | undefined {
  const typed = clean(text).slice(0, 500);
  if (!typed) return undefined;
  const index = indexText(typed);
  const full: C[] = [];
  const partial: C[] = [];
  for (const contact of contacts) {
    const name = clean(contact.name);
    if (name.length < 2) continue;
    if (CJK.test(name)) {
      if (typed.includes(name)) full.push(contact);
      else if (index.surnames.has(name[0]!)) partial.push(contact);
      continue;
    }
    const parts = words(name);
    if (parts.length >= 2 && parts.length <= MAX_NAME_WORDS && index.phrases.has(parts.join(' ').toLowerCase())) full.push(contact);
    else if (parts[0] && index.givenNames.has(parts[0])) partial.push(contact);
  }
  const found = full.length ? full : partial;
  return found.length === 1 ? found[0] : undefined;
}
