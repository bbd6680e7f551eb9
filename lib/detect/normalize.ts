// Normalising what the detectors find and merging the same person seen several times on a page.

import { validEmail } from './email-scan';
import { offeredTo, type Audience } from './audience';
import { isWeakLabel, roleOfLabel } from './labels';
import { attachToPeople } from './ownership';
import type { MentionReader } from './phone-mention';
import { ACTION_LABEL, STATUS_WORD } from './signature';
import type { ContactRole, DetectedContact } from './types';

const MAX_NAME = 200;
const MAX_COMPANY = 200;

/** Trimmed, lower-cased, validated address; null when it is not one. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return validEmail(raw.replace(/^\s*mailto:/i, '').replace(/^<|>$/g, ''));
}

// Bidi controls (RLO/LRO/isolates…) and zero-width characters let a page make a name display as
// something else; they never belong in a person's name.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Control characters (tabs, newlines, NUL…) read as spaces. */
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Trimmed, whitespace collapsed, quotes and addresses stripped, capped at 200 characters. */
/** A name with nothing to clean: letters, digits, spaces, dots, apostrophes and hyphens between
 *  a letter or digit at each end. Busy pages re-render the same plain names all day. */
const PLAIN_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M} .'’-]{0,198}[\p{L}\p{N}\p{M}.])?$/u;

/** A salutation before a name ("Ms. Sofia Rossi" on a Salesforce record, "Herr Klaus Schneider"):
 *  not part of the person’s name (nor German’s "Herrn", as in "Herrn Jonas Becker"), so the same person reads the same on every page. Only taken
 *  off when a name follows it. */
const SALUTATION = /^(?:mr|mrs|ms|miss|mx|dr|dra|prof|herrn?|frau|mme|mlle|sr|sra|srta|sr\.ª|sra\.ª|sig|sig\.ra|dott|eng\.|exm[oa]\.|dhr\.|mevr\.)\.?\s+(?=\p{L}+(?:\s|$))/iu;

/** A meeting response shown after an attendee's name ("Callum Reid ✓", "Aoife Byrne ?", "(Accepted)",
 *  "(已接受)", "✓ Aceite", "Sem resposta", "未响应") or a role badge ("Organiser", "開催者",
 *  "(External)", "外部", "(you)"): the person's answer or role, not part of their name.
 *  Calendar views write it in the UI's language, bare or in brackets; a bare word counts only
 *  after a name (something before it). */
const RESPONSE_WORDS = 'accepted|tentative|declined|no response|didn.t respond|aceite|aceito|provisório|recusado|sem resposta|aceptado|rechazado|sin respuesta|angenommen|abgelehnt|keine antwort|accepté|refusé|pas de réponse|已接受|暂定|已拒绝|未响应|organi\\w+|组织者|開催者|extern\\w*|外部';
const RESPONSE_MARK = new RegExp(`^[✓✔✗?]\\s*|\\s*([✓✔✗?？]|[(（][✓✔✗]?\\s*(${RESPONSE_WORDS}|guest|gast|invité|you|vous)[)）]|(?:(?<=\\S)\\s*[,·|–-]\\s*|(?<=\\S)\\s+|(?<=\\p{Script=Han}))[✓✔✗]?\\s*(${RESPONSE_WORDS}))$`, 'giu');

/** A phone's label in ideographs alone ("行動電話", "携帯"): a label cell read beside its value,
 *  never a name. */
const PHONE_LABEL_HAN = /^(?:电话|電話|手机|手機|行動電話|携帯)$/;

/** A status pill's or a button's words, never a person's nor a company's name; nor a header's own
 *  word, nor a phone's label (行動電話), read beside its value or address ("发件人 rep@…", Roundcube's zh_CN summary line): ideographs
 *  that look like a name. */
const notOneName = (text: string): boolean => STATUS_WORD.test(text) || ACTION_LABEL.test(text) || (!!roleOfLabel(text) && (/\p{sc=Han}/u.test(text) || !isWeakLabel(text))) || PHONE_LABEL_HAN.test(text);

export function normaliseName(raw: string | null | undefined): string | null {
  if (!raw || notOneName(raw.trim())) return null;
  if (PLAIN_NAME.test(raw) && !/\s\s/.test(raw) && !SALUTATION.test(raw) && raw.replace(RESPONSE_MARK, '') === raw) return raw;
  let name = raw.slice(0, 2000).replace(INVISIBLE, '').replace(CONTROL, ' ');
  name = name.replace(/<[^<>]*@[^<>]*>/g, ' '); // "Jane <jane@x.com>"
  name = name.replace(/\S+@\S+/g, ' ');
  name = name.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/g, '');
  name = name.replace(/\s+/g, ' ').trim();
  // Punctuation left behind by a stripped address: "Jane Doe ()" / "Jane Doe,".
  name = name.replace(/\s*(\(\s*\)|<\s*>|\[\s*\])\s*$/, '').replace(/[\s,;:]+$/, '').replace(/^[\s,;:]+/, '').trim();
  // Twice: a role badge may sit before the response ("Iain Fraser (External) Accepted").
  name = name.replace(RESPONSE_MARK, '').replace(RESPONSE_MARK, '');
  if (!name || !/[\p{L}\p{N}]/u.test(name) || notOneName(name)) return null;
  name = name.replace(SALUTATION, '');
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME).trim() : name;
}

export function normaliseCompany(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const company = raw.slice(0, 2000).replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!company || !/[\p{L}\p{N}]/u.test(company) || ACTION_LABEL.test(company)) return null;
  return company.slice(0, MAX_COMPANY).trim();
}

/** Strongest first: a CRM record's own person stays the record even where the record's email
 *  history shows them as a sender; a sender outranks a recipient, and so on. */
export const ROLE_STRENGTH: readonly ContactRole[] = ['record', 'sender', 'recipient', 'cc', 'signature', 'mentioned'];

function stronger(a: ContactRole, b: ContactRole): boolean {
  return ROLE_STRENGTH.indexOf(a) < ROLE_STRENGTH.indexOf(b);
}

function phoneKey(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  // The last 9 digits identify a number whether or not a country/trunk prefix was written.
  return digits.length >= 7 ? digits.slice(-9) : null;
}

function nameKey(name: string | null): string | null {
  return name ? name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || null : null;
}

/** Two finds are the same person when their emails match; failing that (and no conflicting
 *  emails), their phones; failing that (no conflicting emails or phones), their names. */
function samePerson(a: DetectedContact, b: DetectedContact): boolean {
  // Two rows of a list are two conversations: the same person in each is two follow-ups.
  if (a.row !== b.row) return false;
  if (a.email && b.email) return a.email === b.email;
  const pa = phoneKey(a.phone);
  const pb = phoneKey(b.phone);
  if (pa && pb) return pa === pb;
  const na = nameKey(a.name);
  const nb = nameKey(b.name);
  return na !== null && na === nb;
}

/** The name to keep for one person seen twice: the first unless the other is the same name in
 *  full ("Anna" in Gmail's short "to me, Anna" line, "Anna Wiśniewska" in its details table). */
function fuller(a: string | null, b: string | null): string | null {
  return a && b && b.length > a.length && nameKey(b)!.startsWith(`${nameKey(a)} `) ? b : a ?? b;
}

function merge(into: DetectedContact, from: DetectedContact): DetectedContact {
  const keepFrom = stronger(from.role, into.role);
  const primary = keepFrom ? from : into;
  const secondary = keepFrom ? into : from;
  return {
    name: fuller(primary.name, secondary.name),
    email: primary.email ?? secondary.email,
    phone: primary.phone ?? secondary.phone,
    company: primary.company ?? secondary.company,
    role: primary.role,
    anchor: primary.anchor,
    ...otherSightings(primary.anchor, [...sightings(secondary), ...(primary.elsewhere ?? [])]),
    // Only sightings of one row (or none) are merged: the row is both's.
    ...(primary.row ? { row: primary.row } : {}),
  };
}

/** `elsewhere` for a merged contact: the other elements it was seen at, each once (the site's
 *  adapter and the generic core often find a person at the same element). */
function otherSightings(anchor: Element, seen: Element[]): { elsewhere?: Element[] } {
  const others = [...new Set(seen)].filter((el) => el !== anchor);
  return others.length ? { elsewhere: others } : {};
}

/** Every element a (possibly merged) contact was seen at. */
function sightings(contact: DetectedContact): Element[] {
  return contact.elsewhere ? [contact.anchor, ...contact.elsewhere] : [contact.anchor];
}

/** One contact per person, in order of first appearance, with the strongest role and every
 *  field any sighting knew. */
export function dedupe(contacts: readonly DetectedContact[]): DetectedContact[] {
  if (contacts.every((c) => c.email)) return dedupeByEmail(contacts);
  const out: DetectedContact[] = [];
  for (const c of contacts) {
    const i = out.findIndex((o) => samePerson(o, c));
    if (i < 0) out.push({ ...c });
    else out[i] = merge(out[i]!, c);
  }
  // A merge can fill in an email that now matches another entry: one more pass settles it.
  return out.length === contacts.length ? out : dedupeOnce(out);
}

/** One entry per person for a report of the page (the detect and classify CLIs): the same
 *  person in two list rows is two follow-ups for the page, but one person to list. */
export function peopleOf(contacts: readonly DetectedContact[]): DetectedContact[] {
  return dedupe(contacts.map(({ row: _row, ...contact }) => contact));
}

/** When every find has an address, the same person is the same address: one map lookup each,
 *  not a search of everything found so far (a 5,000-row inbox made that quadratic). */
function dedupeByEmail(contacts: readonly DetectedContact[]): DetectedContact[] {
  const out: DetectedContact[] = [];
  // Per list row (undefined: not in one), address → index in `out`.
  const at = new Map<Element | undefined, Map<string, number>>();
  for (const c of contacts) {
    let inRow = at.get(c.row);
    if (!inRow) at.set(c.row, (inRow = new Map()));
    const i = inRow.get(c.email!);
    if (i === undefined) {
      inRow.set(c.email!, out.length);
      out.push({ ...c });
    } else out[i] = merge(out[i]!, c);
  }
  return out;
}

function dedupeOnce(contacts: DetectedContact[]): DetectedContact[] {
  const out: DetectedContact[] = [];
  for (const c of contacts) {
    const i = out.findIndex((o) => samePerson(o, c));
    if (i < 0) out.push(c);
    else out[i] = merge(out[i]!, c);
  }
  return out;
}

/** Cleans every field and drops empties (no email, phone or name). */
export function cleanContact(c: DetectedContact): DetectedContact | null {
  const email = normaliseEmail(c.email);
  const name = normaliseName(c.name);
  const phone = c.phone ? c.phone.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, 40) || null : null;
  if (!email && !phone && !name) return null;
  return { name, email, phone, company: normaliseCompany(c.company), role: c.role, anchor: c.anchor, ...(c.row ? { row: c.row } : {}) };
}

/** The whole pipeline the page runs: clean, merge duplicates, give phones and signatures to their
 *  people, then keep whom the rep should be offered (./audience.ts). */
export function normaliseContacts(contacts: readonly DetectedContact[], selfEmail?: string | null, audience?: Audience, mention?: MentionReader, notName?: (el: Element) => boolean): DetectedContact[] {
  const cleaned = contacts.map(cleanContact).filter((c): c is DetectedContact => c !== null);
  // Phones and signatures go to their people before the rep is dropped: the rep's own
  // signature (in a reply, or quoted) leaves with the rep.
  return offeredTo(attachToPeople(dedupe(cleaned), mention, notName), selfEmail, audience);
}
