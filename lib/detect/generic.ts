// The generic core: runs on every page beside the site's adapter (lib/detect/index.ts merges
// the two per person) and alone on pages no adapter knows. It reads people the way every
// webmail and CRM shows them — addresses in attributes and text with the name beside them,
// header labels for roles, sign-off blocks, structured data — one file per way of reading
// (lib/detect/generic/).

import { makeContact, safely } from './contact';
import { queryAll, textLength } from './dom';
import { detectLinks } from './generic/links';
import { detectAttributePeople } from './generic/people';
import { detectText } from './generic/text';
import { signatureOf } from './signature';
import type { DetectedContact } from './types';

/** Where email bodies live on webmail-like pages (used only to look for signature blocks); a site's own
 *  body (Gmail's div.a3s, Roundcube's #messagebody…) comes from its adapter's parts. */
const EMAIL_BODY_SELECTORS = '[aria-label="Message body"], .email-body, .message-body, [data-message-body], [itemprop="articleBody"], [role="document"]';
const MAX_BODIES = 30;

/** Sign-off blocks in each message body under root: the bodies every webmail marks, and `body`
 *  (the site adapter's own body selector), so every site reads signatures the same way. A page
 *  with no body found is read as one, its header lines (发件人：…) set apart from the text. */
export function signatureContacts(root: ParentNode, body?: string): DetectedContact[] {
  const bodies = queryAll(root, body ? `${EMAIL_BODY_SELECTORS}, ${body}` : EMAIL_BODY_SELECTORS).slice(0, MAX_BODIES);
  const whole = bodies.length === 0;
  if (whole) {
    const el = (root as Document).body ?? ((root as Node).nodeType === 1 ? (root as Element) : null);
    if (el && textLength(el, 20_001) <= 20_000) bodies.push(el);
  }
  const out: DetectedContact[] = [];
  for (const el of bodies) {
    const sig = signatureOf(el, whole);
    if (sig && (sig.email || sig.phone || sig.company)) {
      out.push(makeContact(sig, 'signature', sig.anchor));
    }
  }
  return out;
}

/** A reader of the generic core beyond the ones every page gets (./generic/records.ts). */
export type GenericReader = (root: ParentNode) => DetectedContact[];

/**
 * Everyone the generic core reads under root: people in attributes and links, sign-off blocks,
 * addresses and phones in text — and whatever `readers` a detector adds (record pages' fields,
 * tables of people, structured data: ./generic/records.ts). `known` holds the addresses the
 * site's adapter already placed: they are still reported (the merge takes any field the adapter
 * lacked) but their header role is not worked out again. Addresses written in the text of
 * `listRow`s (a message list's previews) are snippets of mail, not people: only the rows' people
 * are read, and not even those in the rows `covered` says the adapter has read.
 */
export function detectGeneric(root: ParentNode, known: ReadonlySet<string> = new Set(), listRow?: string, readers: readonly GenericReader[] = [], covered?: (el: Element) => boolean, body?: string): DetectedContact[] {
  return [
    ...readers.flatMap((read) => safely([], () => read(root))),
    ...safely([], () => detectAttributePeople(root, known, covered)),
    ...safely([], () => detectLinks(root)),
    ...safely([], () => signatureContacts(root, body)),
    ...safely([], () => detectText(root, undefined, listRow)),
  ];
}
