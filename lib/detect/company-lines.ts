// What a company line says beyond the company (round 9, issue 14): a label inside the value
// ("Company name: Acme Ltd", "Firma: Müller GmbH", "Nome da empresa Café Serrano Ltda.",
// "会社名：株式会社…", "公司名称：…"), a branch or a department standing where the company belongs
// ("Oddział Kraków", "Filiale München", "Agence de Nantes", "Branch Office Leeds", "华南分公司",
// "仙台事業所", "부산지점", "销售部", "华南区"), or a legal form alone on its line ("GmbH" under
// "Müller Haustechnik"). Read by the signature kit, the record kit and the CLI only: no content
// script carries it (Gmail's and Outlook's own sign-off reading keeps its plain company, their
// budget; the kit's reading fills in a company they lack).
import { companyAfterTitle, companyBeforeAddress, DEPARTMENT_ALONE, isPlace } from './company-parts';
import { fieldOfLabel } from './field-labels';
import { hasLegalForm } from './legal-forms';
import { TITLE_WORDS } from './signature';

/** A company's label at the start of a line. With a colon (or a dash) any of them; without one only
 *  the labels no company's own name starts with ("Nome da empresa", "Company name", "会社名"): a
 *  company may well be called "Empresa Municipal de …" or "Société Générale". */
const LABEL_WORDS = String.raw`company(?: name)?|organi[sz]ation(?: name)?|employer|firm(?:a|en)(?: ?name| adı)?|unternehmen|nazwa firmy|nome da empresa|empresa|nombre de (?:la )?empresa|raz[oóã]o? social|razón social|entreprise|soci[ée]t[ée]|nom de (?:l'|la )?(?:entreprise|soci[ée]t[ée])|raison sociale|azienda|nome (?:dell')?azienda|ragione sociale|societ[àa]|bedrijf(?:snaam)?|şirket(?: adı)?|kurum|společnost|název (?:firmy|společnosti)|cég(?:név)?|yritys|företag|virksomhed|会社名|社名|会社|公司名称|公司名稱|企业名称|單位名稱|单位名称|公司|单位|單位|회사명|회사|상호|חברה|שם החברה|الشركة|اسم الشركة`;
const LABELLED = new RegExp(`^(?:${LABEL_WORDS})\\s*(?:[:：]|\\s[-–]\\s)\\s*(\\S.*)$`, 'iu');
const LABELLED_BARE = /^(?:company name|organi[sz]ation name|firmenname|nazwa firmy|nome da empresa|nombre de (?:la )?empresa|raz[aã]o social|razón social|nom de (?:l'|la )?(?:entreprise|soci[ée]t[ée])|raison sociale|ragione sociale|nome (?:dell')?azienda|bedrijfsnaam|şirket adı|firma adı|název firmy|cégnév)\s+(?=[\p{Lu}\d"„«(])(.+)$|^(?:会社名|公司名称|公司名稱|企业名称|单位名称|單位名稱|회사명)\s*(?=[\p{Script=Han}\p{Script=Hangul}\p{Lu}（(㈜])(.+)$/iu;

/** The company a labelled line gives ("Firma: Müller GmbH" → "Müller GmbH"), or null: no label. */
export function labelledCompany(text: string): string | null {
  const m = LABELLED.exec(text) ?? LABELLED_BARE.exec(text);
  const value = m?.slice(1).find(Boolean)?.trim();
  return value && value.length > 1 && value.length <= 80 && !/^[\p{P}\s]+$/u.test(value) ? value : null;
}

/** Branch words that open a branch's line ("Oddział Kraków", "Filiale München", "Sucursal Norte",
 *  "Succursale de Lyon", "Agence de Nantes", "Niederlassung Süd", "Branch Office Leeds", "Şube"). */
const BRANCH_FIRST = /^(?:oddział|filia|filiale|zweigniederlassung|niederlassung|zweigstelle|geschäftsstelle|sucursal|succursale|agence|agência|filial|branch(?: office)?|regional office|sales office|vestiging|şube|pobočka|fiók(?:telep)?|delegación|sede(?: operativa)? di)(?=\s|$)/iu;
/** English and Turkish write the place first ("Leeds Branch", "Kadıköy Şubesi"); an office alone
 *  may be a company ("Post Office"). */
const BRANCH_LAST = /\s(?:branch(?: office)?|regional office|şubesi|bölge müdürlüğü)$/iu;
/** Chinese, Japanese and Korean branch and department endings ("华南分公司", "仙台事業所",
 *  "부산지점", "销售部", "华南区", "営業課"). */
const UNIT_END = /(?:分公司|分店|分行|支店|支社|営業所|事業所|出張所|办事处|辦事處|代表处|代表處|지점|지사|영업소|출장소|사업소|본부|[部处處课課科组組팀]|事业部|事業部|[大片]?区|區)$/u;
/** Department words of Latin scripts ("Sales Department", "Abteilung Einkauf", "Dział Handlowy");
 *  a "Department of …" is a government's body, an employer. */
const DEPARTMENT = /(?:^|\s)(?:department(?!\s+of\s)|dept\.?|abteilung|dział|département|departamento|dipartimento|afdeling|avdelning|bölümü?|departmanı?|oddělení|osztály)(?=\s|$)/iu;

/** True when a line is a branch or a department alone — never a company (one with a legal form
 *  is the company's, as "…有限公司深圳分公司" is a registered name). */
export function isUnitLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.split(/\s+/).length > 5) return false;
  // A Han or Hangul unit: short, the line's first word (a title may follow: "华东区 销售经理"), and
  // no legal form before its ending ("华南分公司" is a unit, "…有限公司深圳分公司" a registered name).
  const head = t.split(/\s+/)[0]!;
  const end = /^[\p{Script=Han}\p{Script=Hangul}]{2,10}$/u.test(head) ? UNIT_END.exec(head) : null;
  // A one-character ending needs two before it ("中科" may be a company's short name).
  if (end && (end[0].length > 1 || head.length > 2)) return !hasLegalForm(head.slice(0, end.index));
  return !hasLegalForm(t) && (BRANCH_FIRST.test(t) || BRANCH_LAST.test(t) || DEPARTMENT.test(t) || DEPARTMENT_ALONE.test(t));
}

/** A legal form alone on its line ("GmbH", "Sp. z o.o.", "S.A.", "有限公司"): half a company's name. */
const FORM_ALONE = /^[\s,.]*(?:gmbh(?: & co\.? kg)?|ag|kg|ltd|limited|llc|inc|corp|plc|s\.? ?a|s\.?l|s\.?r\.?l|sp\. z o\.o|sp\.? ?[jk]|spol\. s r\.o|s\.r\.o|a\.s|oy|oyj|ab|as|a\/s|aps|kft|zrt|uab|sia|oü|d\.o\.o|d\.d|ltda|lda|sarl|sas|bv|b\.v|nv|n\.v|k\.k|有限公司|股份有限公司|株式会社|公司)\.?$/iu;

export const isFormAlone = (text: string): boolean => FORM_ALONE.test(text.trim());

/** A branch's part after the company on one line ("Termobud Sp. z o.o. Oddział Kraków",
 *  "…包装材料有限公司 宁波分公司", "Müller GmbH, Niederlassung Süd"): cut off. */
function withoutBranch(text: string): string {
  for (const gap of text.matchAll(/[\s,，|｜·–-]+/gu)) {
    const head = text.slice(0, gap.index);
    if (isUnitLine(text.slice(gap.index + gap[0].length)) && hasLegalForm(head)) return head;
  }
  return text;
}

/** The company a read value names: its label cut off, a branch after it cut off; null when what
 *  is left is a branch or department alone, or a legal form alone. */
export function cleanCompany(text: string | null): string | null {
  if (!text) return text;
  const value = withoutBranch(labelledCompany(text) ?? text);
  // A field's label ("Tel", "Mobile", "E-mail": a table signature's label cell) is no company.
  return isUnitLine(value) || isFormAlone(value) || fieldOfLabel(value) ? null : value;
}

/** A line that may be (part of) a company's name: short, capitalised or Han, no number, label,
 *  address, job title or unit. (Two capitalised words read as a person's name too: "Termobud
 *  Polska"; where it stands — under the title, over a branch — tells.) */
const companyLike = (text: string): boolean =>
  text.length <= 60 && text.split(/\s+/).length <= 6 && /^[\p{Lu}\p{Script=Han}\p{Script=Hangul}]/u.test(text) && !/[.!?;。！？；]$|\d|[:：@]/u.test(text) && !TITLE_WORDS.test(text) && !isUnitLine(text);

/** A line in lower-case words after its first, as a slogan, a button or a sentence is written
 *  ("Quality you can build on", "Download our app"); a company's name capitalises its words, but
 *  for the small ones between them ("Banco de Crédito", "Bank of Ireland"). */
const PROSE = /\s(?!(?:de|del|la|le|les|des|du|di|da|do|dos|das|van|von|der|den|und|and|of|the|for|et|e|y|i|en|og|och|für|zu|al|el|a)\s)\p{Ll}{3,}/u;

/**
 * The company of a sign-off block read again over its lines after the name (`lines`), given the
 * company the plain reading took (`read`): a labelled company line first; else that reading
 * cleaned (./company-lines cleanCompany); where that is a unit or nothing, the block's line with a
 * legal form (also the last line, after an address), else the company-like line just above a
 * branch line that is not the line under the name (a title's place); a legal form alone joins the
 * line above it.
 */
export function blockCompany(lines: readonly string[], read: string | null): string | null {
  for (const line of lines) {
    // A labelled branch ("单位：华南分公司") is no company either.
    const labelled = labelledCompany(line);
    const company = labelled && !/\d{3,}|@/.test(labelled) ? cleanCompany(labelled) : null;
    if (company) return company;
  }
  // A title and the company on one line ("Gerente Comercial en Construtora Horizonte Ltda."): the
  // part that is no title (./company-parts.ts).
  for (const line of lines.slice(0, 4)) {
    const company = /@|https?:|www\./.test(line) ? null : companyAfterTitle(line);
    if (company) return cleanCompany(company);
  }
  const at = read ? lines.findIndex((l) => l === read || l.includes(read)) : -1;
  if (read && isFormAlone(read) && at > 0 && companyLike(lines[at - 1]!)) return `${lines[at - 1]} ${read.trim()}`;
  // A place where the company would be ("Portland, OR", "深圳市"), or one word under a department
  // ("销售部" over "上海", "Sales Department" over "Chicago": a company stands above its unit).
  const place = read && (isPlace(read) || (at > 0 && isUnitLine(lines[at - 1]!) && !/\s/.test(read.trim()) && !hasLegalForm(read)));
  const clean = place ? null : cleanCompany(read);
  if (clean && (hasLegalForm(clean) || !PROSE.test(clean))) return clean;
  const formed = lines.find((l) => hasLegalForm(l) && !isFormAlone(l) && !/@|https?:|www\./.test(l) && l.length <= 80 && !/\d{3,}/.test(l));
  if (formed) return cleanCompany(companyBeforeAddress(formed) ?? formed);
  // The company before its address on one line or in one cell ("Müller GmbH · Hauptstr. 5 · 80331
  // München"): never the street or the city.
  const addressed = lines.map((l) => (/@|https?:|www\./.test(l) ? null : companyBeforeAddress(l))).find(Boolean);
  if (addressed) return cleanCompany(addressed);
  const unit = lines.findIndex((l) => isUnitLine(l));
  const above = unit > 1 ? lines[unit - 1]! : null;
  return above && companyLike(above) ? above : null;
}
