// Sign-off blocks in message bodies ("Best regards, / Dana Okafor / Buyer | Northwind …"): the
// generic core's signature reader. The webmail scripts and the CLI carry it; crm-<id>.js, whose
// record pages rarely show a message, loads it when a page may hold one (signature-kit.js,
// lib/content/signatures-loader.ts) and carries only the check, mayHoldSignature.
import { makeContact } from '../contact';
import { queryAll, queryOne, textLength, walkText } from '../dom';
import { quotedSignatures } from '../quoted-signatures';
import { DELIMITER, INLINE_SIGN_OFF, SIGN_OFF, signatureOf } from '../signature';
import type { DetectedContact } from '../types';

/** Where email bodies live on webmail-like pages (used only to look for signature blocks); a site's own
 *  body (Gmail's div.a3s, Roundcube's #messagebody…) comes from its adapter's parts. */
const EMAIL_BODY_SELECTORS = '[aria-label="Message body"], .email-body, .message-body, [data-message-body], [itemprop="articleBody"], [role="document"]';
const MAX_BODIES = 30;
/** A root with no body in it is read whole as one message when it holds at most this much text. */
const MAX_WHOLE_TEXT = 20_000;

/** Reads the sign-off blocks under root; `body` is the site adapter's own body selector. */
export type SignatureReader = (root: ParentNode, body?: string) => DetectedContact[];

const bodiesIn = (body?: string) => (body ? `${EMAIL_BODY_SELECTORS}, ${body}` : EMAIL_BODY_SELECTORS);

/** The root read whole when it holds no body: its element (a document's body), if its text is
 *  short enough to be one message. */
function wholeOf(root: ParentNode): Element | null {
  const el = (root as Document).body ?? ((root as Node).nodeType === 1 ? (root as Element) : null);
  return el && textLength(el, MAX_WHOLE_TEXT + 1) <= MAX_WHOLE_TEXT ? el : null;
}

/** Sign-off blocks in each message body under root: the bodies every webmail marks, and `body`
 *  (the site adapter's own body selector), so every site reads signatures the same way. A page
 *  with no body found is read as one, its header lines (发件人：…) set apart from the text. */
export const signatureContacts: SignatureReader = (root, body) => {
  const bodies = queryAll(root, bodiesIn(body)).slice(0, MAX_BODIES);
  const whole = bodies.length === 0;
  if (whole) {
    const el = wholeOf(root);
    if (el) bodies.push(el);
  }
  const out: DetectedContact[] = [];
  for (const el of bodies) {
    const sig = signatureOf(el, whole);
    // A signature in an editor (a reply being written) is the rep's own.
    if (sig && (sig.email || sig.phone || sig.company) && !sig.anchor.closest('[contenteditable]')) out.push(makeContact(sig, 'signature', sig.anchor));
    // The quoted and forwarded parts' own sign-offs: each is the sender of that part, as its
    // header says, and their phone and company; the block's other numbers are theirs too (a
    // nameless number would go to whoever is nearest: in a forward, another layer's sender).
    for (const quoted of quotedSignatures(el)) {
      out.push(makeContact(quoted, 'sender', quoted.anchor));
      for (const phone of quoted.more ?? []) out.push(makeContact({ name: quoted.name, phone }, 'signature', quoted.anchor));
    }
  }
  return out;
};

/**
 * False when root shows no message whose sign-off the reader above would take by a sign-off: it
 * holds no message body (the webmails' marks, the adapter's `body`) and, read whole, none of its
 * texts is a sign-off ("Best regards,", 此致, "Thanks, Dana") or a delimiter ("--"). A record
 * page's labels and values are neither. It lets two readings go unasked: a bare block (a name over
 * title and company lines, no sign-off) on a page with no body — on a record page, that reading
 * takes field labels for a name — and a sign-off line split over inline elements ("<b>Best</b>
 * regards,"), read per text. Cheap: run on crm-<id>.js's scans before it has the reader.
 */
export function mayHoldSignature(root: ParentNode, body?: string): boolean {
  if (queryOne(root, bodiesIn(body))) return true;
  const el = wholeOf(root);
  let signed = false;
  if (el) {
    walkText(el, (text) => {
      const line = text.trim();
      signed ||= SIGN_OFF.test(line) || DELIMITER.test(line) || INLINE_SIGN_OFF.test(line);
    });
  }
  return signed;
}
