// A compose or reply form's From field — a <select> or combobox listing the identities the rep
// may send as ("王磊 <wang.lei@…>", the team mailbox) — is the rep's side, always: every address
// in it is the rep's, on every site, whatever the page's chrome says. (Its first option read as
// a header's "sender" once offered the rep on their own reply form.)

import { attr, queryAll, textOf } from './dom';
import { findEmails } from './email-scan';
import { roleFromHeaderLine } from './generic/roles';
import { lastLabelIn } from './labels';

const PICKER = 'select, [role="combobox"], [role="listbox"]';

/** True when the picker is labelled From (by its <label>, aria-label, name or its header line). */
function saysFrom(el: Element): boolean {
  const id = attr(el, 'id');
  const label = id ? queryAll(el.ownerDocument ?? el, 'label[for]').find((l) => attr(l, 'for') === id) : el.closest('label');
  const words = [textOf(label, 40), attr(el, 'aria-label') ?? '', attr(el, 'name') ?? ''];
  return words.some((w) => lastLabelIn([w]) === 'sender' || /^(from|sender)(_?(address|identity|id))?$/i.test(w)) || roleFromHeaderLine(el) === 'sender';
}

/** Every address offered by a From picker under root (lower-cased), or none. */
export function fromPickerAddresses(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of queryAll(root, PICKER)) {
    if (!(el.textContent ?? '').includes('@') || !saysFrom(el)) continue;
    for (const hit of findEmails(textOf(el, 3_000), 50)) found.push(hit.email.toLowerCase());
  }
  return found;
}
