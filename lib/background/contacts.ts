// Turns a contact as a page described it into the stored form: email lower-cased (already
// done by the schema), phone in E.164 through libphonenumber-js (too big for content scripts,
// so it runs here), names and companies trimmed.
import type { ContactInput } from '../model';
import type { NormalContact } from '../db';
import { defaultCountryFrom, normalisePhone } from '../detect/phone';

export function normaliseContact(input: ContactInput, locale: string): NormalContact | undefined {
  const phone = input.phone ? normalisePhone(input.phone, defaultCountryFrom(locale), input.phoneHints) : null;
  const contact: NormalContact = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(phone ? { phone } : {}),
    ...(input.company ? { company: input.company } : {}),
  };
  return contact.email || contact.phone || contact.name ? contact : undefined;
}
