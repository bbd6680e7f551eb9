// Where association and linked-item cards say a person works, read by the company part
// (./page-company.ts) before the page's own company — two people of a deal may work at two:
// a card's "Job title at Company" line (HubSpot's associated contacts: "Administrador de sistemas
// en Costa Brava Cerámica", "Consultante ERP chez Dubois Conseil", "Einkäufer bei Brandt GmbH",
// "CTO @ Nordvik", "鼎盛包装 的 采购经理"), and a linked-items sidebar's section headed as the
// organisation (Pipedrive's mail tab: "Linked deal", "Person", "Organization").

import { comesBefore, queryAll, textLength, textOf } from '../dom';
import { fieldOfLabel } from '../field-labels';
import type { DetectedContact } from '../types';

/** A title of a few words, the word for "at", the company; no digits or address either side
 *  ("Call at 10:30", "Sent at 9 AM" are times, not companies), nor a bare domain ("jordi @
 *  costabrava.es" is an address written apart). */
const AT = /^[^@\d]{2,60}?\s(?:at|en|chez|bei|@)\s(?!\S+\.[a-z]{2,}$)([^\d@]{2,80})$/iu;
/** Chinese: "<company> 的 <title>". */
const OF = /^([^\d@]{2,60}?)\s的\s[^\d@]{2,30}$/u;

export const companyOfLine = (text: string): string | null => AT.exec(text)?.[1] ?? OF.exec(text)?.[1] ?? null;

/** The company a line of `person`'s own card names (the card: an ancestor of their anchor, at
 *  most four levels up, holding no one else and a card's worth of text), or null. */
export function cardCompany(person: DetectedContact, people: readonly DetectedContact[]): string | null {
  for (let card = person.anchor.parentElement, level = 0; card && level < 4 && textLength(card, 600) < 600 && !people.some((p) => p !== person && card!.contains(p.anchor)); level++, card = card.parentElement) {
    for (const line of card.querySelectorAll('*')) {
      const company = line.childElementCount ? null : companyOfLine(textOf(line, 140));
      if (company) return company;
    }
  }
  return null;
}

const HEADINGS = 'h2, h3, h4, [role="heading"]';

/** People with no company seen in a sidebar beside a section it heads as the organisation
 *  ("Organization", "Organisation", "Empresa", "公司": a company field's word) get that section's
 *  first name (a link to the organisation's record, bold text); a deal's title or stage in a
 *  "Linked deal" section is not one. */
export function sectionCompany(contacts: readonly DetectedContact[], doc: Document): void {
  for (const head of queryAll(doc, HEADINGS).slice(0, 200)) {
    if (fieldOfLabel(textOf(head, 40)) !== 'company') continue;
    for (let section = head.parentElement, level = 0; section?.parentElement && level < 3; level++, section = section.parentElement) {
      const name = queryAll(section, 'a, strong, b').find((el) => comesBefore(head, el) && !head.contains(el));
      if (!name) continue;
      const sidebar = section.parentElement;
      for (const c of contacts) if (!c.company && [c.anchor, ...(c.elsewhere ?? [])].some((at) => sidebar.contains(at) && !section!.contains(at))) c.company = textOf(name, 120);
      break;
    }
  }
}
