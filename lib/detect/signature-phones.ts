// A second look at a sign-off block's numbers, in the signature kit and the CLI (no content
// script carries it: their budget; Gmail's and Outlook's adapters read their sender's block the
// plain way, ./signature.ts, and the CLI gives the sender the block's number after, withBlockPhones):
// - a table signature puts each number's label in a cell of its own ("Tel." | "+39 049 …",
//   "Cell." | "+39 335 …", "Fax" | "…"; "Tél." / "Port.", "Tel." / "Móvil", "電話" / "携帯"): the
//   label is read with the number beside it, so a fax is never the phone and a bare national
//   number is a labelled one;
// - in such a table the signer's phone is their mobile row, before an office row above it (a
//   table lists the ways to reach them side by side; a signature written as lines keeps its first
//   number, as everywhere else in the project);
// - a message that ends in a name over two or three labelled numbers and nothing else ("אבי לוי /
//   משרד: 04-… / נייד: 054-…", with no sign-off word the reader knows) is signed by that name.
import { linesOf, type Line } from './dom';
import { byLineKind, lineKind, type LineKind } from './line-kinds';
import { messageBodies } from './generic/signatures';
import { sameName } from './mail-headers';
import { FAX_LABEL, findPhones, PHONE_LABEL } from './phone-scan';
import { blockCompany } from './company-lines';
import { afterHeader, DELIMITER, isSkippedQuote, LABELLED_NUMBER, looksLikeName, parseSignature, QUOTE_START, QUOTED, signatureOf, type SignatureInfo } from './signature';
import type { DetectedContact } from './types';

/** Lines of the block read for its numbers, from its name's line on (./signature.ts reads as many). */
const WINDOW = 9;
/** A cell that is a number's label and nothing else (France's "Port." too: portable). */
const LABEL_CELL = (text: string) => text.length < 14 && !/\d/.test(text) && (PHONE_LABEL.test(text) || FAX_LABEL.test(text) || /^(?:port|פקס)\.?:?$/i.test(text));
/** A mobile's label just before its number ("Cell.", "M:", "Mobile", "Móvil", "Port.", "Handy",
 *  "Tlm.", "携帯", "手机", "נייד"); "Main line" is no mobile. */
const MOBILE = /(?:^m|\b(?:mob|cel|handy|port|tlm|gsm)\p{L}*|m[oó]vil|携帯|手[机機]|נייד)\P{L}*$/iu;

/** A signature line as the scanner reads numbers: full-width digits (a Chinese IME's "１３８ ２６５１")
 *  as ASCII ones, a label's characters spaced apart to align them ("手 机：", "电 话：", as
 *  Exmail's signature editor writes them with full-width spaces) joined, and an extension's 转 / 轉
 *  glued to the number ("0755-26587301转8021") set apart by a space, so the number before it is
 *  read and the extension is not. A number's label stays before it. */
const plainDigits = (text: string) =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han}\s*[:：])/gu, '$1')
    .replace(/(\d)([转轉])(?=\s*\d)/g, '$1 $2');

/** The block's phone read again over its lines (`lines`, from its name's line on): the mobile
 *  or direct line where the block names its switchboard (./line-kinds.ts), else a table's mobile
 *  row, else the first number; never a fax. Null when it holds no number. */
export function blockPhone(lines: readonly string[]): string | null {
  let cell = '';
  let phone: string | null = null;
  let tableMobile: string | null = null;
  const labelled: { raw: string; kind: LineKind }[] = [];
  for (const line of lines.slice(0, WINDOW)) {
    // A number after its label's own cell: a table row.
    const row = cell !== '';
    const text = plainDigits(cell + line);
    cell = LABEL_CELL(text) ? `${text} ` : '';
    if (cell) continue;
    const hits = findPhones(text, false, 4);
    if (!hits.length && /^[+\d\s().\-]{7,26}$/.test(text)) hits.push(...findPhones(text, true, 1));
    // Each number's label: the text since the previous number on its line ("总机：… / 直线：…").
    for (let i = 0, from = 0; i < hits.length; from = hits[i]!.index + hits[i]!.raw.length, i++) {
      const hit = hits[i]!;
      const label = text.slice(from, hit.index);
      // Hebrew's fax ("פקס: 04-…"): the scanner's fax labels are the ones its budget holds.
      if (/פקס\P{L}*$/u.test(label)) continue;
      labelled.push({ raw: hit.raw, kind: lineKind(label) });
      // A table's mobile row is its signer's phone; elsewhere the first number is, as written.
      if (row && MOBILE.test(label)) tableMobile ??= hit.raw;
      phone ??= hit.raw;
    }
  }
  const named = byLineKind(labelled);
  return named ?? tableMobile ?? phone;
}

/** Where a message ends in a name over two or three labelled numbers (and only them) after a
 *  sentence: the lines with a "--" before that name, as its writer might have put one; else as
 *  they are. ./signature.ts reads one such number alone. */
function numbersSigned(lines: readonly Line[]): readonly Line[] {
  const i = lines.length - 3 - (LABELLED_NUMBER.test(lines[lines.length - 3]?.text ?? '') ? 1 : 0);
  const [name, ...rest] = lines.slice(i);
  // A message before it (a sentence): a record page's label and value lines are none.
  const message = lines.slice(0, i).some((l) => l.text.length > 80 || /[.?!。？！]$/.test(l.text));
  if (i < 1 || !name || !message || !looksLikeName(name.text) || !rest.every((l) => LABELLED_NUMBER.test(l.text)) || DELIMITER.test(lines[i - 1]!.text)) return lines;
  return [...lines.slice(0, i), { text: '--', el: name.el }, ...lines.slice(i)];
}

/** A signature whose labels sit in cells of their own (Exmail's and QQ Mail's signature editor:
 *  "手机：" | "138 …", "电话：" | "0755-…") with each label joined to the value after it, so
 *  the block is as many lines as it reads (./signature.ts looks at a message's last few lines for a
 *  name over a title, a company or a number); the lines as they are when none is. */
function cellsJoined(lines: readonly Line[]): readonly Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!;
    const value = lines[i + 1];
    const joined = value && LABEL_CELL(plainDigits(label.text)) && !LABEL_CELL(plainDigits(value.text));
    out.push(joined ? { ...label, text: plainDigits(`${label.text} ${value.text}`) } : label);
    if (joined) i++;
  }
  return out.length < lines.length ? out : lines;
}

/** ./signature.ts parseSignature with the block's phone read again (blockPhone). */
export function parseWithPhones(allLines: readonly Line[]): SignatureInfo | null {
  const joined = cellsJoined(allLines);
  const info = parseSignature(allLines) ?? parseSignature(numbersSigned(allLines)) ?? (joined !== allLines ? parseSignature(joined) : null);
  if (!info?.name) return info;
  // The block's first line: the last line of its element that starts with the name (a body's
  // lines often share one element, its text and <br>s; a forwarded header's "From: …" does not
  // start with it).
  // Its name's own line first ("Florencia Gaete Soto"), the first of them: a later line that
  // only starts with the first name ("Florencia, necesito…" in a forwarded message below) is
  // another block's.
  const first = info.name.split(' ')[0]!;
  const own = (l: Line, name: string) => l.el === info.anchor && l.text.replace(/^[-–—~\s]+/, '').startsWith(name);
  const named = allLines.findIndex((l) => own(l, info.name!) && l.text.length <= info.name!.length + 40);
  const at = named >= 0 ? named : allLines.findLastIndex((l) => own(l, first));
  if (at < 0) return info;
  info.phone = blockPhone(allLines.slice(at).map((l) => l.text));
  // Its company read again over the same lines, up to a quoted part's header (./company-lines.ts:
  // a label in the line, a branch or department read as the company, a legal form alone).
  const block = allLines.slice(at + 1, at + WINDOW).map((l) => l.text);
  const end = block.findIndex((t) => QUOTE_START.test(t));
  info.company = blockCompany(end < 0 ? block : block.slice(0, end), info.company);
  return info;
}

/** ./signature.ts signatureOf with the block's phone read again (parseWithPhones): the kit's and
 *  the CLI's reading of each message's own block (./generic/signatures.ts ownSignatures). */
export function signatureWithPhones(body: Element, headerFirst = false): SignatureInfo | null {
  try {
    if (body.closest(QUOTED)) return null;
    const lines = linesOf(body, undefined, isSkippedQuote);
    return parseWithPhones(headerFirst ? afterHeader(lines) : lines);
  } catch {
    return null;
  }
}

/** After a site's adapter gave its sender the number its plain reading of their block found (the
 *  office row of a table, above the mobile row): the number the block read again gives, for the
 *  person of the block's name who has that plain number; and the company read again, for the
 *  person of that name who has the plain reading's (or none). The CLI's (../index.ts); message bodies
 *  the site marks (`body`), not a page read whole. */
export function withBlockPhones(contacts: DetectedContact[], doc: Document, body?: string): DetectedContact[] {
  const { els, whole } = messageBodies(doc, body);
  if (whole) return contacts;
  for (const el of els) {
    const read = signatureWithPhones(el);
    const first = signatureOf(el);
    const plain = first?.phone ?? null;
    if (!read?.name) continue;
    // The same for its company, read again (./company-lines.ts: a label, a branch, a form alone).
    const company = first?.company ?? null;
    if (read.company !== company) for (const c of contacts) if (c.company === company && sameName(c.name, read.name)) c.company = read.company;
    if (!read.phone || read.phone === plain) continue;
    for (const c of contacts) if (c.phone === plain && sameName(c.name, read.name)) c.phone = read.phone;
  }
  return contacts;
}
