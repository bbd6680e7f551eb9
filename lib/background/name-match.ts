// Who a typed task is about: "Call Dana tomorrow about the renewal" → Dana Okafor, when exactly
// one known contact answers to the name. Two Danas → nobody: a wrong person on a task is worse
// than none, and the rep can still pick the person in the panel.
import type { Contact } from '../model';

const CJK = /[\u3400-\u9fff]/;
/** How Chinese speakers refer to someone by surname: 王总, 李经理, 张老师. */
const CJK_HONORIFIC = /^(?:总|经理|老师|先生|女士|小姐|工|总监|主任|老板)/;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word or words of `text`, case-insensitive: "Dana Okafor" in "call dana okafor now". */
function hasPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** A given name typed as a name (capitalised), so "will", "may", "bill" in a sentence name nobody. */
function hasGivenName(text: string, given: string): boolean {
  if (given.length < 2 || given[0] === given[0]!.toLowerCase()) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(given)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function surnameWithHonorific(text: string, name: string): boolean {
  const surname = name[0]!;
  let at = text.indexOf(surname);
  while (at >= 0) {
    if (CJK_HONORIFIC.test(text.slice(at + 1))) return true;
    at = text.indexOf(surname, at + 1);
  }
  return false;
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
  const named = contacts.filter((c) => clean(c.name).length >= 2);
  const unique = (found: C[]) => (found.length === 1 ? found[0] : undefined);

  const full = named.filter((c) => {
    const name = clean(c.name);
    return CJK.test(name) ? typed.includes(name) : name.includes(' ') && hasPhrase(typed, name);
  });
  if (full.length) return unique(full);

  const partial = named.filter((c) => {
    const name = clean(c.name);
    if (CJK.test(name)) return name.length >= 2 && surnameWithHonorific(typed, name);
    return hasGivenName(typed, name.split(' ')[0]!);
  });
  return unique(partial);
}
