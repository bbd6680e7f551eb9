// mailto: and tel: links: the most explicit contact cues a page can give.

import { makeContact } from '../contact';
import { queryAll, textOf } from '../dom';
import { emailFromMailto, splitNameAndEmail } from '../email-scan';
import { findPhones, phoneFromField } from '../phone-scan';
import type { DetectedContact } from '../types';

const MAILTO_LINKS = 'a[href^="mailto:"], a[href^="MAILTO:"], a[href^="Mailto:"]';
const TEL_LINKS = 'a[href^="tel:"], a[href^="TEL:"], a[href^="Tel:"]';
const MAX_LINKS = 500;

/** Link text that is a person's name (not the address or number itself, not "Email us"). */
function nameFromLinkText(text: string): string | null {
  const { name, email } = splitNameAndEmail(text);
  if (email && !name) return null;
  if (!name || findPhones(name, true, 1).length) return null;
  if (/^(e-?mail|mail|contact|write|send|call|phone|tel|联系|邮件|电话)\b/i.test(name)) return null;
  return name.length <= 80 ? name : null;
}

export function detectLinks(root: ParentNode): DetectedContact[] {
  const out: DetectedContact[] = [];
  for (const a of queryAll(root, MAILTO_LINKS).slice(0, MAX_LINKS)) {
    const email = emailFromMailto(a.getAttribute('href') ?? '');
    if (email) out.push(makeContact({ email, name: nameFromLinkText(textOf(a, 120)) }, 'mentioned', a));
  }
  for (const a of queryAll(root, TEL_LINKS).slice(0, MAX_LINKS)) {
    const phone = phoneFromField(a.getAttribute('href'));
    if (phone) out.push(makeContact({ phone, name: nameFromLinkText(textOf(a, 120)) }, 'mentioned', a));
  }
  return out;
}
