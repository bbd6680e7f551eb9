// Who on a page is offered to the rep. Never the rep: the page's signed-in account and every
// address in the rep's "My addresses" list (learnt from the pages that show the account, and
// editable in Options). Not mailboxes nobody answers (./mailboxes.ts), unless the rep asks for
// them. Colleagues — people at the rep's own company domain — are marked internal and offered
// after everyone else, or not at all.

import { isRoleMailbox } from './mailboxes';
import type { DetectedContact } from './types';

export interface Audience {
  /** The rep's own addresses (lower-cased). */
  self: readonly string[];
  /** The rep's company domains: never free-mail domains (the background works those out). */
  internalDomains: readonly string[];
  colleagues: 'last' | 'hide';
  /** Offer no-reply and notification senders too. */
  roleMailboxes: boolean;
}

export const DEFAULT_AUDIENCE: Audience = { self: [], internalDomains: [], colleagues: 'last', roleMailboxes: false };

/** True when the address is at one of the rep's company domains (or a subdomain of one). */
export function isColleague(email: string, internalDomains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return internalDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Applies the audience rules to normalised contacts; `pageSelf` is the page's signed-in account. */
export function offeredTo(contacts: readonly DetectedContact[], pageSelf: string | null | undefined, audience: Audience = DEFAULT_AUDIENCE): DetectedContact[] {
  const self = new Set(audience.self);
  const own = pageSelf?.trim().toLowerCase();
  if (own) self.add(own);
  const outside: DetectedContact[] = [];
  const colleagues: DetectedContact[] = [];
  for (const c of contacts) {
    if (c.email && self.has(c.email)) continue;
    if (!audience.roleMailboxes && isRoleMailbox(c.email, c.name)) continue;
    if (c.email && isColleague(c.email, audience.internalDomains)) {
      if (audience.colleagues === 'last') colleagues.push({ ...c, internal: true });
      continue;
    }
    outside.push(c);
  }
  return colleagues.length ? [...outside, ...colleagues] : outside;
}
