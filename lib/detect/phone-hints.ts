// Which country a person's national-format phone is written in ("(02) 9876 5432" is Sydney's on
// an en-US page; "0755-8888 6666" Shenzhen's in a Chinese mail shown in an English Roundcube).
// The page's language says little about a signature written by someone abroad, so the cues are
// read around the person and their number, strongest first: the script of the text around the
// number, the person's email ccTLD, another international number in the same block, an address
// line. Each hint is a region ("AU") or an international number ("+61 2 …") whose country
// lib/detect/phone.ts works out; it tries them in order and keeps the first for which the number
// is valid, then the page's language. No libphonenumber here: this runs at a click in the page
// (and in the CLI), and must stay out of the content script's hot path.

import { textOf } from './dom';
import type { DetectedContact } from './types';

const MAX_LEVELS = 10;
const MAX_TEXT = 4_000;
const MAX_HINTS = 4;

/** ccTLDs sold as generic names (.io, .co, .ai, .me…): no country. */
const GENERIC_TLDS = new Set(['io', 'co', 'ai', 'me', 'tv', 'cc', 'ly', 'fm', 'gg', 'to', 'ws', 'eu', 'la', 'so', 'sh', 'ac', 'im', 'is', 'gl', 'vc', 'nu', 'tk', 'ms', 'ag', 'bz', 'ps', 'st', 'su']);

/** Address cues: a country's name (in its own and in English), a state with a postcode, a
 *  postcode shape of its own, a prefecture or province. Whole words; the first that matches wins. */
const ADDRESS_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['AU', /\b(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s+\d{4}\b|\bAustralia\b/],
  ['NZ', /\bNew Zealand\b|\bAotearoa\b/],
  ['IE', /\bIreland\b|\bÉire\b|\bCo\.\s(?:Dublin|Cork|Galway|Kerry|Limerick|Clare|Mayo|Wicklow|Kildare|Meath)\b|\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}\b/],
  ['GB', /\bUnited Kingdom\b|\bEngland\b|\bScotland\b|\bWales\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b/],
  ['DE', /\bDeutschland\b|\bGermany\b|\bD-\d{5}\b/],
  ['AT', /\bÖsterreich\b|\bAustria\b|\bA-\d{4}\b/],
  ['CH', /\bSchweiz\b|\bSuisse\b|\bSwitzerland\b|\bCH-\d{4}\b/],
  ['FR', /\bFrance\b|\bCedex\b|\bF-\d{5}\b/i],
  ['ES', /\bEspaña\b|\bSpain\b/],
  ['IT', /\bItalia\b|\bItaly\b/],
  ['NL', /\bNederland\b|\bNetherlands\b|\b\d{4}\s?[A-Z]{2}\s+(?:Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven)\b/],
  ['IN', /\bIndia\b|\b(?:Mumbai|Bengaluru|Bangalore|New Delhi|Chennai|Hyderabad|Pune|Kolkata)\b/],
  ['SG', /\bSingapore\b/],
  ['CA', /\bCanada\b|\b(?:ON|QC|BC|AB|MB|NS)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/],
  ['JP', /日本|東京都|大阪府|京都府|北海道|〒\s?\d{3}-\d{4}|\bJapan\b/],
  ['CN', /中国|中華人民共和国|北京市|上海市|天津市|重庆市|[\p{Script=Han}]{2,3}省|\bChina\b|\bP\.\s?R\.\s?C\b/u],
];

const INTERNATIONAL = /\+\d{1,3}[\s.\-(]{0,2}\d[\d\s.\-()]{5,18}\d/g;
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/gu;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The smallest block around one of the person's sightings that shows their phone as written:
 *  the signature or field it was read from, within the message or record it belongs to. */
function blockWithPhone(contact: DetectedContact, phone: string): string | null {
  const wanted = squash(phone);
  for (const at of [contact.anchor, ...(contact.elsewhere ?? [])]) {
    let el: Element | null = at;
    for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
      // Text nodes joined by spaces: "…NSW 2000<br>Ph: …" keeps its lines apart.
      const text = textOf(el, MAX_TEXT * 4);
      if (text.includes(wanted)) return text.length > MAX_TEXT ? around(text, text.indexOf(wanted)) : text;
    }
  }
  return null;
}

/** A bounded window of `text` around `index`. */
function around(text: string, index: number): string {
  const start = Math.max(0, index - MAX_TEXT / 2);
  return text.slice(start, start + MAX_TEXT);
}

/** Han without kana is Chinese, kana is Japanese, Hangul Korean — when that script is what the
 *  block is written in, not a name in an English header. */
function scriptRegion(text: string): string | null {
  if (KANA.test(text)) return 'JP';
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han >= 8 && han * 4 >= latin) return 'CN';
  return HANGUL.test(text) ? 'KR' : null;
}

/** The country of an address's ccTLD ("…@harbourfreight.com.au" → AU), or null. */
export function emailRegion(email: string | null | undefined): string | null {
  const tld = /\.([a-z]{2})$/i.exec(email ?? '')?.[1]?.toLowerCase();
  if (!tld || GENERIC_TLDS.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** Hints, strongest first, for reading `contact`'s phone when it is written without "+";
 *  empty when it has one (it says its own country) or nothing hints. */
export function phoneHints(contact: DetectedContact): string[] {
  const phone = contact.phone?.trim();
  if (!phone || phone.startsWith('+')) return [];
  const hints: string[] = [];
  const add = (hint: string | null | undefined) => {
    if (hint && !hints.includes(hint) && hints.length < MAX_HINTS) hints.push(hint);
  };
  const block = safeBlock(contact, phone);
  if (block) add(scriptRegion(block));
  add(emailRegion(contact.email));
  if (block) {
    const international = block.match(INTERNATIONAL)?.[0];
    if (international) add(squash(international).slice(0, 32));
    add(ADDRESS_CUES.find(([, cue]) => cue.test(block))?.[0]);
  }
  return hints;
}

function safeBlock(contact: DetectedContact, phone: string): string | null {
  try {
    return blockWithPhone(contact, phone);
  } catch {
    return null;
  }
}

/** What the CLI (and the tests' copy of it) prints of a person, with the hints for their phone. */
export function listedWithHints(contacts: readonly DetectedContact[]) {
  return contacts.map((c) => ({ name: c.name, email: c.email, phone: c.phone, company: c.company, role: c.role, phoneHints: phoneHints(c) }));
}
