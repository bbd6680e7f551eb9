// Dynamics 365's timeline: a phone call activity reads "Phone Call from: Grace Whitmore" (or, to
// the rep, "To: Jordan Ellis") above a body whose "Phone number: 0412 345 678" line is the
// caller's number. The caller is a person with that name and number even with no record of
// their own; the To side of a call the rep took is the rep. The activity titles are Dynamics'
// own words in the org's language.

import { makeContact } from '../contact';
import { queryAll, textOf } from '../dom';
import { phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';

const CALL_FROM = /^(?:phone call from|appel téléphonique de|telefonanruf von|llamada de teléfono de|电话呼叫来自)\s*[:：]\s*(\S.{0,80})$/iu;
const NUMBER = /(?:phone number|numéro de téléphone|telefonnummer|número de teléfono|电话号码)\s*[:：]\s*([+(\d][\d\s().-]{5,24}\d)/iu;
/** A timeline's activity: its list item, else the block three levels above its title. */
const ACTIVITY = 'li, [role="listitem"], [data-id*="timeline" i]';
/** Where an activity's title is written: a leaf element of these. */
const TITLES = 'span, div, p, h3, h4, li, a, label';

export function phoneCalls(root: ParentNode): DetectedContact[] {
  const node = (root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!node || !NUMBER.test(node.textContent?.slice(0, 200_000) ?? '')) return [];
  return queryAll(root, TITLES).flatMap((title) => {
    const caller = title.childElementCount ? null : CALL_FROM.exec(textOf(title, 120))?.[1];
    const activity = caller ? title.closest(ACTIVITY) ?? title.parentElement?.parentElement?.parentElement : null;
    const phone = activity ? phoneFromField(NUMBER.exec(textOf(activity, 2_000))?.[1]) : null;
    return phone ? [makeContact({ name: caller!, email: null, phone, company: null }, 'mentioned', title)] : [];
  });
}
