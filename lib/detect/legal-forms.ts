// Legal forms the signature reader's COMPANY_WORDS (./signature.ts, carried inline by every
// content script, whose budgets are tight) leaves out: Turkish, Vietnamese, Arabic, Nordic,
// Central European, Italian partnerships, Japanese and Korean forms, and a works' name (…厂,
// …工場). Only the kits carry them: the record kit's directory cards (./generic/card-company.ts),
// the signature kit's sign-off blocks and meeting attendees (./more-names.ts,
// ./attendee-company.ts) — and the CLI. Case matters for the short Latin ones ("AS", not "as";
// "AB", never German "ab").
import { lineTests } from './signature';

export const MORE_FORMS = /\b(?:A\.Ş|Ş[Tt][İIi])\.?|^[Cc]ông [Tt]y\s|^شركة\s|\s(?:AS|ASA|AB|A\/S|ApS|Oy|Oyj|Kft\.?|s\.r\.o\.?|d\.o\.o\.?|Sp\. ?[jk]\.?|S\.?L\.?U?\.?|K\.K\.?|S\.n\.c\.?|S\.c\.a\.r\.l\.?)$|\p{Script=Han}[厂廠]$|工場$|주식회사|유한회사|[(（]주[)）]|㈜|有限会社|合同会社/u;

/** True when a line names a company by its legal form. */
export const hasLegalForm = (text: string): boolean => lineTests.isCompanyLine(text) || MORE_FORMS.test(text);
