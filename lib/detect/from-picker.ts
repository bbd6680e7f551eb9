// A compose or reply form's From field — a <select> or combobox listing the identities the rep
// may send as ("王磊 <wang.lei@…>", the team mailbox) — is the rep's side, always: every address
// in it is the rep's, on every site, whatever the page's chrome says. (Its first option read as
// a header's "sender" once offered the rep on their own reply form.)

import { attr, queryAll, textOf } from './dom';
import { findEmails } from './email-scan';
import { roleFromHeaderLine } from './generic/roles';

/** Every address offered by a From picker under root: one its line labels From (发件人, Von…;
 *  a label cell beside it counts) or one named for it (name="from"). */
export function fromPickerAddresses(root: ParentNode): string[] {
  return queryAll(root, 'select, [role="combobox"], [role="listbox"]').flatMap((el) =>
    el.textContent?.includes('@') && (/^from/i.test(attr(el, 'name') ?? '') || roleFromHeaderLine(el) === 'sender') ? findEmails(textOf(el, 3_000), 50).map((hit) => hit.email) : [],
  );
}
