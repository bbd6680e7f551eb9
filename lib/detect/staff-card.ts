// A staff card with no address and no heading element: its person's name on its first line, a job
// title on the next and the number after it, in one element or in the lines of its parent
// ("<strong>Anna Nowak</strong><br>Kierownik sprzedaży<br>tel.: 22 123 45 67", "<p>王海</p>
// <p>销售总监</p><p>电话：…</p>"). The card's number is that person's (./phone-mention.ts, in the
// mention kit and the CLI). A message's body is no card: its first line is a greeting or text, and
// a block written after its sentences is a signature, read as one (./signature.ts).

import { fieldOfLabel } from './field-labels';
import { linesOf } from './dom';
import { hasJobTitle } from './job-titles';
import { looksLikeName } from './signature';
import type { DetectedContact } from './types';

/** Lines a card holds at most: more is a page's text, not a card. */
const CARD_LINES = 6;

/** The name a small card gives `lone`'s number ("Name / title / number"), or null. */
export function staffCardName(lone: DetectedContact): string | null {
  for (let el: Element | null = lone.anchor, level = 0; el && level < 2; el = el.parentElement, level++) {
    const lines = linesOf(el, { maxNodes: 200, maxChars: 2_000 });
    if (lines.length > CARD_LINES) return null;
    const at = lines.findIndex((l) => l.text.includes(lone.phone!));
    // The name opens the card, its title follows, the number's line comes next.
    if (at !== 2) continue;
    const [name, title] = [lines[0]!.text, lines[1]!.text];
    if (!/\s|\p{Script=Han}/u.test(name) || !looksLikeName(name) || fieldOfLabel(name) || !hasJobTitle(title) || /\d|@/.test(title)) return null;
    return name;
  }
  return null;
}
