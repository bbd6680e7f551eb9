// Form inputs that carry their own label in aria-label: a Dynamics form whose visible labels
// stand in a column of their own, a quick-create panel. Read by the record kit and the CLI
// (./records.ts passes it to ./fields.ts), not by the CRM scripts' own Account-field reading.

import { queryAll } from '../dom';
import { fieldOfLabel } from '../field-labels';
import { readValue, type Pair } from './fields';

/** Inputs named only by their aria-label (a Dynamics form whose visible labels sit in a column
 *  of their own, not beside the controls): "Voornaam", "Achternaam", "E-mail", "Mobiltelefon".
 *  Their value, never a placeholder; never a password or search box (what the rep typed, not a
 *  field of the record); never a lone "Name" input (a list's filter box says so too). */
export function ariaPairs(root: ParentNode): Pair[] {
  const pairs: Pair[] = [];
  for (const input of queryAll(root, 'input[aria-label]:not([type=password],[type=search])').slice(0, 200)) {
    const label = input.getAttribute('aria-label') ?? '';
    const kind = fieldOfLabel(label);
    if (!kind || kind === 'name') continue;
    const value = readValue(kind, input);
    if (value && value.length <= 80) pairs.push({ kind, value, at: input, label });
  }
  return pairs;
}
