// Which country a person's national-format phone is written in ("(02) 9876 5432" is Sydney's on
// an en-US page; "0755-8888 6666" Shenzhen's in a Chinese mail shown in an English Roundcube).
// The page's language is the rep's (a German-UI webmail shows mail from London and Austin), so the
// cues are read in the writer's own block around the number, strongest first: another number of
// theirs with its country code ("+44 …", "0044 …", "1-800 …"), their email's ccTLD, an address
// line (lib/detect/phone-region-cues.ts), the script the block is written in, the language of the
// number's own sentence (lib/detect/phone-language-cues.ts). Each hint is a region
// ("AU") or an international number ("+61 2 …") whose country lib/detect/phone.ts works out; it
// tries them in order and keeps the first for which the number is valid, then the page's language.
// No libphonenumber here, and not in the content scripts either: a click sends the text around the
// number (lib/detect/phone-block.ts) and the background reads these hints from it (and the CLI).

import { BLOCK_AFTER, BLOCK_BEFORE, phoneBlock, squash } from './phone-block';
import { sentenceRegion } from './phone-language-cues';
import { nearestAddressRegion, nearestInternational, ownWindow } from './phone-region-cues';
import type { DetectedContact } from './types';

const MAX_HINTS = 4;

/** ccTLDs sold as generic names (.io, .co, .ai, .me…): no country. */
const GENERIC_TLDS = new Set(['io', 'co', 'ai', 'me', 'tv', 'cc', 'ly', 'fm', 'gg', 'to', 'ws', 'eu', 'la', 'so', 'sh', 'ac', 'im', 'is', 'gl', 'vc', 'nu', 'tk', 'ms', 'ag', 'bz', 'ps', 'st', 'su']);

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/gu;

/** Letters only one country's alphabet has (Turkish ı ğ İ, Vietnamese ơ ư đ and stacked tones,
 *  Polish ł ą ę ń ś ź ż, Hebrew's: Israel), and Arabic script, whose biggest market for a sales rep is Saudi Arabia
 *  (a number not valid there passes this hint over). */
const LETTER_REGIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['TR', /[ığİĞ]/],
  ['VN', /[ơưđƠƯĐ\u1ea0-\u1ef9]/],
  ['PL', /[łąęńśźżŁŚŻŹ]/],
  ['SA', /\p{Script=Arabic}{2}/u],
  ['IL', /\p{Script=Hebrew}{2}/u],
];

/** Han without kana is Chinese, kana is Japanese, Hangul Korean — when that script is what the
 *  block is written in, not a name in an English header; else a country's own letters. */
function scriptRegion(text: string): string | null {
  if (KANA.test(text)) return 'JP';
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han >= 8 && han * 4 >= latin) return 'CN';
  if (HANGUL.test(text)) return 'KR';
  return LETTER_REGIONS.find(([, letters]) => letters.test(text))?.[0] ?? null;
}

/** The country of an address's ccTLD ("…@harbourfreight.com.au" → AU), or null. */
export function emailRegion(email: string | null | undefined): string | null {
  const tld = /\.([a-z]{2})$/i.exec(email ?? '')?.[1]?.toLowerCase();
  if (!tld || GENERIC_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** Hints, strongest first, for reading `phone` when it is written without "+", from the text
 *  around it (`block`, lib/detect/phone-block.ts) and the writer's address; empty when it has a
 *  "+" (it says its own country) or nothing hints. The writer's own block speaks first — another
 *  number of theirs with its country code, their address's ccTLD, an address line, the script
 *  they write in — and the page's UI language (the rep's, not the writer's) only after all of
 *  them, in lib/detect/phone.ts. */
export function hintsFor(phone: string | null | undefined, email: string | null | undefined, block: string | null | undefined): string[] {
  const wanted = squash(phone ?? '').slice(0, 40);
  if (!wanted || wanted.startsWith('+')) return [];
  const hints: string[] = [];
  const add = (hint: string | null | undefined) => {
    if (hint && !hints.includes(hint) && hints.length < MAX_HINTS) hints.push(hint);
  };
  const text = (block ?? '').slice(0, BLOCK_BEFORE + BLOCK_AFTER + 80);
  const at = text.indexOf(wanted);
  const own = at >= 0 ? ownWindow(text, at, wanted.length) : null;
  if (own) add(nearestInternational(own.text, own.at, wanted.length));
  add(emailRegion(email));
  if (own) {
    add(nearestAddressRegion(own.text, own.at));
    add(scriptRegion(own.text));
    add(sentenceRegion(own.text, own.at));
  }
  return hints;
}

/** The hints for a detected person's phone, read from the page (the CLI's and the tests' way;
 *  a click sends the block and the background calls hintsFor). */
export function phoneHints(contact: DetectedContact): string[] {
  return hintsFor(contact.phone, contact.email, phoneBlock(contact));
}

/** What the CLI (and the tests' copy of it) prints of a person, with the hints for their phone. */
export function listedWithHints(contacts: readonly DetectedContact[]) {
  return contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone, company: c.company, role: c.role, phoneHints: phoneHints(c) }));
}
