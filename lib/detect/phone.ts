// Phones to E.164. The ONLY lib/detect module allowed to import libphonenumber-js (~30 KB gzip):
// it runs in the background and the CLI, never in the content script (budget 25 KB gzip), and no
// other lib/detect file imports this one (a test checks both rules).

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { ENGLISH_REGIONS, mobileByShape } from './phone-mobile-shapes';

/** Country for numbers written without "+": from <html lang> or the browser locale
 *  ("zh-CN" → CN, "en-GB" → GB, "en" → US, "zh" → CN, "de" → DE). */
export function defaultCountryFrom(lang: string | null | undefined): CountryCode | undefined {
  if (!lang) return undefined;
  const parts = lang.trim().replace(/_/g, '-').split('-');
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  if (region) return region.toUpperCase() as CountryCode;
  const language = (parts[0] ?? '').toLowerCase();
  // A bare language: its most common country (the cases a sales rep is likely to meet).
  const byLanguage: Record<string, CountryCode> = { en: 'US', zh: 'CN', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', ja: 'JP', ko: 'KR', pt: 'BR', nl: 'NL', sv: 'SE', da: 'DK', ru: 'RU', pl: 'PL', he: 'IL', iw: 'IL' };
  return byLanguage[language];
}

type Reading = CountryCode | { defaultCallingCode: string };

/** How a hint says to read a national number: a region code as is ("AU"); an international
 *  number by its calling code ("+44 7700 900123" → 44, even where its own digits are no valid
 *  number, and without picking Guernsey or Jersey out of +44). */
function readingOfHint(hint: string): Reading | undefined {
  if (/^[A-Z]{2}$/.test(hint)) return hint as CountryCode;
  if (!hint.startsWith('+')) return undefined;
  try {
    const code = parsePhoneNumberFromString(hint.slice(0, 32))?.countryCallingCode;
    return code ? { defaultCallingCode: code } : undefined;
  } catch {
    return undefined;
  }
}

function parsedIn(text: string, reading: Reading | undefined): string | null {
  try {
    const parsed = parsePhoneNumberFromString(text, reading);
    if (parsed && parsed.isValid()) return parsed.number;
  } catch {
    return null;
  }
  // An extension glued on with a hyphen, as Chinese landlines write it ("0571-8823 6650-306",
  // "0755-2658 7301-215 分机"): the number without it, when that alone is a valid one.
  const ext = /^(.*\d)\s?-\s?\d{1,5}\s*$/.exec(text);
  return ext && /[\s-]\d{3,}$/.test(ext[1]!) ? parsedIn(ext[1]!, reading) : null;
}

/** A number written with its calling code that the metadata holds no valid reading of (a range
 *  or a city's new length it has not caught up with: Lagos "+234 1 234 5678") is still the
 *  number its writer gives, when the code is a country's and the rest has a phone's length.
 *  North America's plan is complete in the metadata: "+1" numbers stay strictly valid ones. */
function writtenInternational(text: string): string | null {
  try {
    const parsed = parsePhoneNumberFromString(text);
    return parsed?.country && parsed.countryCallingCode !== '1' && /^\d{7,12}$/.test(parsed.nationalNumber) ? parsed.number : null;
  } catch {
    return null;
  }
}

/** Countries whose own area codes are written in parentheses without a trunk prefix ("(512)
 *  555-0134", "(11) 98765-4321"): there a parenthesised group is an area code, not a country. */
const BARE_AREA_CODES = new Set<string>(['US', 'CA', 'BR', 'MX', 'AR', '1', '55', '52', '54']);

/** "(852) 2345 6789": a parenthesised group that is a country calling code, followed by a full
 *  local number (not a North American 7-digit one), read as that country's number, or null. */
function callingCodeInParens(text: string): string | null {
  const m = /^\s*\(\s*([1-9]\d{1,2})\s*\)\s*(\d[\d\s.\-]{6,14}\d)\s*$/.exec(text);
  if (!m || m[2]!.replace(/\D/g, '').length === 7) return null;
  return parsedIn(`+${m[1]} ${m[2]}`, undefined);
}

/**
 * E.164 ("+14155550134") or null when raw is not a valid number. A number written without "+"
 * is read in the first country it is valid in: the person's hints first (lib/detect/phone-hints.ts:
 * another international number beside it, their email's ccTLD, an address line, the script around
 * it), then the page's or browser's country. A hint the number is not valid in is passed over,
 * so a wrong hint costs nothing but a hint. A country code in parentheses ("(852) …") is that
 * country's, unless the country read in writes its area codes so. On an English page with no
 * hint, a mobile whose shape several English-speaking countries share comes back as written (no
 * "+"): a detected person keeps it, the contact store (E.164 only) does not
 * (./phone-mobile-shapes.ts, lib/background/contacts.ts).
 */
export function normalisePhone(raw: string | null | undefined, defaultCountry?: CountryCode, hints: readonly string[] = []): string | null {
  if (!raw) return null;
  const text = raw.slice(0, 64).replace(/^\s*tel:/i, '').replace(/^\s*00(?=[1-9])/, '+');
  if (text.trimStart().startsWith('+')) return parsedIn(text, undefined) ?? writtenInternational(text);
  const abroad = callingCodeInParens(text);
  const readings = [...hints.slice(0, 4).map(readingOfHint), defaultCountry];
  for (const reading of readings) {
    if (!reading) continue;
    if (abroad && !BARE_AREA_CODES.has(typeof reading === 'string' ? reading : reading.defaultCallingCode)) return abroad;
    const number = parsedIn(text, reading);
    if (number) return number;
  }
  // Written the North American way ("514 555-0173", "(418) 555-0198") and valid in none of the
  // countries the page and the writer hint at (a Québécois signature read in a French UI): a +1
  // number. With no country at all to try, no guess: the number stays unread, as before.
  const triedSome = readings.some(Boolean);
  const nanp = abroad ?? (triedSome && NANP_SHAPE.test(text) ? parsedIn(text, { defaultCallingCode: '1' }) : null);
  // An English page whose writer's block hinted at no country: a mobile of one English-speaking
  // country's shape is that country's; of several, kept as written (./phone-mobile-shapes.ts).
  return nanp ?? (defaultCountry && ENGLISH_REGIONS.has(defaultCountry) && !hints.length ? mobileByShape(text) : null);
}

const NANP_SHAPE = /^\s*(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}-\d{4}\s*$/;

/** A number is never a name: one a page put in a name's place ("0 (212) 294 61 08" where a card
 *  or header puts its name) is the person's phone. Here, not in the content scripts (their budget):
 *  the background and the CLI store and print what this returns. */
export function numberAsName<T extends { name?: string | null; phone?: string | null }>(c: T): T {
  return c.name && /^[+\d\s().\-]+$/.test(c.name) && /\d{3}/.test(c.name) ? { ...c, name: null, phone: c.phone || c.name } : c;
}

/** Phones of detected contacts turned into E.164 (each read with its own `phoneHints`, if any);
 *  a contact left with no name, email or phone (its only cue was a number that is not a valid
 *  phone) is dropped. */
export function withE164Phones<T extends { name: string | null; email: string | null; phone: string | null }>(contacts: ReadonlyArray<T & { phoneHints?: readonly string[] }>, defaultCountry?: CountryCode): T[] {
  return contacts
    .map(({ phoneHints, ...c }) => {
      const own = numberAsName(c);
      const phone = normalisePhone(own.phone, defaultCountry, phoneHints);
      // A number kept as written (no country could be chosen) is a named person's, never a
      // person of its own.
      return { ...own, phone: phone?.startsWith('+') || own.name || own.email ? phone : null } as unknown as T;
    })
    .filter((c) => c.name !== null || c.email !== null || c.phone !== null);
}
