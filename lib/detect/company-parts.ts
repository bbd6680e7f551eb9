// A company written on one line with something that is not the company (round 10, issue 14): a job
// title ("Gerente Comercial en Construtora Horizonte Ltda.", "Head of Sales bei Müller
// Maschinenbau", "Directeur commercial chez Dupont Conseil", "Key Account Manager - Nordhavn ApS"),
// or its address ("Tecnoverde S.p.A. – Via Roma 12, 40100 Bologna", "Müller GmbH · Hauptstr. 5 ·
// 80331 München", a table cell "Becker Interiors, 14 Harbour Street, Leeds LS1 4DY"); and the lines
// that only stand where a company would (a city, a department alone). Read by the signature kit and
// the CLI (./company-lines.ts blockCompany); no content script carries it.
import { hasLegalForm } from './legal-forms';
import { TITLE_WORDS } from './signature';

/** Job-title words the inline list (./signature.ts TITLE_WORDS, carried by every content script)
 *  leaves out: Italian, German, Spanish, Portuguese, French, Polish, Nordic, Turkish, Japanese. */
const MORE_TITLES = /(?:^|[\s(])(?:direttor[ei]|direttrice|responsabile|leiter(?:in)?|einkäufer(?:in)?|geschäftsführer(?:in)?|vertriebs\p{L}*|einkaufs\p{L}*|referent(?:in)?|sachbearbeiter(?:in)?|jef[ae]|director[a]?|directrice|chargée?|ingénieure?|ingenier[oa]|ingegnere|gestor[a]?|coordinador[a]?|coordinat(?:ore|rice)|analista|consultor[a]?|comercial|commercial[e]?|acheteu(?:r|se)|compr(?:ador[a]?|as)|ventas|vendas|kierownik|dyrektor|specjalista|chef|\p{L}*chef|\p{L}*päällikkö|müdür\p{L}*|uzman\p{L}*|assistente?|key account)(?=[\s,)]|$)|課長|係長|担当|主任|课长|部长|经理|經理/iu;

export const isTitle = (text: string): boolean => TITLE_WORDS.test(text) || MORE_TITLES.test(text);

/** "<title> at <company>" in the languages signatures are written in: at, @, en, em, bei, chez, presso,
 *  hos, på, bij, w. The last such word splits ("Especialista en Ventas en Grupo Lumen"); the
 *  company starts with a capital, a digit or a Han character. */
const TITLE_AT = /^(.{2,60})\s(?:at|@|en|em|na|bei|chez|presso|hos|på|bij|w)\s([\p{Lu}\d\p{Script=Han}"„«].{1,80})$/u;
/** A title and a company joined by a spaced hyphen or dash ("Gerente Comercial - Construtora
 *  Horizonte Ltda."); the signature reader splits at the other separators itself. */
const DASHED = /\s[-–—]\s/;

/** The company of a line that also names a title ("<title> en <company>", "<title> - <company>")
 *  or a place after a dash, or null: the title side must read as one, the company side must not. */
export function companyAfterTitle(text: string): string | null {
  const at = TITLE_AT.exec(text);
  if (at && isTitle(at[1]!) && !isTitle(at[2]!) && !/[@\d]/.test(at[1]!)) return at[2]!.trim();
  // Around a dash the side with a legal form, the other a title or a place ("Tecnoverde S.p.A. -
  // Bologna").
  const parts = text.split(DASHED);
  const formed = parts.filter((p) => hasLegalForm(p) && !/\d/.test(p));
  return parts.length === 2 && formed.length === 1 ? formed[0]!.trim() : null;
}

/** A street or a postal code: a number beside a word ("Via Roma 12", "Hauptstr. 5", "14 Harbour
 *  Street", "80331 München", "LS1 4DY"), or a Han address's 路 / 街 / 号. */
const ADDRESS = /\p{L}{2,}\.?\s\d{1,5}\b|\b\d{1,5}[a-z]?,?\s\p{L}{2,}|[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}|[路街道號号]/u;
/** A building's own name before its street ("Harbour House, 14 Quay Street"): no company. */
const BUILDING = /\b(?:house|tower|building|centre|center|court|park|plaza|haus|gebäude|hof|edificio|palazzo|torre|immeuble|résidence|centro|suite|unit|floor)$|(?:大厦|大廈|中心|广场|廣場|园|園|楼|樓)$/iu;
/** Where a company's name and its address part on one line. */
const ADDRESS_SEPARATOR = /\s+[|·•–—-]\s+|,\s+|\s*[｜，]\s*|\s{2,}|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/** The company before its address on one line ("Müller GmbH · Hauptstr. 5 · 80331 München" →
 *  "Müller GmbH"), or null: the first part names no number, title or building, the rest is an
 *  address. Without a legal form the first part must be capitalised words, a few of them. */
export function companyBeforeAddress(text: string): string | null {
  const [head, ...rest] = text.split(ADDRESS_SEPARATOR).map((p) => p.trim());
  if (!head || !rest.length || !ADDRESS.test(rest.join(', ')) || !/\d|[路街道號号]/u.test(rest.join(' '))) return null;
  if (/[\d@:：]/.test(head) || head.length > 60 || isTitle(head) || BUILDING.test(head) || ADDRESS.test(head)) return null;
  if (hasLegalForm(head)) return head;
  // Capitalised words ("Becker Interiors", "Casa Ferrero"), two to five; a single word is too often
  // a city or a building's name.
  const words = head.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^(?:\p{Lu}|&|(?:de|del|la|di|da|do|van|von|und|and|of|the|e|y)$)/u.test(w)) ? head : null;
}

/** Departments a signature writes alone where a company might stand ("Vertrieb", "Einkauf",
 *  "Ventas", "Achats", "Service Achats", "Acquisti", "Inköp", "Purchasing", "Marketing"): no company. */
export const DEPARTMENT_ALONE = /^(?:[\p{L}-]*leitung|it|edv|vertrieb|verkauf|einkauf|buchhaltung|logistik|kundenservice|ventas|compras|logística|finanzas|contabilidad|achats|ventes|comptabilité|logistique|service client|acquisti|vendite|amministrazione|logistica|vendas|financeiro|inköp|försäljning|ekonomi|salg|indkøb|sprzedaż|zakupy|księgowość|satış|satın alma|purchasing|procurement|accounting|finance|logistics|customer service|marketing|service (?:achats|commercial|clients?|comptabilité|logistique|export|après-vente|technique|qualité))$/iu;

/** A place written where a company would be: "Portland, OR", "Lyon, France", a Han city name
 *  ("深圳市", "浙江省"). A city alone is told by where it stands (./company-lines.ts). */
export const isPlace = (text: string): boolean => (/^\p{Lu}[\p{L} .'-]{1,30},\s*(?:[A-Z]{2}|\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+)?)$/u.test(text) && !hasLegalForm(text)) || /^\p{Script=Han}{1,6}[市省县縣]$/u.test(text);
