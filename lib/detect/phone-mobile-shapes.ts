// A mobile written the national way in an English message on a page whose language, domain and
// address lines name no country ("Call Liam on 0412 345 678", "ring me on 07700 900123",
// "WhatsApp 98765 43210"): English is written in many countries, so the page's language says
// nothing, and libphonenumber's small metadata (the only one the background carries) finds such a
// number valid in four or five of them. Each country's mobiles have a shape of their own (prefix
// and length): a number of exactly one country's shape is that country's mobile; one of several
// (Ireland's and South Africa's "083 …", Singapore's and Hong Kong's eight digits) is kept as
// written rather than dropped, and one of none is no mobile (./phone.ts goes on as before). No
// libphonenumber here (./phone.ts is the only module that may import it).

/** Mobiles' national shapes (trunk 0 included where the country writes one) and calling codes. */
const SHAPES: ReadonlyArray<readonly [code: string, shape: RegExp, trunk: boolean]> = [
  ['61', /^04\d{8}$/, true], // Australia
  ['44', /^07[1-57-9]\d{8}$/, true], // United Kingdom
  ['91', /^[6-9]\d{9}$/, false], // India (written without its trunk 0)
  ['64', /^02[0-9]\d{6,8}$/, true], // New Zealand
  ['353', /^08[35-9]\d{7}$/, true], // Ireland
  ['27', /^0[6-8]\d{8}$/, true], // South Africa
  ['234', /^0(?:70[1-9]|8(?:0[2-9]|1\d)|90\d|91[2-6])\d{7}$/, true], // Nigeria
  ['63', /^09\d{9}$/, true], // Philippines
  ['60', /^01(?:1\d{8}|[02-46-9]\d{7})$/, true], // Malaysia
  ['65', /^[89]\d{7}$/, false], // Singapore
  ['852', /^[5-9]\d{7}$/, false], // Hong Kong
];

/** Landlines of the most written of those countries, whose national shapes other countries'
 *  mobiles share: Leeds' "0113 496 0712" is also a Malaysian mobile's shape, Brisbane's
 *  "07 3123 4567" a South African one's. A number of such a shape is a landline as likely as a
 *  mobile: kept as written, never given another country. (Great Britain, Australia, New Zealand.) */
const LANDLINES: readonly RegExp[] = [/^0[12]\d{9}$/, /^0[2378][3-9]\d{7}$/, /^0[3-79][2-9]\d{6}$/];

/** Countries whose pages speak English with no country of their own: their default region as
 *  ./phone.ts reads it from "en" or an English-speaking locale. */
export const ENGLISH_REGIONS = new Set(['US', 'GB', 'AU', 'IN', 'NZ', 'IE', 'ZA', 'NG', 'PH', 'MY', 'SG', 'HK', 'CA']);

/** "+61412345678" for a mobile of exactly one country's shape; the number as written (its spaces
 *  and hyphens evened) for one of several; null for one of none. */
export function mobileByShape(written: string): string | null {
  // An area code in parentheses ("(02) 9876 5432") says a landline: no mobile is written so.
  if (/[()]/.test(written)) return null;
  const digits = written.replace(/[\s.\-]/g, '');
  if (!/^\d{8,11}$/.test(digits)) return null;
  const fits = SHAPES.filter(([, shape]) => shape.test(digits));
  if (fits.length === 1 && !LANDLINES.some((shape) => shape.test(digits))) {
    const [code, , trunk] = fits[0]!;
    return `+${code}${trunk ? digits.slice(1) : digits}`;
  }
  return fits.length ? written.trim().replace(/\s+/g, ' ') : null;
}
