// The open email's body in a reading pane (Outlook), on any build: the first element the site
// marks as a body that is not the subject heading's (Outlook puts its text-selection class on the
// heading too, so a marker alone can name the heading), else — a build that marks none (a plain-text email in hashed-class divs) — the
// element with the most text below the subject heading that holds neither the heading nor any
// part of the header (the sender's card, the To / Cc lines, the time): the body's outer wrapper.
// The pane never holds the message list (see the adapters' `open.pane`).

import { comesBefore, queryAll, queryOne, textLength } from '../dom';

const MAX_ELEMENTS = 3_000;

/** `marked` in tiers, most specific first (a site's body markers, then the document the mail is
 *  rendered in): the first tier with a match that is not the heading's wins. */
export function paneBody(pane: Element, marked: string | readonly string[], header?: string, heading?: string): Element | null {
  const top = heading ? queryOne(pane, heading) : null;
  const notHeading = (el: Element) => !top || !(el.contains(top) || top.contains(el));
  for (const tier of typeof marked === 'string' ? [marked] : marked) {
    const body = queryAll(pane, tier).find(notHeading);
    if (body) return body;
  }
  if (!header) return null;
  let best: Element | null = null;
  let most = 0;
  for (const el of queryAll(pane, '*').slice(0, MAX_ELEMENTS)) {
    if ((top && (el.contains(top) || !comesBefore(top, el))) || el.matches(header) || queryOne(el, header)) continue;
    const n = textLength(el, 20_000);
    if (n > most) [best, most] = [el, n];
  }
  return best;
}
