// Gmail's print view (`view=pt`): a plain page with none of the app's chrome — no account button,
// a title without the address, no `span[email]` persons. The signed-in account is the line at the
// top right beside the logo, above the thread ("Name <address>"), and the rep turns up again in
// the messages' To / 收件者 lines. Only that top line says who the rep is.

import { makeContact } from '../contact';
import { comesBefore, queryAll, textOf, walkText } from '../dom';
import { findEmails, splitNameAndEmail } from '../email-scan';
import { roleFromLeadingLabel } from '../labels';
import type { DetectedContact } from '../types';

/** True on a print view's address (the view parameter survives every redesign of the markup). */
export function isPrintView(url: URL): boolean {
  return url.searchParams.get('view') === 'pt';
}

/**
 * The account line's address: the one address written above the thread — before the first rule
 * (<hr>) under the subject, or, a build without rules, before the subject's own text (the title
 * less "Gmail - "). Null when that part of the page shows no address or several.
 */
export function printViewSelf(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const rule = body.querySelector('hr');
  const subject = (doc.title ?? '').replace(/^\s*gmail\s*[-–—:]\s*/i, '').trim();
  let above = '';
  let done = false;
  walkText(body, (text, parent) => {
    if (done) return;
    if (rule && comesBefore(rule, parent)) done = true;
    else if (!rule && subject && text.includes(subject)) done = true;
    else above += ` ${text}`;
  }, { maxNodes: 400, maxChars: 4_000 });
  if (!done) return null;
  const found = new Set(findEmails(above, 3).map((hit) => hit.email));
  return found.size === 1 ? [...found][0]! : null;
}

/** A message's sender: the first cell of the row right above its To / 收件者 line ("Name <address>"
 *  beside the date). The print view has no From label, so nothing else says who wrote it. */
export function printViewSenders(root: ParentNode): DetectedContact[] {
  return queryAll(root, 'tr').flatMap((row) => {
    const next = row.nextElementSibling;
    const cell = row.firstElementChild;
    if (!next || !cell || roleFromLeadingLabel(textOf(next, 40)) !== 'recipient') return [];
    const { name, email } = splitNameAndEmail(textOf(cell, 300));
    return email ? [makeContact({ name, email }, 'sender', cell)] : [];
  });
}
