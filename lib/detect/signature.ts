// Reading the sign-off block at the end of an email body: the lines after "--", "Best regards",
// "此致", "谢谢"… give the author's name, title, company, phone and address.

import { linesOf, type Line } from './dom';
import { findEmails } from './email-scan';
import { findPhones } from './phone-scan';

export interface SignatureInfo {
  name: string | null;
  title: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
  anchor: Element;
  /** A quoted block's other numbers ("T: … | M: …", ../quoted-signatures.ts): its owner's too. */
  more?: string[];
}

export const DELIMITER = /^(--|—|–|__+|-- ?)$/;
export const SIGN_OFF = /^(best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|all the best|best wishes|br|with thanks|talk soon|mit freundlichen grüßen|freundliche grüße|beste grüße|viele grüße|liebe grüße|cordialement|bien cordialement|très cordialement|bien à vous|salutations|meilleures salutations|sincères salutations|saludos|un saludo|saludos cordiales|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet|(?:com os )?(?:melhores )?cumprimentos|atenciosamente|obrigad[oa]|saygılarımla|pozdrawiam|z poważaniem|trân trọng|敬具|よろしくお願いいたします|此致|此致敬礼|敬礼|谢谢|謝謝|多[谢謝]|非常感[谢謝]|感[谢謝]|祝好|[顺順][祝颂頌][商时時]祺|敬?祝商祺|с уважением|с наилучшими пожеланиями|всего доброго|спасибо|благодарю)[\s,.!，。！、]*$/i;
/** "Thanks, Dana": a sign-off and the name on one line. */
export const INLINE_SIGN_OFF = /^(thanks|best|regards|cheers|谢谢)[,，]\s*(.+)$/i;
/** Lines that end a message's own text: quoted replies and forwarded headers. */
// A line ending with an address in angle brackets and a colon is an attribution in any language
// (Gmail ja: "2026年12月3日(木) 15:20 佐藤 美咲 <m.sato@…>:", no verb).
export const QUOTE_START = /^(on .{4,200} wrote:?|.{4,200}\s(wrote|a écrit|schrieb|escribió|scrisse|schreef|написал\(а\)|написала|написал)\s*:?|-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|原始邮件)\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|(from|发件人|von|de|от)\s*[:：].{0,200}|在.{2,100}[写寫]道[:：]?|.{4,200}<\S+@\S+>\s*[:：]|.{2,200}[于於].{2,100}[写寫]道[:：]?)$/i;
export const NOT_A_NAME = /^(sent from my|get outlook|sent via|sent with|发自我的|来自我的)/i;
export const TITLE_WORDS = /\b(manager|director|vp|vice president|head|officer|engineer|sales|lead|president|ceo|cfo|coo|cto|founder|co-founder|partner|specialist|consultant|executive|coordinator|analyst|representative|associate|administrator|buyer|procurement|purchasing|controller|accountant|owner|principal|advisor|responsable|directeur|gerente)\b|部長|经理|总监|主管|总裁|专员|工程师|销售|董事|主任|顾问|采购|财务|会计|助理|代表/i;
export const COMPANY_WORDS = /\b(inc|llc|ltd|limited|gmbh|corp|corporation|company|group|plc|ag|bv|b\.v|n\.v|kg|ltda|lda|tnhh|sa|sas|s\.l|s\.a|s\.p\.a|spa|srl|s\.r\.l|sarl|oy|kk|pty|llp|holdings|industries|technologies|solutions|systems|traders|partners)\b\.?|\bco\.(?=[\s,]|$)|\bsp\. z o\.o|株式会社|有限公司|公司|集团|科技|贸易|工厂|^شركة\s|(?:^|\s)(?:ООО|ОАО|ЗАО|ПАО|АО|ИП)(?=[\s«"]|$)/i;
/** A record's status pill, badge or tag ("Prospect", "Hot", "Won", "进行中"): a CRM shows it beside
 *  a person's name, in bold or a link, and it is never the name. Whole text only. */
export const STATUS_WORD = /^(prospect|lead|open|closed( won| lost)?|won|lost|hot|warm|cold|new|customer|进行中|已成交|跟进中)$/i;
/** A list's or card's button and link labels ("View All", "View all associated Contacts", "Show
 *  more", "查看全部", "Alle anzeigen", "Ver todo"): a CRM puts them beside and between its people,
 *  and they are never a person's name nor a company. Start of the text only. */
export const ACTION_LABEL = /^((view|see|show) (all|more)|alle anzeigen|ver todo|voir tout|查看全部)/i;
/** A line that starts with a label: "Skype: …", "微信：…", a header's "发件人：…" / "时\u3000间：". */
const LABEL_LINE = /^[\p{L}\s]+[:：]/u;
/** A page's section headings over cards of people ("Offices", "联系我们"): never a person's name. */
const SECTION_WORDS = /^(offices?|contact( us)?|联系我们)$/i;
const URL_LIKE = /(https?:\/\/|www\.)\S+/i;
const MAX_WINDOW = 8;

/** Quoted parts of a message hold other people's signatures: never read them as the author's. */
export const QUOTED = 'blockquote, .gmail_quote, .gmail_attr, [id^="divRplyFwdMsg"], #appendonsend, .moz-cite-prefix, [data-marker="__QUOTED_TEXT__"]';

export function isSkippedQuote(el: Element): boolean {
  try {
    return el.matches(QUOTED);
  } catch {
    return false;
  }
}

/** Post-nominal letters and degrees written after a name ("John E. Doe, Ph.D.", "Grace Kim, DDS"). */
const POST_NOMINALS = /((?:,\s*|\s+)(ph\.?\s?d\.?|mba|cpa|pmp|dds|dmd|md|m\.d\.|rn|esq\.?|msc|bsc|ma|jr\.?|sr\.?|ii|iii))+$/i;

function cleanNameLine(text: string): string {
  return text.replace(/^[-–—~\s]+/, '').replace(POST_NOMINALS, '').replace(/^(dr|mr|mrs|ms|prof)\.?\s+/i, '').trim();
}

/** The signature reader's tests of a line, which the signature kit and the CLI widen
 *  (./more-names.ts fills them); the content scripts' own reading of a sender's sign-off keeps
 *  the inline words (their budget). */
export const lineTests = {
  /** A company line by its legal form ("Acme GmbH", "明远科技有限公司"), never a name. */
  isCompanyLine: (text: string) => COMPANY_WORDS.test(text),
  /** A sign-off ("Best regards", "此致"): the author's block follows. */
  isSignOff: (text: string) => SIGN_OFF.test(text),
  /** A name of a script without capitals (Arabic, Hebrew): none without the kit. */
  isUncasedName: (_text: string): boolean => false,
  /** A job title, never a name: the inline words, more languages in the kit (./job-titles.ts). */
  isTitle: (text: string) => TITLE_WORDS.test(text),
};

export function looksLikeName(text: string): boolean {
  const t = cleanNameLine(text);
  if (t.length < 2 || t.length > 60) return false;
  if (/[\d@:/\\|<>{}[\]=#]/.test(t) || URL_LIKE.test(t)) return false;
  if (lineTests.isSignOff(t) || NOT_A_NAME.test(t) || STATUS_WORD.test(t) || ACTION_LABEL.test(t) || lineTests.isTitle(t) || lineTests.isCompanyLine(t) || SECTION_WORDS.test(t)) return false;
  // Chinese / Japanese / Korean names: two to four ideographs, perhaps with a romanised form (in
  // brackets or not: "陳慧敏 Winnie Chan").
  // Japanese ones often with a space between family and given name ("佐藤 健").
  if (/^[\p{Script=Han}\p{Script=Hangul}]{1,3}\s?[\p{Script=Han}\p{Script=Hangul}]{1,3}(\s*[(（][\p{L} .'-]+[)）]|(\s\p{Lu}[\p{L}'-]+){1,3})?$/u.test(t)) return true;
  if (lineTests.isUncasedName(t)) return true;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|(van|von|de|der|den|da|di|du|la|le|bin|al)|\p{Lu}\.)$/u.test(w));
}

/** A short capitalised line, not a sentence ("Harborview Dental", "明远科技"; not a disclaimer). */
function looksLikeCompanyName(text: string): boolean {
  return text.length <= 50 && text.split(/\s+/).length <= 6 && /^[\p{Lu}\p{Script=Han}\d]/u.test(text) && !/[.!?;,。！？；，]$/.test(text);
}

/** Splits "VP Procurement | Northwind Traders" / "Head of Sales, Globex Corp" / "Buyer at Initech"
 *  / "Brightwater Logistics B.V. | Rotterdam" / "华信控股集团｜上海" / "採購經理，宏遠…公司": the company is the part with a
 *  legal form (never the city beside it), else the last part that is no job title — after a
 *  comma, not one word: "Operations Manager, Brisbane" is a place. A legal form's own comma
 *  ("Co., Ltd.", "Tejo Papel, S.A.", "Rossi, S.p.A.") splits nothing. */
const PARTS = /\s+[|·•/／–]\s+|\s*[｜，]\s*|\s+at\s+|\s+@\s+|,\s*(?=\p{sc=Han})|,\s+(?=\p{Lu})(?!Ltd|Limited|Inc\b|LLC|Lda|S\.?[ALRp](?:\.|\b)|SA|GmbH|AG\b)/u;

function splitTitleCompany(text: string): { title: string | null; company: string | null } {
  const parts = text.split(PARTS).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    // A company after a title, else one leading the line ("Acme Sales GmbH · Berlin": the city
    // after it is no company).
    let companyIndex = parts.findIndex((p, i) => i > 0 && lineTests.isCompanyLine(p));
    if (companyIndex < 0 && lineTests.isCompanyLine(parts[0]!)) companyIndex = 0;
    if (companyIndex < 0 && !TITLE_WORDS.test(parts[parts.length - 1]!) && !/[,，]\s*\S+$/.test(text)) companyIndex = parts.length - 1;
    if (companyIndex >= 0) return { title: parts.slice(0, companyIndex).join(', ') || null, company: parts[companyIndex]! };
  }
  return lineTests.isCompanyLine(text) ? { title: null, company: text } : { title: text, company: null };
}

/** Index of the first signature line, or -1: the last delimiter or sign-off followed by a name. */
function signatureStart(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (!DELIMITER.test(text) && !lineTests.isSignOff(text)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const next = lines[j]!.text;
      if (lineTests.isSignOff(next) || NOT_A_NAME.test(next)) continue;
      if (looksLikeName(next.split(PARTS)[0]!)) return j;
      break;
    }
    // "Thanks, Dana" on one line.
    const inline = INLINE_SIGN_OFF.exec(text);
    if (inline && looksLikeName(inline[2] ?? '')) return i;
  }
  return bareBlockStart(lines);
}

const SENTENCE_END = /[.?!。？！;；]$/u;

/**
 * Many signatures have no "--" and no sign-off: the message ends in a name followed by a few
 * short lines that name a title, a company or a number ("Tom Becker / Project Manager | Becker
 * Interiors GmbH / Tel. …", "陈静 / 总经理 / 杭州…有限公司 / 电话：…"). The name is one of the
 * last lines but one, every line after it is short and no sentence, one of them a title or a
 * company — or the last line a number with at most a label (a quoted reply's "佐藤 美咲 / 携帯
 * +81 90-…", not a mailing's "The … Team / Contact us: 1-800-… (toll-free, …)"; the kit and the
 * CLI take two or three such lines too, ./signature-phones.ts); and a message
 * (a sentence) comes before it — a record page's label/value lines are no message.
 */
/** A line that is a number with at most a short label before it ("携帯 +81 90-1234-5678"). */
export const LABELLED_NUMBER = /^\D{0,11}\+?[\d(][\d\s().-]{6,20}\d$/;

function bareBlockStart(lines: readonly Line[]): number {
  const texts = lines.map((l) => l.text);
  // A company's legal form ends in a dot ("Cobalt Ridge Analytics Inc.") without making a sentence;
  // a sentence that names a company ("…本公司…報價。謝謝！") is still one.
  const sentence = (text: string) => text.length > 80 || (SENTENCE_END.test(text) && !(text.endsWith('.') && lineTests.isCompanyLine(text)));
  for (let i = Math.max(1, texts.length - MAX_WINDOW); i < texts.length - 1; i++) {
    const rest = texts.slice(i + 1);
    if (looksLikeName(texts[i]!) && !rest.some(sentence) && (rest.some((text) => lineTests.isTitle(text) || lineTests.isCompanyLine(text)) || (rest.length < 2 && LABELLED_NUMBER.test(rest[0]!))) && texts.slice(0, i).some(sentence)) return i;
  }
  return -1;
}

/**
 * Where the author's signature starts, and the lines it is read from: in the author's own text
 * (before the first quoted or forwarded header), else — Gmail's default puts the signature under
 * the quoted text, behind its "-- " line — after an explicit "--" delimiter that follows a quoted
 * part (a sign-off there would be the quoted author's, so only the delimiter counts).
 */
function findSignature(allLines: readonly Line[]): { lines: readonly Line[]; start: number } | null {
  const quoteStarts = allLines.flatMap((l, i) => (QUOTE_START.test(l.text) ? [i] : []));
  const own = quoteStarts.length ? allLines.slice(0, quoteStarts[0]) : allLines;
  const start = signatureStart(own);
  if (start >= 0) return { lines: own, start };
  for (let q = 0; q < quoteStarts.length; q++) {
    const lines = allLines.slice(0, quoteStarts[q + 1] ?? allLines.length);
    for (let i = lines.length - 1; i > quoteStarts[q]!; i--) {
      if (!DELIMITER.test(lines[i]!.text)) continue;
      const next = lines[i + 1];
      if (next && looksLikeName(next.text)) return { lines, start: i + 1 };
      break;
    }
  }
  return null;
}

/** A page read whole shows the message's header above its text: the text starts after the
 *  first From line (发件人：, Von:) and the label lines after it, unless a sign-off comes first
 *  (then that From line is a quoted message's). */
export function afterHeader(lines: readonly Line[]): readonly Line[] {
  const from = lines.findIndex((l) => QUOTE_START.test(l.text));
  if (from < 0 || lines.slice(0, from).some((l) => lineTests.isSignOff(l.text))) return lines;
  let i = from + 1;
  while (i < lines.length && LABEL_LINE.test(lines[i]!.text)) i++;
  return lines.slice(i);
}

/** Index of the line where the author's own sign-off block starts in `own` (the message's
 *  text before any quoted part), including the "Best regards," or "--" line before the name;
 *  -1 when there is none. */
/** True when a sign-off ("Cheers,", "--", 此致) closes the text shortly before line `at`. */
export const afterSignOff = (lines: readonly Line[], at: number) => lines.slice(Math.max(0, at - 8), at).some((l) => lineTests.isSignOff(l.text) || DELIMITER.test(l.text));

export function signOffStart(own: readonly Line[]): number {
  const start = signatureStart(own);
  if (start <= 0) return start;
  const before = own[start - 1]!.text;
  return DELIMITER.test(before) || lineTests.isSignOff(before) ? start - 1 : start;
}

/** Parses the signature block out of a body's lines; null when there is none. */
export function parseSignature(allLines: readonly Line[]): SignatureInfo | null {
  const found = findSignature(allLines);
  if (!found) return null;
  const { lines, start } = found;
  const first = lines[start]!;
  const inline = INLINE_SIGN_OFF.exec(first.text);
  // A signature on one line, "Aoife Brennan | Operations Director | Corrib Analytics Ltd": the
  // name, then each part read as a line of its own.
  const [own, ...rest] = first.text.split(PARTS);
  const info: SignatureInfo = { name: cleanNameLine(inline?.[2] ?? own!), title: null, company: null, phone: null, email: null, anchor: first.el };
  for (const text of [...rest, ...lines.slice(start + 1, start + 1 + MAX_WINDOW).map((l) => l.text)]) {
    if (NOT_A_NAME.test(text) || lineTests.isSignOff(text) || DELIMITER.test(text)) continue;
    // "Grace" then "--" then "Grace Kim, DDS": the fuller form of the same name.
    const asName = cleanNameLine(text);
    if (looksLikeName(asName) && info.name && asName.toLowerCase().startsWith(info.name.toLowerCase())) {
      info.name = asName;
      continue;
    }
    const email = findEmails(text, 1)[0];
    if (email) info.email ??= email.email;
    // A line that is nothing but a number is a phone line even without a label.
    const phone = findPhones(text, false, 1)[0] ?? (/^[+\d\s().\-]{7,26}$/.test(text) ? findPhones(text, true, 1)[0] : undefined);
    if (phone) info.phone ??= phone.raw;
    if (email || phone || URL_LIKE.test(text) || /\d{2,}/.test(text)) continue;
    // "公司：宏泰集团股份有限公司": a labelled company; any other labelled line is not one.
    if (/^(公司|单位|company)\s*[:：]/i.test(text)) info.company ??= text.replace(LABEL_LINE, '').trim();
    if (LABEL_LINE.test(text)) continue;
    const split = splitTitleCompany(text);
    if (split.title && !info.title && TITLE_WORDS.test(split.title)) info.title = split.title;
    if (split.company) info.company ??= split.company;
    else if (info.title && info.title !== split.title && !info.company && looksLikeCompanyName(text)) info.company = text;
  }
  return info;
}

/** The signature of one message body element (quoted replies skipped). An element inside a
 *  quoted part — a quote the page added on its own, read as a body — has none of its author's. */
export function signatureOf(body: Element, headerFirst = false): SignatureInfo | null {
  try {
    if (body.closest(QUOTED)) return null;
    const lines = linesOf(body, undefined, isSkippedQuote);
    return parseSignature(headerFirst ? afterHeader(lines) : lines);
  } catch {
    return null;
  }
}
