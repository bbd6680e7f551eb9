// Column headings of tables of people in the languages the shared field labels
// (lib/detect/field-labels.ts, carried inline by every CRM script) leave out: read by the tables
// reader only (./tables.ts), which comes with the record kit, so no content script grows. A
// heading names the column's kind whole: "会社の所有者" (company owner), "登録者" (enrolled by),
// "Sender" are users of the CRM, never a column of companies.

import { fieldOfLabel, type FieldKind } from '../field-labels';

const MORE: Partial<Record<FieldKind, RegExp>> = {
  company: /^(会社名?|企業名?|取引先|所属(?:会社)?|회사(?: ?이름|명)?|소속|기업명?|公司名稱|組織(?:名稱?)?|企业名称|单位名称|azienda|nome azienda|società|ragione sociale|organizzazione|organización|nombre de la organización|compañía|organização|nome da empresa|companhia|firmenname|nom de la société|nom de l'organisation|חברה|שם (?:ה)?חברה|ארגון|الشركة|اسم الشركة|المؤسسة|الجهة)$/i,
  email: /^(メールアドレス|eメール|e-?mail ?アドレス|이메일(?: 주소)?|電子郵件|電郵|indirizzo e-?mail|endereço de e-?mail|adresse e-?mail|dirección de correo(?: electrónico)?|דוא"?ל|אימייל|البريد(?: الإلكتروني)?)$/i,
  // Names only (and HubSpot's ja word for its contacts, コンタクト): a "担当者" column is the rep in
  // charge, and 連絡先 / 연락처 alone are a person's contact details, not the person
  // (연락처 이름, "contact name", is the name).
  name: /^(名前|氏名|コンタクト(?:名)?|이름|성명|연락처 ?(?:이름|명)|고객 ?(?:이름|명)|nome (?:do |da |del )?cont(?:ato|atto)|nome|nome completo|nom complet|שם|שם מלא|الاسم)$/i,
};

/** The field a table's column heading names: the shared labels first, then MORE. Sort arrows and
 *  other marks after the words ("会社名 ▾", "Company ↑") are not part of the heading. */
export function columnOf(text: string): FieldKind | null {
  const label = text.replace(/[^\p{L}\p{N})）"']+$/u, '').trim();
  const kind = fieldOfLabel(label);
  if (kind || !label || label.length > 30) return kind;
  for (const [k, re] of Object.entries(MORE) as [FieldKind, RegExp][]) if (re.test(label)) return k;
  return null;
}
