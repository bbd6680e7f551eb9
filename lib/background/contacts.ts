// Turns a contact as a page described it into the stored form: email lower-cased (already
// done by the schema), phone in E.164 through libphonenumber-js (too big for content scripts,
// so it runs here), names and companies trimmed.
import type { ContactInput } from '../model';
import type { NormalContact } from '../db';
import { defaultCountryFrom, normalisePhone, numberAsName } from '../detect/phone';
import { hintsFor } from '../detect/phone-hints';

export function normaliseContact(input: ContactInput, locale: string): NormalContact | undefined {
  input = numberAsName(input);
  // The writer's country from the text around their number (a click sends it), else the hints
  // sent as they are; the browser's country last.
  const hints = input.phoneBlock ? hintsFor(input.phone, input.email, input.phoneBlock) : input.phoneHints;
  // A number kept as written (a mobile's shape several countries share) is not E.164: the store
  // holds none of it rather than a guessed country.
  const read = input.phone ? normalisePhone(input.phone, defaultCountryFrom(locale), hints) : null;
  const phone = read?.startsWith('+') ? read : null;
  const contact: NormalContact = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(phone ? { phone } : {}),
    ...(input.company ? { company: input.company } : {}),
  };
  return contact.email || contact.phone || contact.name ? contact : undefined;
}
