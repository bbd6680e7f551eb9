// Content-side phone *candidates*. libphonenumber-js is too big for the content bundle, so here a
// cheap, bounded regex finds things shaped like phone numbers and rejects dates, versions, IPs,
// card-like digit runs and order numbers; lib/detect/phone.ts (background, CLI) makes them E.164.

// One optional '+', then a digit, then up to 24 digits/separators, ending on a digit. The class is
// a single bounded run, so matching stays linear on hostile text.
const CANDIDATE = /\+?\(?\d[\d\s().\-\u00a0]{5,24}\d/g;

/** Whether `text` — or any run of it, such as one text node of an element whose textContent it
 *  is — can hold a number findPhones takes: CANDIDATE's digits and separators without its
 *  optional lead (NUL too, which findPhones reads as a space). A test on a superstring finds any
 *  run a part of it holds, so one native read of a row's text tells whether its walk can find one. */
export const MAY_HOLD_PHONE = /\d[\d\s().\-\u00a0\u0000]{5,24}\d/;

/** A label just before the number saying it is a phone (and not a fax); "Phone number:" too (a
 *  number word after a phone's is no identifier's); after Chinese punctuation too ("…黄志强，电话："). */
export const PHONE_LABEL = /(?:^|[\s|,;(（，、；])(?:t[eé]lf?|telefon[eo]?|telm|tlm|tlf|gsm|t[eé]l[eé]phone|teléfono|fono?|phone|ph|mob(?:ile?)?|m[oó]vil|handy|portable|cel(?:l|ular)?|direct|office|work|whatsapp|t|m|p|o|d|电话|電話|手机|携帯|座机|联系电话|手机号|移动电话|办公电话)(?:\s?(?:number|no|nr))?\.?\s*[:：.]?\s*$/i;
/** Chinese writes the number glued to its sentence: "王先生的手机是139 …", "电话为021-…". */
const HAN_PHONE_WORD = /(?:手[机機]|[电電][话話])(?:号码?)?[是为為]?\s*$/u;
export const FAX_LABEL = /(?:^|[\s|,;(（])(?:fax|f|传真|傳真)\.?\s*[:：.]?\s*$/i;
/** Words that make the number an identifier: order numbers, invoices, tickets, references. */
const ID_CONTEXT = /(order|invoice|inv|ref|reference|ticket|case|tracking|account|acct|po|sku|id|no|number|nr|isbn|issn|ean|gtin|iban|vat|tax|serial|#|订单|单号|编号|发票|合同|工单|账号)\W{0,4}$/i;

/** 2024-06-18, 2024/6/18, 18.06.2024, 6/18/24 (same separator twice, day and month in range). */
const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;

function dateLike(body: string): boolean {
  const ymd = YMD.exec(body);
  if (ymd && Number(ymd[3]) >= 1 && Number(ymd[3]) <= 12 && Number(ymd[4]) >= 1 && Number(ymd[4]) <= 31) return true;
  const dmy = DMY.exec(body);
  if (!dmy) return false;
  const a = Number(dmy[1]);
  const b = Number(dmy[3]);
  return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
}
const IP_LIKE = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Thousands grouping: 1 000 000, 12.500.000, 1,234,567. */
const THOUSANDS_LIKE = /^\d{1,3}([ .,\u00a0]\d{3})+$/;

/** How phone numbers are written: optional +country, optional (area) — "(0)40" too — then digit
 *  groups joined by single spaces, dashes or dots (a German subscriber number is up to 8 digits:
 *  "+49 89 1234567-0"); a trunk 0 may stand before the (area): Turkish "0 (212) 294 61 08". */
const PHONE_SHAPE = /^(?:\+\d{1,4}[ .\-]?)?(?:(?:0 ?)?\(\d{1,5}\)[ .\-]?\d{0,5}[ .\-]?)?\d{1,15}(?:[ .\-]\d{1,8}){0,6}$/;
const EMBEDDED_DATE = /\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4}/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export interface PhoneHit { raw: string; index: number }

/** Judges one candidate in its surrounding text; `labelled` says a phone label was seen. */
function acceptCandidate(raw: string, before: string, after: string, labelledOverride: boolean): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  // Glued to a word or another number: part of an identifier (INV-2024-0031, v10.15.7, 3.14159…);
  // not after a Hebrew preposition glued on with a hyphen ("אפשר לדבר עם יעל ב-052-7654321").
  if (/[\p{L}\d_#/\\=:.,$€£¥%-]$/u.test(before) && !/[\s(（:：]$|[א-ת]-$/.test(before) && !HAN_PHONE_WORD.test(before)) return false;
  if (/^[\p{L}\d_%@/\\-]|^\.\d|^,\d/u.test(after)) return false;
  // Cut out of a longer digit run (card numbers, tables of figures): not a number on its own.
  if (/\d[ .\-\u00a0]?$/.test(before) || /^[ .\-\u00a0]?\d/.test(after)) return false;
  if (FAX_LABEL.test(before)) return false;
  const labelled = labelledOverride || PHONE_LABEL.test(before) || HAN_PHONE_WORD.test(before);
  if (!labelled && ID_CONTEXT.test(before.trimEnd())) return false;
  const plus = raw.startsWith('+');
  const body = raw.replace(/^\+/, '');
  // With a '+' it is an international number, whatever its digits look like.
  if (!plus && (dateLike(body) || IP_LIKE.test(body))) return false;
  // Ranges and sums written with spaced dashes ("1990 - 2024") are not phone punctuation.
  if (/\s[-.]|[-.]\s/.test(body)) return false;
  // A card number is never labelled as a phone: a labelled landline with its extension passes the
  // check one time in ten ("电话：0571-8823 6650-318 分机").
  if (!plus && !labelled && digits.length >= 13 && luhnValid(digits)) return false;
  if (!PHONE_SHAPE.test(raw) || EMBEDDED_DATE.test(body)) return false;
  if (labelled || plus) return true;
  // Unlabelled, no '+': at least 9 digits (a full national number) and one kind of separator
  // after an optional "(area code)", as people write numbers; mixed runs are prose or data.
  if (digits.length < 9) return false;
  // A mobile written as one run right after a word ("خالد الدوسري 0503318842", "罗建平 13826547093"):
  // Gulf / Turkish / UK / Japanese 0[5-9]… and Chinese 1[3-9]… mobiles have a fixed length.
  if (/^(?:0[5-9]\d{8,9}|1[3-9]\d{9})$/.test(body) && /\p{L}\s$/u.test(before)) return true;
  // An area code set off by parentheses or a hyphen ("(020) 7946 0958", "010-433 21 07") may use
  // another separator than the rest of the number.
  const seps = body.replace(/^((?:0 ?)?\(\d{1,5}\)\s?|0\d{1,4}-)/, '').replace(/\d/g, '');
  if (seps && !seps.split('').every((c) => c === seps[0])) return false;
  if (THOUSANDS_LIKE.test(body)) return false;
  // At least three groups ("020 7946 0958") unless the area code is in parentheses; two where
  // it has its trunk 0, as Israel writes every number ("054-1234567", "04-8123456") and Germany
  // most ("0171 2345678", "089 12345678").
  const groups = body.split(/[\s().\-\u00a0]+/).filter(Boolean);
  const hasAreaParens = /^(?:0 ?)?\(\d{2,5}\)/.test(body);
  if (!hasAreaParens && groups.length < 3 - +body.startsWith('0')) return false;
  const last = groups[groups.length - 1] ?? '';
  if (last.length < 2) return false;
  // Dotted groups are versions or IPs unless clearly phone-shaped (415.555.0134).
  if (/^\d+(\.\d+)+$/.test(body) && !/^\d{2,4}\.\d{3,4}\.\d{4}$/.test(body)) return false;
  return true;
}

/** Phone candidates in text (raw, as written). `labelled` treats every candidate as labelled, for
 *  text already known to be a phone field (tel: links, CRM phone fields). */
export function findPhones(text: string, labelled = false, limit = 50): PhoneHit[] {
  const hits: PhoneHit[] = [];
  if (text.indexOf('\u0000') >= 0) text = text.replace(/\u0000/g, ' ');
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null && hits.length < limit) {
    let raw = m[0].replace(/\u00a0/g, ' ');
    // An opening parenthesis left without its close belongs to surrounding prose.
    if (raw.startsWith('(') && !/^\(\d{1,5}\)/.test(raw)) raw = raw.slice(1);
    raw = raw.replace(/[\s(.\-\u00a0]+$/, '').trim();
    const index = m.index + Math.max(0, m[0].replace(/\u00a0/g, ' ').indexOf(raw));
    const before = text.slice(Math.max(0, index - 24), index);
    const after = text.slice(index + raw.length, index + raw.length + 3);
    // A hyphen written with spaces around it ("020 - 612 45 89") is one separator, not two.
    const number = raw.replace(/\s+[-–]\s+/g, '-');
    if (acceptCandidate(number, before, after, labelled)) hits.push({ raw: number, index });
  }
  return hits;
}

/** A phone field's own value ("tel:+1-415…", "+86 138 0013 8000"): the first candidate in it. */
export function phoneFromField(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.slice(0, 100).replace(/^\s*tel:/i, '');
  try {
    v = decodeURIComponent(v);
  } catch {
    // Keep the raw value.
  }
  return findPhones(v, true, 1)[0]?.raw ?? null;
}
