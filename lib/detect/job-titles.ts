// Job titles a staff card writes under its person's name, in the languages reps meet beyond the
// English and Chinese ones the sign-off reader knows (./signature.ts TITLE_WORDS): "Kierownik
// sprzedaży", "Geschäftsführerin", "Projektleiter", "Responsable commercial", "Jefa de compras",
// "営業部 課長". Read by the team-card reading of a lone phone (./phone-mention.ts, ./staff-card.ts),
// where a card's heading over a job title names the card's number (an office's or a showroom's
// heading has none), and by the signature kit's reading of a block (./more-names.ts: a title is
// never the signer's name — "Vertriebsleiterin" under "Sabine Hartmann"). In the mention and
// signature kits and the CLI only: no content script carries it.

import { TITLE_WORDS } from './signature';

/** Whole words, or the end of a German compound ("Vertriebsleiterin", "Einkaufsreferent"). */
const MORE_TITLES = new RegExp(
  [
    // German
    // ("Leiter" alone only before its field, "Leiter Vertrieb": Leiter is a surname too.)
    '(?:gesch(?:ä|ae)ftsf(?:ü|ue)hrer|(?<=\\p{L}{3})leiter|leiter(?=in|\\s+\\p{L})|referent|sachbearbeiter|berater|inhaber|prokurist|vorstand|assistenz|vertrieb|einkauf|kundenbetreuer)(?:in)?',
    // Polish
    'kierownik|dyrektor|specjalist(?:a|ka)|prezes|w(?:ł|l)a(?:ś|s)ciciel(?:ka)?|handlowiec|doradca|ksi(?:ę|e)gow(?:a|y)|asystent(?:ka)?|przedstawiciel|koordynator(?:ka)?|mened(?:ż|z)er|opiekun(?:ka)?',
    // French, Spanish, Italian, Portuguese, Dutch
    'directrice|charg(?:é|e)e?|commerciale?|g(?:é|e)rante?|ing(?:é|e)nieur|assistante?|comptable|jef[ea]|directora?|asesora?|t(?:é|e)cnico|responsabile|direttor[ei]|direttrice|amministratore|titolare|diretora?|gestora?|assistente|adviseur|medewerker|verkoop|inkoop|eigenaar|accountmanager',
  ].join('|'),
  'iu',
);
const WORD = new RegExp(`(?:^|[^\\p{L}])\\p{L}*?(?:${MORE_TITLES.source})(?![\\p{L}])`, 'iu');
/** Japanese and Korean ranks and roles (the Chinese ones are TITLE_WORDS'). */
const CJK_TITLES = /課長|係長|担当|営業|社長|取締役|マネージャー|부장|과장|대리|팀장|매니저/u;

/** A job title somewhere in `text` (a card's text), in any of the languages above. */
export function hasJobTitle(text: string): boolean {
  return TITLE_WORDS.test(text) || WORD.test(text) || CJK_TITLES.test(text);
}
