// The text a national-format phone is written in, as the content script sends it with a click:
// the smallest block around one of the person's sightings that shows the number (the signature
// or field it was read from), cut to a window around it. Which country that text says the number
// is in is worked out where libphonenumber is (lib/detect/phone-hints.ts, in the background and
// the CLI): the cues (address lines of many countries, other numbers) stay out of the content
// scripts, which carry only this walk.

import { textOf } from './dom';
import type { DetectedContact } from './types';

const MAX_LEVELS = 10;
const MAX_TEXT = 16_000;
/** The window sent: enough before the number for a signature's name, title, company and address
 *  lines, and after it for its other numbers. lib/model/limits.ts MAX.phoneBlock holds it. */
export const BLOCK_BEFORE = 320;
export const BLOCK_AFTER = 240;

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The window of text around `contact`'s phone in their own block, or null (no phone, one with
 *  its own "+", or not on the page as written). */
export function phoneBlock(contact: DetectedContact): string | null {
  const phone = contact.phone?.trim();
  if (!phone || phone.startsWith('+')) return null;
  const wanted = squash(phone).slice(0, 40);
  try {
    for (const at of [contact.anchor, ...(contact.elsewhere ?? [])]) {
      let el: Element | null = at;
      for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
        // Text nodes joined by spaces: "…NSW 2000<br>Ph: …" keeps its lines apart.
        const text = textOf(el, MAX_TEXT);
        const index = text.indexOf(wanted);
        // A number alone in its element (a directory card's "phone" line) says nothing of its
        // country: its card around it does (the address line).
        if (index >= 0 && (text.length > wanted.length + 24 || level > 2)) return text.slice(Math.max(0, index - BLOCK_BEFORE), index + wanted.length + BLOCK_AFTER);
      }
    }
  } catch {
    // A page that cannot be walked gives no block; the number is read in the browser's country.
  }
  return null;
}
