// A person named in full, then again more briefly in the sentence that gives their number:
// "Please call Maria Rossi tomorrow — Maria's mobile is 333 …", "Herr Dr. Klaus Weber ist
// zuständig. Herr Weber erreichen Sie unter 0171 …", "工程师王伟先生负责安装。王先生的手机是139…".
// The short mention (a first name, a title and surname, a surname and its honorific) is the same
// person as the full name earlier in the paragraph — the number is theirs, never a new nameless
// contact's nor the writer's. Lazily loaded with the other sentence readings (mention-kit.js,
// ./mention-extras.ts) and in the CLI.

import { fieldOfLabel } from './field-labels';
import { looksLikeName } from './signature';

/** Titles that come before a name and are no part of it. */
const TITLE = /^(?:Herrn?|Frau|Dr|Prof|Mr|Mrs|Ms|Miss|Mme|Mlle|M|Sig|Sig\.ra|Sra?|Srta|Dott|Dott\.ssa|Ing|Avv|Don|Doña|Pan|Pani)\.?$/;
/** Capitalised words in a row (two to four): a full name, perhaps behind a title. */
const CAPITALISED_RUN = /(?<![\p{L}'’])(?:\p{Lu}[\p{Ll}'’-]*\.? ){1,5}\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu;
/** A title and one word: "Herr Weber", "Mrs Patel", "Sig.ra Conti". */
const TITLED = /(?<![\p{L}])(?:Herrn?|Frau|Dr|Prof|Mr|Mrs|Ms|Mme|M|Sig|Sig\.ra|Sra?|Dott|Pan|Pani)\.? (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu;
/** One capitalised word, perhaps possessive: "Maria", "Maria's". */
const WORD = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)(?:['’]s)?(?![\p{L}])/gu;
/** A Han name and its honorific: "王伟先生", "赵敏女士"; a surname alone before it: "王先生". */
const HAN_HONORIFIC = /先生|女士|小姐/gu;

interface Full { name: string; first: string; last: string; end: number }

/** The full names written in `text`, titles dropped ("Herr Dr. Klaus Weber" → "Klaus Weber"). */
function fullNames(text: string): Full[] {
  const found: Full[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    // The name starts after the last title ("Mandanten Herr Dr. Klaus Weber": German nouns are
    // capitalised too).
    const all = match[0].split(' ');
    const words = all.slice(all.findLastIndex((w) => TITLE.test(w)) + 1);
    if (words.length < 2 || words.length > 3 || words.some((w) => w.endsWith('.'))) continue;
    const name = words.join(' ');
    if (looksLikeName(name) && !fieldOfLabel(name)) found.push({ name, first: words[0]!, last: words[words.length - 1]!, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(HAN_HONORIFIC)) {
    const before = text.slice(0, match.index);
    for (const size of [2, 3]) {
      const name = before.slice(-size);
      if (/^\p{Script=Han}+$/u.test(name) && name.length === size && looksLikeName(name)) found.push({ name, first: name[0]!, last: name[0]!, end: match.index });
    }
  }
  return found;
}

/** The one full name earlier in `line` (the number's paragraph up to the number) that the last
 *  short mention in `sentence` (the number's own sentence, its tail) points back to; null when
 *  none does, or when two full names would fit (two Marias: neither). */
export function backReference(line: string, sentence: string): string | null {
  const offset = line.length - sentence.length;
  const names = fullNames(line);
  if (!names.length) return null;
  let best: { at: number; fits: Full[] } | null = null;
  const consider = (at: number, fits: (f: Full) => boolean) => {
    const matching = names.filter((f) => f.end <= offset + at && fits(f));
    const distinct = [...new Set(matching.map((f) => f.name))];
    if (distinct.length && (!best || at > best.at)) best = { at, fits: distinct.map((name) => matching.find((f) => f.name === name)!) };
  };
  for (const m of sentence.matchAll(TITLED)) consider(m.index, (f) => f.last === m[1]);
  for (const m of sentence.matchAll(WORD)) consider(m.index, (f) => f.first === m[1]);
  // "王先生": the surname just before the honorific, not the last character of a full name.
  for (const m of sentence.matchAll(HAN_HONORIFIC)) {
    const surname = sentence.slice(m.index - 1, m.index);
    const prior = sentence.slice(Math.max(0, m.index - 2), m.index - 1);
    if (/\p{Script=Han}/u.test(surname) && !/\p{Script=Han}/u.test(prior)) consider(m.index - 1, (f) => f.first === surname && f.name.length > 1);
  }
  const chosen = best as { at: number; fits: Full[] } | null;
  // Both a two- and a three-character reading of one Han name fit: the shorter is the name
  // (the longer took a role's last character: "工程师王伟" → "师王伟" never starts with 王).
  const fits = chosen?.fits.filter((f) => !chosen.fits.some((g) => g !== f && f.name.startsWith(g.name))) ?? [];
  return fits.length === 1 ? fits[0]!.name : null;
}
