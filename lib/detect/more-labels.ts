// Field labels the record kit (record-kit.js) and the CLI read, not the content scripts' own
// field reading (their budget): Italian (as a Zoho Canvas view or any CRM in Italian writes them,
// in text or in an icon's title: ./generic/icon-fields.ts), Korean, Portuguese, Dutch, Polish and
// Turkish, as the CRMs' record layouts label them in those languages (a company also as Pipedrive's
// "Organização" / "Organización" rows and a Nordic org's "Företag" / "Virksomhed" / "Yritys"); a people table's "Contact
// person" column in eight; Traditional Chinese phone labels.
import { moreLabels } from './field-labels';

export function readMoreLabels(): void {
  // An assistant's field ("Telefon (Assistent)", "Asst. Phone", "助理电话") is not the person's own
  // (./assistant-field.ts reads it).
  moreLabels.notOwn = /assist|asst|助理|秘[书書]/i;
  moreLabels.name = /^(naam|contact person|persona de contacto|pessoa de contato|personne de contact|contactpersoon|osoba kontaktowa|referente|kontaktperson|担当者名|담당자|nome completo|nome contatto|nominativo|nome do contato|이름|성명|연락처 이름|고객 이름|volledige naam|imię i nazwisko|ad soyad|adı soyadı)$/i;
  moreLabels.email = /^(posta elettronica|indirizzo e-?mail|이메일|전자 ?메일|e-?mailadres|adres e-?mail|e-?posta(?: adresi)?)$/i;
  moreLabels.phone = /^(行動電話|手機(?:號碼)?|電話號碼|聯絡電話|cellulare|telefono (?:cellulare|ufficio)|휴대폰|휴대 ?전화|전화(?: ?번호)?|직장 전화|telefone(?: comercial)?|telefoon(?:nummer)?|mobiel(?:e telefoon)?|telefon komórkowy|komórka|cep telefonu|iş telefonu)$/i;
  // A name kept in two fields (Dutch, Hungarian, Italian's and Polish surnames; Italian "Nome" and
  // Korean "이름" also mean a whole name, so they stay with `name`).
  moreLabels.last = /^(achternaam|vezetéknév|családnév|cognome|nazwisko)$/i;
  moreLabels.first = /^(voornaam|keresztnév|utónév|imię)$/i;
  moreLabels.company = /^(azienda|nome (?:account|azienda)|ragione sociale|계정 이름|회사(?: ?이름|명)?|거래처(?:명)?|nome da (?:conta|empresa)|bedrijf(?:snaam)?|nazwa firmy|şirket(?: adı)?|organiza[çc][ãa]o|organizaci[óo]n|organizzazione|organisatie|organizacja|företag|virksomhed|bedrift|yritys)$/i;
}
