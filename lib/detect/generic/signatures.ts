// Sign-off blocks in message bodies ("Best regards, / Dana Okafor / Buyer | Northwind …"): the
// generic core's signature reader of each message's own text, under the quoted and forwarded
// parts' (../quoted-signatures.ts signatureContacts: the CLI's and signature-kit.js's). The
// content scripts carry only the check, mayHoldSignature, and load the kit when a page may hold
// a message (lib/content/signatures-loader.ts).
import { makeContact } from '../contact';
import { linesOf, queryAll, queryOne, textLength, walkText } from '../dom';
import { findPhones } from '../phone-scan';
import { DELIMITER, INLINE_SIGN_OFF, lineTests, looksLikeName, signatureOf, type SignatureInfo } from '../signature';
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

/** The message bodies under root: the bodies every webmail marks and `body` (the site adapter's
 *  own selector), so every site reads signatures the same way; none marked, the root read whole
 *  as one (`whole`: its header lines, 发件人：…, set apart from the text). */
export function messageBodies(root: ParentNode, body?: string): { els: Element[]; whole: boolean } {
  const els = queryAll(root, bodiesIn(body)).slice(0, MAX_BODIES);
  const whole = !els.length && wholeOf(root);
  return { els: whole ? [whole] : els, whole: !!whole };
}

/** A company's shared block with no name: "--" over the company's line ("杭州…物流有限公司"), a
 *  department, a phone. Nameless, it goes to the person the message is from with its number
 *  (../ownership.ts). */
function companyBlock(el: Element): DetectedContact[] {
  const lines = linesOf(el);
  const at = lines.findLastIndex((l) => DELIMITER.test(l.text));
  const head = lines[at + 1];
  if (at < 0 || !head || !lineTests.isCompanyLine(head.text) || looksLikeName(head.text)) return [];
  const phone = lines.slice(at + 2, at + 6).map((l) => findPhones(l.text, false, 1)[0]).find(Boolean);
  return phone ? [makeContact({ company: head.text, phone: phone.raw }, 'signature', head.el)] : [];
}

/** The sign-off block of each message's own text under root, each read by `read` (the kit's and
 *  the CLI's: its numbers read again, ../signature-phones.ts signatureWithPhones). */
export function ownSignatures(root: ParentNode, body?: string, read: (el: Element, whole: boolean) => SignatureInfo | null = signatureOf): DetectedContact[] {
  const { els, whole } = messageBodies(root, body);
  return els.flatMap((el) => {
    const sig = read(el, whole);
    if (!sig && !el.closest('[contenteditable]')) return companyBlock(el);
    // A page read whole may be a list: a row's "--" (an empty cell, as HubSpot shows one) then the
    // next cells is no sign-off block, and its "name" (an owner's cell) is nobody's.
    if (whole && (sig?.anchor.closest('tr, [role="row"]')?.querySelectorAll('td, th, [role="gridcell"], [role="cell"]').length ?? 0) > 2) return [];
    // A signature in an editor (a reply being written) is the rep's own.
    return sig && (sig.email || sig.phone || sig.company) && !sig.anchor.closest('[contenteditable]') ? [makeContact(sig, 'signature', sig.anchor)] : [];
  });
}

/**
 * False when root shows no message whose sign-off the reader above would take by a sign-off: it
 * holds no message body (the webmails' marks, the adapter's `body`) and, read whole, none of its
 * texts is a sign-off ("Best regards,", 此致, "Thanks, Dana") or a delimiter ("--" beside more). A record
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
    walkText(el, (text, parent) => {
      const line = text.trim();
      // A "--" that is a cell's or a div's whole content is an empty field's placeholder (a CRM
      // card's empty phone); a message writes its delimiter as a paragraph, or as a line ("-- "
      // and a <br> before the name).
      signed ||= lineTests.isSignOff(line) || (DELIMITER.test(line) && (parent.childNodes.length > 1 || parent.localName == 'p')) || INLINE_SIGN_OFF.test(line);
    });
  }
  return signed;
}
