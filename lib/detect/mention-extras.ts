// Readings of a lone phone that only the lazily loaded namer carries (mention-kit.js, for every
// content script) and the CLI.
// - A mailing's footer ("Unsubscribe", "You are receiving this email…", "©"): a number beside it
//   is the sending company's line (a toll-free "Contact us"), nobody's — not the person the
//   message names, not the role mailbox that sent it.
// - A person known only by a phone: a labelled contact above it ("联系人：陈家豪先生" then
//   "电话：…", "Ansprechpartner: …") or one a sentence points to ("请联系财务部赵敏，电话 …",
//   "请联系前台刘洋，电话 …", "please call our accountant Maria Rossi on …").
import { assistantPhone } from './assistant-field';
import { comesBefore, linesOf, textOf } from './dom';
import { fieldOfLabel } from './field-labels';
import { sameName } from './mail-headers';
import { backReference } from './mention-back-reference';
import { verbFinalName } from './mention-verb-final';
import type { MentionReader } from './phone-mention';
import { lineTests, looksLikeName, signOffStart } from './signature';
import type { DetectedContact } from './types';

const FOOTER = /unsubscribe|abmelden|abbestellen|désabonner|désinscri|darse de baja|退订|退訂|取消订阅|receiving this (?:e-?mail|message)|manage (?:your )?(?:e-?mail )?preferences|automated (?:message|e-?mail)|do not reply|©|all rights reserved/i;
/** Lines either side of the number that may hold the footer's mark. */
const NEAR = 3;
/** "联系人：陈家豪先生", "Contact person: Ken Chan", "Ansprechpartnerin: Frau Eva Roth"; a CRM
 *  timeline's call over its body's "Phone number: …" (Dynamics 365: "Phone Call from: Grace
 *  Whitmore", "Appel téléphonique de :", "Telefonanruf von:", "电话呼叫来自："). */
const CONTACT_LABEL = /^(?:联系人|聯絡人|联络人|contact person|ansprechpartner(?:in)?|phone call from|appel téléphonique de|telefonanruf von|llamada de teléfono de|电话呼叫来自)\s*[:：]\s*(?:(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+)?(.{2,40}?)\s*(?:先生|女士|小姐)?$/iu;
/** "请联系财务部赵敏，电话 …", "请联系前台刘洋，…", "请致电采购部门张伟 …", "联系客服经理刘芳，…":
 *  联系 / 致电 / 找, perhaps a department or a role word (财务, 销售, 前台, 仓库…, with its 经理 or 主管)
 *  glued before the name, a two- or three-character name. */
const CONTACT_SENTENCE = /(?:联系|致电|找)(?:人)?(?:为|是|[:：])?\s*(?:\p{Script=Han}{1,5}?(?:部门|[部处科组])|(?:财务|销售|采购|客服|前台|会计|行政|人事|法务|售后|仓库|物流|技术|质检)(?:经理|主管|总监|专员|助理)?)?(\p{Script=Han}{2,3}?)(?:先生|女士|小姐|经理)?[，,、\s（(]/gu;
/** "please call our accountant Maria Rossi on …", "rufen Sie Eva Roth unter … an", "coordinate
 *  with our stores manager, Chinedu Okeke, +234 …": a verb of calling or working with, then the
 *  capitalised name just before the number (and its "on" / "at" / "unter"). */
const CALL_VERB = /\b(?:call|contact|reach|ring|phone|text|speak|talk|ask|coordinat|liais|get in touch|deal with|hablar|ligar|falar|wenden|anrufen|rufen|erreichen|appele[rz]|contacte[rz]|llam[ae]|contact[ae])/i;
const CALL_SENTENCE = /\s((?:\p{Lu}[\p{Ll}'’][\p{L}'’-]* ){1,2}\p{Lu}[\p{Ll}'’][\p{L}'’-]*),?\s+(?:on|at|unter|au|al|via)?\s*[:：]?\s*$/u;
/** "call Khalid on …", "ask Priya at …": the verb, then one capitalised name just before the number. */
const CALL_FIRST_NAME = /\b(?:call|contact|reach|ring|phone|text|ask)\s+(\p{Lu}\p{Ll}[\p{L}'’-]+),?\s+(?:on|at)\s*[:：]?\s*$/u;
/** A name with its number in brackets after it ("our site foreman, Karim Benali (07 81 …), will meet
 *  you", "please loop in Mr. Rao (+91 …)", "Gustavo Ferreyra (cel. +54 9 …)", a short label first):
 *  the bracket says the number is theirs, in any language,
 *  with or without a verb of calling. */
const NAME_THEN_BRACKET = /(?:^|[\s,;:，；])((?:\p{Lu}[\p{Ll}'’][\p{L}'’-]* ){1,2}\p{Lu}[\p{Ll}'’][\p{L}'’-]*)\s*[(（]\s*(?:\p{L}{1,6}\.?\s*[:：]?\s*)?$/u;
/** A line that is a name and then the number ("韦国栋 150 0863 1927", "Nguyễn Văn An 0903 …",
 *  "سارة القحطاني 0551234567"): a consignee or contact written as a pair; a label word ("电话",
 *  "Phone Number") is no name. */
const NAME_THEN_NUMBER = /^\s*(\p{Script=Han}{2,3}|\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,}){1,2}|\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})\s*[,:：，]?\s*$/u;
/** A name, perhaps its job title, then the number's label word: "our warehouse supervisor Khun
 *  Prasert Chaiyaporn, mobile 089-…", "anh Lê Hoàng Nam, kế toán trưởng, số 0918 …", "Jan Nowak,
 *  tel. kom. 601 …". The name is the capitalised words before the comma. */
const NAME_COMMA_LABEL = /(?:(?:Herrn?|Frau|Mrs?|Ms|Dr|Mme|M|Sra?|Sig(?:\.ra)?|Pan|Pani|Khun)\.? )?((?:\p{Lu}[\p{Ll}'’][\p{L}'’-]* ){1,3}\p{Lu}[\p{Ll}'’][\p{L}'’-]*),\s*(?:[^,，()]{2,40},\s*)?(\p{L}[\p{L} .]{0,14}?)\s*[:：.]?\s*$/u;
const PHONE_WORD = /^(?:mobile|cell(?:ular)?|cel|tel(?:\. ?kom)?|phone|gsm|handy|mob|móvil|celular|portable|số|sđt|điện thoại|di động|cep|kom|telefon)\.?$/i;
/** Arabic: a verb of contacting in the sentence ("يرجى التواصل مع مشرف الاستلام خالد الدوسري
 *  0503318842"), then the last two words before the number — a name ("بن" / "أبو" joining a third). */
const ARABIC_CALL = /تواصل|اتصل|الاتصال|راجع|كلم/u;
const ARABIC_NAME = /(\p{Script=Arabic}{2,}\s(?:(?:بن|بنت|أبو)\s)?\p{Script=Arabic}{2,})\s*[:،,]?\s*$/u;
const ARABIC_LABEL = /هاتف|جوال|رقم|موبايل|تلفون|واتساب|فاكس|الشركة|المستودع|المكتب/u;
const LABEL_WORD = /电话|電話|手机|手機|座机|传真|傳真|热线|总机|總機|号码|微信|客服|分机|分機|联系|直通|直线|直線|直拨|直撥|专线|專線|代表|内線|内线|携帯|\b(?:phone|tel|mobile|fax|number|call|contact|office|hotline)\b/i;
/** A phone's field label or a contact section's heading, written alone before a number ("携帯 +81
 *  80-…", "联系人信息 021-…", "Handy …"): never the number's person. */
const LABEL_AS_NAME = /^(携帯|電話|手[机機]|电话|座机|传真|傳真|mobile?|tel|phone|handy|portable|celular|m[oó]vil|tlm|fax)$|(信息|資訊|方式)$/i;
/** A receiver written after their unit, groups of "unit name number" in one line ("嘉兴仓 周涛 138…，
 *  宁波分公司 陈静 139…", "质检部韩磊 136…"): the two or three characters just before the number,
 *  within its own group (after the last comma, semicolon, colon, slash or bar), are the name, a site, branch,
 *  department or factory before them is theirs (and no name). */
const UNIT_NAME = /^\s*(?:\p{Script=Han}{1,8}?(?:[厂部店仓]|公司|中心|办事处)\s*)?(\p{Script=Han}{2,3})\s*[:：]?\s*$/u;
/** A unit's own word: a factory, department, shop, warehouse, company, branch ("昆山厂", "质检部",
 *  "总仓"): the number's line, never a person's name. */
const UNIT = /(?:[厂部店仓]|公司|中心|办事处)$/u;
/** Who a sentence points to that is nobody: the writer, the reader, a service. */
const NOBODY = /^(?:我|您|你|他|她|本|贵|客服|销售|公司|我们)/u;

/** A directory's or dealer locator's card: an element repeated beside one of its own kind (same
 *  tag and class), one of the number's three nearest containers. Its name line (Turkish, Vietnamese,
 *  Polish names with their own letters) is the number's person, and its line with a legal form
 *  ("Sp. z o.o.", "Ltd. Şti.", "Công ty TNHH", "有限公司"), or else its heading, their company. */
function cardPerson(lone: DetectedContact, people: readonly DetectedContact[]): string | null {
  let card = lone.anchor.parentElement;
  for (let level = 0; card && level < 3; level++, card = card.parentElement) {
    const twin = card.previousElementSibling ?? card.nextElementSibling;
    if (twin && twin.tagName === card.tagName && twin.className === card.className && card.className) break;
  }
  if (!card || people.some((p) => card!.contains(p.anchor))) return null;
  let name: string | null = null;
  let company: string | null = null;
  let heading: string | null = null;
  for (const el of card.querySelectorAll('*')) {
    if (!comesBefore(el, lone.anchor) || el.contains(lone.anchor)) break;
    if (el.childElementCount) continue;
    const text = textOf(el, 80);
    if (lineTests.isCompanyLine(text)) company ??= text;
    // A full name (two words, or Han), never a field's label ("Mobile", "Celular") beside its value.
    else if (!name && /\s|\p{Script=Han}/u.test(text) && looksLikeName(text) && !fieldOfLabel(text) && !/^H\d$/.test(el.tagName)) name = text;
    else if (/^H\d$/.test(el.tagName)) heading ??= text;
  }
  if (name) lone.company ??= company ?? heading;
  return name;
}

/** A name given to a lone phone, or the person of that name already on the page. */
function named(name: string | null | undefined, people: readonly DetectedContact[]): DetectedContact | string | null {
  const n = name?.trim();
  if (!n || NOBODY.test(n) || LABEL_AS_NAME.test(n) || UNIT.test(n) || !looksLikeName(n)) return null;
  // A first name alone ("reach Dana on …") is the one person of that name: two Danas, neither.
  const found = people.filter((p) => sameName(p.name, n));
  return found.length > 1 && !/\s/.test(n) ? null : found[0] ?? n;
}

/** `namedFor` with the readings above first: a footer's number is nobody's (false); a labelled
 *  or pointed-to contact is the phone's person. A number in a sign-off block is the signature's. */
export function withExtras(namedFor: MentionReader): MentionReader {
  return (lone, people) => {
    // A record's assistant's number: the assistant's, never the record person's.
    const assistant = assistantPhone(lone);
    if (assistant !== undefined) return assistant && (people.find((p) => sameName(p.name, assistant)) ?? assistant);
    const lines = linesOf(lone.anchor);
    const at = lines.findIndex((l) => l.text.includes(lone.phone!));
    if (at < 0 || signOffStart(lines.slice(0, at + 1)) >= 0) return namedFor(lone, people);
    const carded = cardPerson(lone, people);
    if (carded) return people.find((p) => sameName(p.name, carded)) ?? carded;
    if (lines.slice(Math.max(0, at - NEAR), at + NEAR + 1).some((l) => FOOTER.test(l.text))) return false;
    const line = lines[at]!.text;
    // The number's own sentence: an earlier one names an earlier number's person.
    const sentence = line.slice(0, line.indexOf(lone.phone!)).split(/[。！？]|[.!?]\s/).pop()!;
    // The last person the sentence points to: "请致电采购部门张伟 138…，或联系客服经理刘芳，电话：021…".
    let person = named([...sentence.matchAll(CONTACT_SENTENCE)].pop()?.[1] ?? (CALL_VERB.test(sentence) ? (CALL_SENTENCE.exec(sentence) ?? CALL_FIRST_NAME.exec(sentence))?.[1] : null), people);
    // A verb after the number (Japanese, Korean, Turkish, a German subordinate clause): the name's
    // honorific, case suffix or title just before it says a person.
    person ??= named(verbFinalName(line.slice(0, line.indexOf(lone.phone!))), people);
    // A name given in full earlier in the paragraph and then shortened in the number's sentence
    // ("Maria Rossi … Maria's mobile is …", "Herr Weber erreichen Sie unter …", "王先生的手机是…").
    person ??= named(backReference(line.slice(0, line.indexOf(lone.phone!)), sentence), people);
    // A bracket opening the line: a plain-text mail wrapped at its width after the name ("…
    // capomagazzino, Gavino Sanna⏎(cell. 340 …)"); the name ended the line above.
    const head = line.slice(0, line.indexOf(lone.phone!));
    const bracketed = NAME_THEN_BRACKET.exec(/^\s*[(（]/.test(head) && at > 0 ? `${lines[at - 1]!.text} ${head}` : head)?.[1];
    if (bracketed && !LABEL_WORD.test(bracketed)) person ??= named(bracketed, people);
    // (On the line: the label's own dot, "Tel. 0711 …", ends no sentence.)
    const comma = NAME_COMMA_LABEL.exec(head);
    // Not on a line that also gives an address: that line is its person's card ("Petra Lang, Tel.
    // …-35, p.lang@…"), read as such.
    const labelled = comma && PHONE_WORD.test(comma[2]!) && !line.includes('@') ? comma[1] : null;
    if (labelled && !LABEL_WORD.test(labelled)) person ??= named(labelled, people);
    // Arabic has no capitals for looksLikeName to go by: the two words, unless a number's label.
    const arabic = ARABIC_CALL.test(sentence) ? ARABIC_NAME.exec(sentence)?.[1] : null;
    if (arabic && !ARABIC_LABEL.test(arabic)) person ??= people.find((p) => sameName(p.name, arabic)) ?? arabic;
    const pair = NAME_THEN_NUMBER.exec(line.slice(0, line.indexOf(lone.phone!)))?.[1];
    if (pair && !LABEL_WORD.test(pair)) person ??= named(pair, people) ?? (/\p{Script=Arabic}/u.test(pair) && !ARABIC_LABEL.test(pair) ? pair : null);
    const unitName = UNIT_NAME.exec(line.slice(0, line.indexOf(lone.phone!)).replace(/[:：]\s*$/, '').split(/[，,；;。：:/／｜|]/).pop()!)?.[1];
    if (unitName && !LABEL_WORD.test(unitName)) person ??= named(unitName, people);
    // The label one or two lines above, in the same text or in the elements before the number's
    // — or before one of its blocks, and their innermost parts (a timeline activity's header
    // over its body).
    const above = lines.slice(Math.max(0, at - 2), at).map((l) => l.text);
    for (let from: Element | null = lone.anchor, level = 0; from && level < 4; from = from.parentElement, level++)
      for (let el = from.previousElementSibling, n = 0; el && n < 2; el = el.previousElementSibling, n++) above.push(textOf(el, 80), ...[...el.querySelectorAll('*')].filter((part) => !part.childElementCount).slice(0, 4).map((part) => textOf(part, 80)));
    for (const text of above) person ??= named(CONTACT_LABEL.exec(text)?.[1], people);
    return person ?? namedFor(lone, people);
  };
}
