// Shared by the webmail adapters: reading a header line's label (From / To / Cc in many
// languages, lib/detect/labels.ts) to give a person their role, and attaching a message's
// signature to its sender.

import { makeContact } from './contact';
import { closestOf, queryOne, textOf, walkText } from './dom';
import { lastLabelIn, roleFromLeadingLabel } from './labels';
import type { SignatureInfo } from './signature';
import type { ContactRole, DetectedContact } from './types';

/** Role from the last label written before `person` inside `container` ("to me, Dana, cc: Lee",
 *  "An" in the cell before, "收件人：…"). Each text node is its own segment: a short label word of
 *  another language counts when it stands alone or carries a colon (lib/detect/labels.ts). */
export function roleFromLabelBefore(person: Element, container: Element): ContactRole | null {
  const segments: string[] = [];
  let reached = false;
  let length = 0;
  walkText(container, (text, parent) => {
    if (reached) return;
    if (parent === person || person.contains(parent)) {
      reached = true;
      return;
    }
    segments.push(text);
    length += text.length;
    if (length > 800) segments.splice(0, segments.length - 8);
  }, { maxNodes: 2_000, maxChars: 20_000 });
  return lastLabelIn(segments);
}

/** Role from an aria-label such as "To: Alex Rep; Dana Okafor", "Cc" or "An Dana" on a recipients well. */
export function roleFromAriaLabel(label: string | null): ContactRole | null {
  return roleFromLeadingLabel(label);
}

function tokens(name: string | null): string[] {
  return name ? name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
}

/** True when a signature's name is the sender's ("Priya" signs for "Priya Raman"). */
export function sameName(a: string | null, b: string | null): boolean {
  // A name written twice, in its script and romanised: "山田 太郎 (Taro Yamada)" signs for either.
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const both = x && /^(.+?)\s*[(（]([^)）]+)[)）]$/.exec(x);
    if (both && (sameName(both[1]!, y) || sameName(both[2]!, y))) return true;
  }
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // An initial stands for its name ("G. Kim" signs for "Grace Kim"), beside a name written out.
  if (short.every((t) => long.includes(t) || (t.length === 1 && long.some((l) => l.startsWith(t)))) && short.some((t) => t.length > 1)) return true;
  // CJK names have no spaces: compare the strings themselves.
  return (a ?? '').replace(/\s/g, '') === (b ?? '').replace(/\s/g, '');
}

/** Reads the sign-off at the end of one message's own body (./signature.ts signatureOf: the CLI's;
 *  gmail.js and outlook.js get it with signature-kit.js, lib/content/signatures-loader.ts). */
export type OwnSignature = (body: Element) => SignatureInfo | null;

/** A message's signature either completes its sender (same person: phone, company) or is
 *  someone else named at the end of the message (a colleague, an assistant). */
export function withSignature(sender: DetectedContact | null, sig: SignatureInfo | null): DetectedContact[] {
  if (!sig) return sender ? [sender] : [];
  const same = sender && ((sig.email && sig.email === sender.email) || sameName(sig.name, sender.name));
  if (sender && same) {
    return [{ ...sender, name: sender.name ?? sig.name, phone: sender.phone ?? sig.phone, company: sender.company ?? sig.company }];
  }
  const others = sig.email || sig.phone || sig.company ? [makeContact(sig, 'signature', sig.anchor)] : [];
  return sender ? [sender, ...others] : others;
}

/** The people of a detection under `root` that are seen inside it (a subtree detection reports
 *  no one from elsewhere on the page; a document detection reports everyone). */
export function within(root: ParentNode, contacts: DetectedContact[]): DetectedContact[] {
  const node = root as Node;
  return node.nodeType === 9 ? contacts : contacts.filter((c) => node === c.anchor || node.contains(c.anchor));
}

/**
 * What a detection under `root` reports of one message's sender and signature: everyone, when
 * root holds the message's body or lies inside it — the sender then comes with what the
 * signature adds (phone, company) although their header is outside root. Pages are handed over
 * in pieces: a webmail renders a body after its header, and a browser's parser may add the body
 * in a later batch (Firefox does on a cold load). Reported only inside root, the signature would
 * be read on its own — a second button, on the sender's own sign-off — and the sender's button
 * would never learn their company. Elsewhere, only the people seen inside root.
 */
export function signedWithin(root: ParentNode, body: Element, contacts: DetectedContact[]): DetectedContact[] {
  const node = root as Node;
  if (node.nodeType === 9 || node === body || node.contains(body) || body.contains(node)) return contacts;
  return within(root, contacts);
}

/** Longest message text handed to the classifier. */
export const MAX_MESSAGE_TEXT = 4_000;

/** The body text of the message holding anchor (or the row's text in a list), bounded. */
export function messageTextOf(anchor: Element, message: string, body: string, row?: string): string | null {
  const container = closestOf(anchor, message);
  const bodyEl = container ? queryOne(container, body) : closestOf(anchor, body);
  const el = bodyEl ?? (row ? closestOf(anchor, row) : null);
  return el ? textOf(el, MAX_MESSAGE_TEXT) || null : null;
}
