// A CRM's own users are the rep's side, never customers: Salesforce's User records (key prefix
// 005: /lightning/r/User/…, /lightning/r/005…/view, Classic's /005…) are the org's people — a
// record's owner lookup, an opportunity team's tile. A person whose own name links to a User
// record, anywhere on the page, is not offered; a contact row that merely shows its owner's link
// keeps its person (the link's text is another name). Nor is anyone read from a picker's
// options: a composer's From picker lists the rep's identities.

import type { DetectorParts } from './detector';
import type { DetectedContact } from './types';

const USER_LINK = 'a[href*="/User/"], a[href*="/005"]';
const USER_HREF = /\/(?:lightning\/r\/)?(?:User\/|005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?(?:[/?#]|$))/;
/** Whether `c` is one of the users the page links to: a name that links to a User record is that
 *  user's, wherever the page shows the person (the owner field, a team tile, a timeline). A
 *  person read without a name is not told by a User link near them: that is their row's owner. */
const isUser = (c: DetectedContact, users: Element[]) => !!c.name && users.some((a) => a.textContent?.replace(/\s+/g, ' ').trim() === c.name);

type Company = NonNullable<DetectorParts['company']>;

/** The CRM pages' company part with the CRM's users taken out first. */
export const usersLeft = (company: Company): Company => (contacts, doc, ...rest) => {
  const users = [...doc.querySelectorAll(USER_LINK)].slice(0, 300).filter((a) => USER_HREF.test(a.getAttribute('href') ?? ''));
  // A picker's option is nobody to offer (no button fits in it): a composer's From picker lists
  // the rep's own identities ("Nadia Okafor (sales@…)").
  return company(contacts.filter((c) => !c.anchor.closest('select') && !isUser(c, users)), doc, ...rest);
};
