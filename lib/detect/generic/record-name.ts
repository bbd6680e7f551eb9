// A record page's person, named by the page itself when no field names them: its main heading,
// else its title ("Ananya Iyer - Leads - Zoho CRM", "Zoho CRM - Contacts - Michael Brennan"),
// whichever part reads as a person's name. Every CRM puts the record's name in both.

import { queryOne, textOf } from '../dom';
import { looksLikeName } from '../signature';
import { isNavWord } from './nav-names';

/** The words of an app's own title parts: "Zoho CRM", "Leads", "Contact Details", "Dynamics 365". */
const APP_WORDS = /\b(crm|salesforce|hubspot|pipedrive|zoho|dynamics|microsoft|outlook|gmail|mail|webmail|inbox|contacts?|leads?|accounts?|deals?|persons?|people|organi[sz]ations?|opportunit(y|ies)|cases?|tickets?|details?|records?|view|home|dashboard)\b/i;

/** A deal's page says so in its title ("Renovação contrato 2027 - Negócio - Pipedrive", "… -
 *  Anlaşma - …", "… - 商談 - …"): its heading and title name the deal or its section, never a
 *  person — a participant without a name of their own stays unnamed. */
const DEAL_PART = /^(deal|trato|neg[oó]cio|affaire|gesch[aä]ft|trattativa|anla[sş]ma|transakcja|transactie|opportunity|oportunidad|oportunidade|opportunit[eé]|opportunità|verkaufschance|交易|商談|商机|商機|商谈|商談詳細|거래)$/i;

function personLike(text: string): boolean {
  return looksLikeName(text) && !APP_WORDS.test(text) && !isNavWord(text);
}

export function recordNameOf(doc: Document): string | null {
  const parts = (doc.title ?? '').split(/\s+[-–|·:]\s+/);
  if (parts.some((part) => DEAL_PART.test(part.trim()))) return null;
  // A page without a main heading heads its record with the first one it has.
  const heading = textOf(queryOne(doc, 'h1, [role="heading"][aria-level="1"]') ?? queryOne(doc, 'h2'), 120);
  if (heading && personLike(heading)) return heading;
  for (const part of parts) {
    const name = part.trim();
    // A title's one word is the app's name ("Kunde 412 – Kundenverwaltung"), not a person's.
    if (personLike(name) && /\s|\p{Script=Han}/u.test(name)) return name;
  }
  return null;
}
