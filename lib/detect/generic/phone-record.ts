// A record page with phones and no address field ("Phone", "Mobile", no "Email"): its person is
// the one the page names. Its own module, a reader part of ./fields.ts: the CRM script and the
// CLI have it, and mail.js (custom sites) in its record kit (lib/content/records-loader.ts).

import { makeContact } from '../contact';
import type { DetectedContact } from '../types';
import type { Pair } from './fields';
import { recordNameOf } from './record-name';

/** Fields in a list's rows and cells belong to the people of that list, not to the record. */
const IN_LIST = 'tr, li, [role="row"], [role="listitem"]';

/**
 * A record with a phone and no address ("Phone", "Mobile" and no "Email" field): the person the
 * page names (its heading, its title) with the first phone and the company field — so that its
 * numbers are that person's, never a nameless contact's or the name of the record's owner field
 * beside them.
 */
export function phoneRecord(pairs: readonly Pair[], doc: Document | null): DetectedContact[] {
  const own = pairs.filter((p) => !p.at.closest(IN_LIST));
  const phone = own.find((p) => p.kind === 'phone');
  const name = phone && doc ? recordNameOf(doc) : null;
  if (!phone || !name) return [];
  return [makeContact({ name, phone: phone.value, company: own.find((p) => p.kind === 'company')?.value ?? null }, 'record', phone.at)];
}
