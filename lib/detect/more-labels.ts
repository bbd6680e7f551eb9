// Field labels the record kit (record-kit.js) and the CLI read, not the content scripts' own
// field reading (their budget): Italian, as a Zoho Canvas view or any CRM in Italian writes them
// (in text, or in an icon's title: ./generic/icon-fields.ts).
import { moreLabels } from './field-labels';

export function readMoreLabels(): void {
  moreLabels.name = /^(nome completo|nome contatto|nominativo)$/i;
  moreLabels.email = /^(posta elettronica|indirizzo e-?mail)$/i;
  moreLabels.phone = /^(cellulare|telefono (?:cellulare|ufficio))$/i;
  moreLabels.company = /^(azienda|nome (?:account|azienda)|ragione sociale)$/i;
}
