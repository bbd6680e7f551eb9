// Shared by the webmail adapters: reading a header line's label (From / To / Cc, 发件人 / 收件人 /
// 抄送) to give a person their role, and attaching a message's signature to its sender.

import { makeContact } from './contact';
import { closestOf, queryOne, textOf, walkText } from './dom';
import type { SignatureInfo } from './signature';
import type { ContactRole, DetectedContact } from './types';

const LABEL = /(?:^|[\s,;(（、，；])(from|to|cc|bcc|发件人|收件人|发送至|抄送|密送|寄件者|收件者|副本)(?=[\s:：]|$)/gi;
// Only English and Chinese labels: short words of other languages ("de", "an") occur inside names.

function roleOfLabel(label: string): ContactRole | null {
  const l = label.toLowerCase();
  if (l === 'from' || l === '发件人' || l === '寄件者') return 'sender';
  if (l === 'cc' || l === 'bcc' || l === '抄送' || l === '密送' || l === '副本') return 'cc';
  if (l === 'to' || l === '收件人' || l === '发送至' || l === '收件者') return 'recipient';
  return null;
}

/** Role from the last label written before `person` inside `container` ("to me, Dana, cc: Lee"). */
export function roleFromLabelBefore(person: Element, container: Element): ContactRole | null {
  let before = '';
  let reached = false;
  walkText(container, (text, parent) => {
    if (reached) return;
    if (parent === person || person.contains(parent)) {
      reached = true;
      return;
    }
    before = (before + ' ' + text).slice(-400);
  }, { maxNodes: 2_000, maxChars: 20_000 });
  let role: ContactRole | null = null;
  for (const m of before.matchAll(LABEL)) role = roleOfLabel(m[1] ?? '') ?? role;
  return role;
}

/** Role from an aria-label such as "To: Alex Rep; Dana Okafor" or "Cc" on a recipients well. */
export function roleFromAriaLabel(label: string | null): ContactRole | null {
  if (!label) return null;
  const m = /^\s*(from|to|cc|bcc|发件人|收件人|抄送|密送)\b/i.exec(label) ?? /^\s*(发件人|收件人|抄送|密送)/.exec(label);
  return m ? roleOfLabel(m[1] ?? '') : null;
}

function tokens(name: string | null): string[] {
  return name ? name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
}

/** True when a signature's name is the sender's ("Priya" signs for "Priya Raman"). */
export function sameName(a: string | null, b: string | null): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.every((t) => long.includes(t))) return true;
  // CJK names have no spaces: compare the strings themselves.
  return (a ?? '').replace(/\s/g, '') === (b ?? '').replace(/\s/g, '');
}

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

/** Longest message text handed to the classifier. */
export const MAX_MESSAGE_TEXT = 4_000;

/** The body text of the message holding anchor (or the row's text in a list), bounded. */
export function messageTextOf(anchor: Element, message: string, body: string, row?: string): string | null {
  const container = closestOf(anchor, message);
  const bodyEl = container ? queryOne(container, body) : closestOf(anchor, body);
  const el = bodyEl ?? (row ? closestOf(anchor, row) : null);
  return el ? textOf(el, MAX_MESSAGE_TEXT) || null : null;
}
