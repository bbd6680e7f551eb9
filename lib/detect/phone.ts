// Phones to E.164. The ONLY lib/detect module allowed to import libphonenumber-js (~30 KB gzip):
// it runs in the background and the CLI, never in the content script (budget 25 KB gzip), and no
// other lib/detect file imports this one (a test checks both rules).

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/** Country for numbers written without "+": from <html lang> or the browser locale
 *  ("zh-CN" → CN, "en-GB" → GB, "en" → US, "zh" → CN, "de" → DE). */
export function defaultCountryFrom(lang: string | null | undefined): CountryCode | undefined {
  if (!lang) return undefined;
  const parts = lang.trim().replace(/_/g, '-').split('-');
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  if (region) return region.toUpperCase() as CountryCode;
  const language = (parts[0] ?? '').toLowerCase();
  // A bare language: its most common country (the cases a sales rep is likely to meet).
  const byLanguage: Record<string, CountryCode> = { en: 'US', zh: 'CN', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', ja: 'JP', ko: 'KR', pt: 'BR', nl: 'NL', sv: 'SE', da: 'DK', ru: 'RU', pl: 'PL' };
  return byLanguage[language];
}

/** The country a hint names: a region code as is ("AU"), an international number's own. */
function regionOfHint(hint: string): CountryCode | undefined {
  if (/^[A-Z]{2}$/.test(hint)) return hint as CountryCode;
  if (!hint.startsWith('+')) return undefined;
  try {
    return parsePhoneNumberFromString(hint.slice(0, 32))?.country;
  } catch {
    return undefined;
  }
}

function parsedIn(text: string, country: CountryCode | undefined): string | null {
  try {
    const parsed = parsePhoneNumberFromString(text, country);
    return parsed && parsed.isValid() ? parsed.number : null;
  } catch {
    return null;
  }
}

/**
 * E.164 ("+14155550134") or null when raw is not a valid number. A number written without "+"
 * is read in the first country it is valid in: the person's hints first (lib/detect/phone-hints.ts:
 * the script around it, their email's ccTLD, another international number beside it, an address
 * line), then the page's or browser's country. A hint the number is not valid in is passed over,
 * so a wrong hint costs nothing but a hint.
 */
export function normalisePhone(raw: string | null | undefined, defaultCountry?: CountryCode, hints: readonly string[] = []): string | null {
  if (!raw) return null;
  const text = raw.slice(0, 64).replace(/^\s*tel:/i, '').replace(/^\s*00(?=[1-9])/, '+');
  if (text.trimStart().startsWith('+')) return parsedIn(text, undefined);
  for (const hint of hints.slice(0, 4)) {
    const country = regionOfHint(hint);
    const number = country ? parsedIn(text, country) : null;
    if (number) return number;
  }
  return parsedIn(text, defaultCountry);
}

/** Phones of detected contacts turned into E.164 (each read with its own `phoneHints`, if any);
 *  a contact left with no name, email or phone (its only cue was a number that is not a valid
 *  phone) is dropped. */
export function withE164Phones<T extends { name: string | null; email: string | null; phone: string | null }>(contacts: ReadonlyArray<T & { phoneHints?: readonly string[] }>, defaultCountry?: CountryCode): T[] {
  return contacts
    .map(({ phoneHints, ...c }) => ({ ...c, phone: normalisePhone(c.phone, defaultCountry, phoneHints) }) as unknown as T)
    .filter((c) => c.name !== null || c.email !== null || c.phone !== null);
}
