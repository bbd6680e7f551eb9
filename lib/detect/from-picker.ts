// A compose or reply form's From field — a <select> or combobox listing the identities the rep
// may send as ("王磊 <wang.lei@…>", the team mailbox) — is the rep's side, always: every address
// in it is the rep's, on every site, whatever the page's chrome says. (Its first option read as
// a header's "sender" once offered the rep on their own reply form.)

import { attr, queryAll, textOf } from './dom';
import { findEmails } from './email-scan';
import { roleFromHeaderLine } from './generic/roles';
import type { DetectedContact } from './types';

/** Every address offered by a From picker on the page: one its line labels From (发件人, Von…;
 *  a label cell beside it counts) or one named for it (name="from"). */
function fromPickerAddresses(doc: Document): Set<string> {
  return new Set(queryAll(doc, 'select, [role="combobox"]').flatMap((el) =>
    el.textContent?.includes('@') && (/^from/i.test(attr(el, 'name') ?? '') || roleFromHeaderLine(el) === 'sender') ? findEmails(textOf(el, 3_000), 50).map((hit) => hit.email) : [],
  ));
}

/** The page's company part (./generic/page-company.ts) with the From picker's addresses taken
 *  out first: the custom sites' script and the CLI, whose self-hosted webmails' forms show one. */
export function withoutOwnIdentities<R extends unknown[]>(company: (contacts: DetectedContact[], doc: Document, ...rest: R) => DetectedContact[]) {
  return (contacts: DetectedContact[], doc: Document, ...rest: R): DetectedContact[] => {
    const own = fromPickerAddresses(doc);
    return company(own.size ? contacts.filter((c) => !c.email || !own.has(c.email)) : contacts, doc, ...rest);
  };
}
