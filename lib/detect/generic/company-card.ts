// A card of a CRM record headed as the organisation ("Organization" over a deal's sidebar card,
// an "Edit" button beside the heading): its Name field is the company, not a person. The CRM
// script, mail.js's record kit and the CLI read it (./records.ts composes it with the label/value
// reader).

import { columnOf } from './column-labels';

/** A card's heading: an element made a heading or named for one ("sb-card-head", "card-title"). */
const CARD_HEAD = 'h2, h3, h4, [role="heading"], [class*="head" i], [class*="title" i]';

/** True when a label sits in a card headed as the organisation ("Organization" over a deal's
 *  sidebar card): the heading (or its first part, before an "Edit" button) that opens one of the
 *  label's three nearest containers. */
export function companyCard(label: Element): boolean {
  for (let card = label.parentElement, level = 0; card && level < 3; level++, card = card.parentElement) {
    const head = card.firstElementChild;
    if (head && !head.contains(label) && head.matches(CARD_HEAD) && columnOf((head.firstElementChild ?? head).textContent ?? '') === 'company') return true;
  }
  return false;
}
