// The generic detector: serves any page the user enables, and any site page where the site's
// adapter found nothing. Every find has role "mentioned", or "signature" for a sign-off block.

import { makeContact, safely } from './contact';
import { queryAll, textLength } from './dom';
import { detectLinks } from './generic/links';
import { detectStructured } from './generic/structured';
import { detectText } from './generic/text';
import { signatureOf } from './signature';
import type { DetectedContact } from './types';

/** Where email bodies live on webmail-like pages (used only to look for signature blocks). */
const EMAIL_BODY_SELECTORS = '[aria-label="Message body"], div.a3s, .email-body, .message-body, [data-message-body], [itemprop="articleBody"], [role="document"]';
const MAX_BODIES = 30;

export function signatureContacts(root: ParentNode): DetectedContact[] {
  const bodies = queryAll(root, EMAIL_BODY_SELECTORS).slice(0, MAX_BODIES);
  // A page with no recognisable body (a plain page showing one email) is read as one body.
  if (bodies.length === 0) {
    const el = (root as Document).body ?? ((root as Node).nodeType === 1 ? (root as Element) : null);
    if (el && textLength(el, 20_001) <= 20_000) bodies.push(el);
  }
  const out: DetectedContact[] = [];
  for (const body of bodies) {
    const sig = signatureOf(body);
    if (sig && (sig.email || sig.phone || sig.company)) {
      out.push(makeContact(sig, 'signature', sig.anchor));
    }
  }
  return out;
}

export function detectGeneric(root: ParentNode): DetectedContact[] {
  return [
    ...safely([], () => detectStructured(root)),
    ...safely([], () => detectLinks(root)),
    ...safely([], () => signatureContacts(root)),
    ...safely([], () => detectText(root)),
  ];
}
