// Legal forms the signature reader's COMPANY_WORDS (./signature.ts, carried inline by every
// content script, whose budgets are tight) leaves out: Turkish, Vietnamese, Arabic, Nordic,
// Central European, Italian partnerships, Japanese and Korean forms, and a works' name (…厂,
// …工場). Only the kits carry them: the record kit's directory cards (./generic/card-company.ts),
// the signature kit's sign-off blocks and meeting attendees (./more-names.ts,
// ./attendee-company.ts) — and the CLI. Case matters for the short Latin ones ("AS", not "as";
// "AB", never German "ab").
import { lineTests } from './signature';

const FORMS_8 = /\b(?:A\.Ş|Ş[Tt][İIi])\.?|^[Cc]ông [Tt]y\s|^شركة\s|\s(?:AS|ASA|AB|A\/S|ApS|Oy|Oyj|Kft\.?|s\.r\.o\.?|d\.o\.o\.?|Sp\. ?[jk]\.?|S\.?L\.?U?\.?|K\.K\.?|S\.n\.c\.?|S\.c\.a\.r\.l\.?)$|\p{Script=Han}[厂廠]$|工場$|주식회사|유한회사|[(（]주[)）]|㈜|有限会社|合同会社/u;

/** Central and Eastern European, Baltic and Nordic forms a signature's company line ends in (round
 *  9): Czech / Slovak "a.s.", "spol. s r.o.", "s. r. o.", "v.o.s.", "k.s."; Hungarian "Zrt.",
 *  "Nyrt.", "Bt."; Polish "sp.k.", "sp. j.", "Sp. z o. o.", "spółka …"; Croatian "d.d."; Bulgarian
 *  "OOD", "EOOD"; Latvian "SIA", Lithuanian "UAB", Estonian "OÜ", Icelandic "ehf.", Danish "I/S",
 *  "K/S", "P/S", Swedish "(publ)"; and those the Baltic states write first ("UAB Baltic Pack",
 *  "SIA Rīgas Koks", "AS Tallinna Vesi", "AB Lietuvos …"). Case matters, as above. */
const EASTERN_FORMS = /\s(?:a\.\s?s|Zrt|Nyrt|Bt|v\.o\.s|k\.s|d\.d|OOD|EOOD|SIA|UAB|OÜ|ehf|hf|[Ss]p\.\s?[jk]|S\.K\.A|P\.S\.A)\.?$|\s[Ss]pol\.\ss\s?r\.\s?o\.?$|\s[Ss]\.\s?r\.\s?o\.?$|\s[IKP]\/S$|[Ss]p\.\s?z\s?o\.\s?o\b|\b[Ss]półka\s|^(?:UAB|SIA|AS|AB|OÜ|AD)\s+["„«]?\p{Lu}|\(publ\)/u;

/** Every form the kits add to the inline ones. */
export const MORE_FORMS = { test: (text: string): boolean => FORMS_8.test(text) || EASTERN_FORMS.test(text) };

/** True when a line names a company by its legal form. */
export const hasLegalForm = (text: string): boolean => lineTests.isCompanyLine(text) || MORE_FORMS.test(text);
