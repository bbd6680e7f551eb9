// A consumer webmail's reading frame often shows no account chrome at all (QQ Mail's and
// NetEase's message frames: the account lives in the top frame). One more cue remains: a message
// received from outside, addressed to a single mailbox on the webmail's own domain, was delivered
// to that mailbox — the signed-in account. The rep's own sent mail (sender on the webmail's
// domain) and any message with several To recipients or senders say nothing, so they are left.

import type { DetectedContact } from '../types';

/** The one To recipient on `ownDomain` of a message with one sender from elsewhere, or null. */
export function deliveredTo(people: readonly DetectedContact[], ownDomain: RegExp): string | null {
  const senders = new Set(people.filter((p) => p.role === 'sender' && p.email).map((p) => p.email!));
  const to = new Set(people.filter((p) => p.role === 'recipient' && p.email).map((p) => p.email!));
  if (senders.size !== 1 || to.size !== 1) return null;
  const [sender] = senders;
  const [recipient] = to;
  const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
  if (ownDomain.test(domainOf(sender!))) return null;
  return ownDomain.test(domainOf(recipient!)) ? recipient! : null;
}
