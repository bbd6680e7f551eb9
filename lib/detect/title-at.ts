// "Job title at Company": how association and linked-item cards write where a person works —
// HubSpot's associated contacts ("Administrador de sistemas en Costa Brava Cerámica",
// "Consultante ERP chez Dubois Conseil", "Einkäufer bei Brandt GmbH", "CTO @ Nordvik",
// "鼎盛包装 的 采购经理"). Read by the adapters whose cards show it (./sites/hubspot.ts), not by
// the scripts of other sites.

/** A title of a few words, the word for "at", the company; no digits or address either side
 *  ("Call at 10:30", "Sent at 9 AM" are times, not companies), nor a bare domain ("jordi @
 *  costabrava.es" is an address written apart). Or, in Chinese, "<company> 的 <title>". One
 *  pattern with two groups: the company is whichever matched. */
const TITLE_AT = /^[^@\d]{2,60}?\s(?:at|en|chez|bei|@)\s(?!\S+\.[a-z]{2,}$)([^\d@]{2,80})$|^([^\d@]{2,60}?)\s的\s[^\d@]{2,30}$/iu;

/** The company a card's line names, or null. */
export function companyOfLine(text: string): string | null {
  const m = TITLE_AT.exec(text);
  return m ? (m[1] ?? m[2])! : null;
}

/** The first line (a leaf element) under `card` that names a company so, or null. */
export function companyInCard(card: Element): string | null {
  for (const line of card.querySelectorAll('*')) {
    const company = line.childElementCount ? null : companyOfLine((line.textContent ?? '').trim());
    if (company) return company;
  }
  return null;
}
