// Addresses and phone numbers written in a page's visible text. Bounded: a walk over text nodes
// (never innerText on a huge root), script/style/code/pre/textarea/noscript skipped.

import { makeContact } from '../contact';
import { walkText, type TextBudget, DEFAULT_TEXT_BUDGET } from '../dom';
import { findEmails } from '../email-scan';
import { findPhones } from '../phone-scan';
import type { DetectedContact } from '../types';

const MAX_FINDS = 300;

/** Editable regions hold what the user is typing, not people on the page. */
function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v === '' || v === 'true' || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

export function detectText(root: ParentNode, budget: TextBudget = DEFAULT_TEXT_BUDGET): DetectedContact[] {
  const out: DetectedContact[] = [];
  walkText(root as Node, (text, parent) => {
    if (out.length >= MAX_FINDS) return;
    if (text.indexOf('@') >= 0) {
      for (const hit of findEmails(text, 20)) out.push(makeContact({ email: hit.email }, 'mentioned', parent));
    }
    if (/\d{3}/.test(text)) {
      for (const hit of findPhones(text, false, 10)) out.push(makeContact({ phone: hit.raw }, 'mentioned', parent));
    }
  }, budget, isEditable);
  return out;
}
