// A message list's row shows the start of its email, and a short email shows whole, signature
// included: "… Thanks, Rachel Ng, Practice Manager, +1 (206) 555-0117". The generic core leaves a
// row's text alone (addresses in a preview are snippets, not people), so a number signed there
// would be lost; it is the row's sender's when the sentence it closes names that sender. The
// Gmail adapter reads its rows' people with it (its inbox rows show a preview); the mail script
// (QQ Mail, NetEase, custom sites) has no room for it under its size budget.

import { walkText } from './dom';
import { findPhones, MAY_HOLD_PHONE } from './phone-scan';
import type { DetectedContact } from './types';

/** Characters of a row read for a signed number: a preview is short. */
const MAX_ROW_TEXT = 1_000;

/** Gives each list row's sender the number their own sign-off in the row's preview ends with (one
 *  person per number: the row's first sender whose name the number's sentence holds). */
export function withSignedRowPhones(contacts: DetectedContact[]): DetectedContact[] {
  const taken = new Set<string>();
  /** Per row: whether its text holds a run shaped like a number findPhones takes (a digit, 5–24
   *  digits or separators, a digit). Most rows have none — a date, a time, a count, an order or
   *  invoice number ('PO 88412', 'INV-2291'), a year — and then no sender of theirs needs the walk
   *  below: one native read of the row's text tells, each row once however many senders. */
  const digits = new Map<Element, boolean>();
  for (const c of contacts) {
    if (c.role !== 'sender' || !c.row || c.phone || !c.name) continue;
    let hasDigits = digits.get(c.row);
    if (hasDigits === undefined) digits.set(c.row, (hasDigits = MAY_HOLD_PHONE.test(c.row.textContent ?? '')));
    if (!hasDigits) continue;
    const names = c.name.toLowerCase().split(/[^\p{L}]+/u).filter((t) => t.length > 1);
    // Each text of the row on its own: the preview, not the date cell after it.
    walkText(c.row, (text) => {
      if (c.phone || !/\d{3}/.test(text)) return;
      for (const hit of findPhones(text, false, 3)) {
        // The words since the last sentence's end: "Thanks, Rachel Ng, Practice Manager, ".
        const signed = text.slice(Math.max(0, hit.index - 80), hit.index).split(/[.!?。！？]\s/).pop()!.toLowerCase();
        const key = `${hit.raw}\u0000${text}`;
        if (taken.has(key) || !names.some((n) => signed.includes(n))) continue;
        taken.add(key);
        c.phone = hit.raw;
        return;
      }
    }, { maxNodes: 200, maxChars: MAX_ROW_TEXT });
  }
  return contacts;
}
