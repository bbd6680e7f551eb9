// An Owner / Assigned to / 负责人 / Inhaber field names the rep's side of a record (the user it
// belongs to), never a customer: its value is nobody's name on a card or tile beside it ("Case
// Owner", "Contact Owner", "Propriétaire", 联系人所有者, 担当者). Its own file: the webmail script
// reads no record fields and needs none of it (detector part `notName`).

import { fieldOfLabel } from './field-labels';

const OWNER = /(owner|assigned|zugewiesen|attribué|asignado|负责人|所有者|跟进人|处理人|inhaber|zuständig|propriétaire|propietario|proprietário|proprietario|eigenaar|sahibi|właściciel|担当)/i;

/** True when `el` is (inside) the value of an owner field: a short label just before it or before
 *  one of its two nearest ancestors (<dt>Owner:</dt><dd><a>Name</a></dd>, a label cell beside), or
 *  before a further ancestor that wraps nothing but the value (a lookup's link, avatar and grid
 *  nest it deeper: <span>Assigned To</span><span><force-lookup><div><a>…). */
export function isOwnerValue(el: Element): boolean {
  const value = el.textContent?.trim();
  // A field's own label heading a card ("Ansprechpartner", "联系人") is nobody's name either.
  if (fieldOfLabel(value ?? '')) return true;
  for (let at: Element | null = el, level = 0; at && level < 8; level++, at = at.parentElement) {
    if (level > 2 && at.textContent?.trim() !== value) break;
    const label = at.previousElementSibling?.textContent ?? '';
    if (label.length < 40 && OWNER.test(label)) return true;
  }
  return false;
}
