// Fields labelled by an icon instead of a word (Zoho CRM's Canvas record views, a card of icons in
// any CRM an org designs): an <i>, <svg>, <img> or empty <span> that names its field only in
// aria-label, title, alt or a data-* attribute, beside its value. The record kit's and the CLI's
// reading (./records.ts), as ./rare-fields.ts.

import { attr, queryAll } from '../dom';
import { fieldOfLabel } from '../field-labels';
import { type Pair, readValue } from './fields';

/** Elements that label by an attribute: icons, and empty spans standing in for them. */
const ICONS = 'i[title], i[aria-label], i[data-label], svg[aria-label], svg[title], img[alt], span[aria-label], span[title], span[data-label], [role="img"][aria-label]';
const MAX_ICONS = 2_000;

/** The field an icon names: its accessible name, tooltip, alternative text or data label. */
function iconLabel(icon: Element): string {
  return attr(icon, 'aria-label') ?? attr(icon, 'title') ?? attr(icon, 'alt') ?? attr(icon, 'data-label') ?? '';
}

/** One pair per icon that names a field and is followed by its value (the next element). An icon
 *  with text of its own is a labelled control (a button "Email" with a tooltip), not a bare icon. */
export function iconPairs(root: ParentNode): Pair[] {
  const pairs: Pair[] = [];
  for (const icon of queryAll(root, ICONS).slice(0, MAX_ICONS)) {
    if (icon.tagName.toLowerCase() !== 'svg' && icon.textContent?.trim()) continue;
    const kind = fieldOfLabel(iconLabel(icon));
    const valueEl = icon.nextElementSibling;
    if (!kind || kind === 'first' || kind === 'last' || !valueEl || !valueEl.textContent?.trim()) continue;
    const value = readValue(kind, valueEl);
    if (value) pairs.push({ kind, value, at: valueEl });
  }
  return pairs;
}
