// Gmail's print view (`view=pt`): a plain page with none of the app's chrome — no account button,
// a title without the address, no `span[email]` persons. The signed-in account is the line at the
// top right beside the logo, above the thread ("Name <address>"), and the rep turns up again in
// the messages' To / 收件者 lines. Only that top line says who the rep is.

import { comesBefore, walkText } from '../dom';
import { findEmails } from '../email-scan';

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
  const rule = doc.querySelector('hr');
  const subject = doc.title.replace(/^\s*gmail\s*[-–—:]\s*/i, '').trim();
  let above = '';
  let done = false;
  walkText(doc.body ?? doc, (text, parent) => {
    done ||= rule ? comesBefore(rule, parent) : !!subject && text.includes(subject);
    if (!done) above += ` ${text}`;
  }, { maxNodes: 400, maxChars: 4_000 });
  const found = new Set(findEmails(above, 3).map((hit) => hit.email));
  return done && found.size === 1 ? [...found][0]! : null;
}

