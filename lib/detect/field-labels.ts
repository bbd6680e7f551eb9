// What CRMs and contact pages call a person's fields, in the languages reps use. Shared by the
// generic core's label/value and table readers (lib/detect/generic/fields.ts, tables.ts).

/** 'last' and 'first': a name kept in two fields (姓 / 名, Last Name / First Name, Nom / Prénom). */
export type FieldKind = 'name' | 'email' | 'phone' | 'company' | 'last' | 'first';

// Surname and given name come first: "Nom" beside "Prénom" is a surname (alone, it still names
// the person: detectFields takes a lone surname field as the name).
const LABELS: Record<FieldKind, RegExp> = {
  last: /^(last name|surname|姓|nom|nachname|apellidos?)$/i,
  first: /^(first name|名|prénom|vorname)$/i,
  name: /^(name|full name|nombre completo|contact|contact name|person|primary contact|全名|主要联系人|ansprechpartner(in)?|contacto|姓名|联系人|联系人姓名|名字|客户姓名|nom|nombre|vollständiger name|kontaktname|nom du contact|nombre del contacto|氏名|連絡先名|requester|requestor|requested by|submitter|请求人|提交人|申请人)$/i,
  email: /^((contact )?e-?mail|e-?mail address|work e-?mail|primary e-?mail|邮箱|电子邮件|电子邮箱|邮件地址|邮箱地址|courriel|correo( electrónico)?|e-?mail-adresse|メール)$/i,
  phone: /^((contact )?(phone|mobile)|mobile phone|cell|cell phone|telephone|tel|work phone|office phone|direct|direct line|business phone|(?:商务|移动|住宅|办公|工作)?电话(?:号码)?|手机|手机号|手机号码|座机|联系电话|办公电话|telefon[eo]?|handy|mobil(?:telefon)?|téléphone|portable|teléfono(?: del trabajo)?|móvil|celular|numéro de téléphone|número de teléfono|telefonnummer|電話(?:番号)?|携帯(?:電話)?)( number)?$/i,
  company: /^(company|company name|组织(?:名称)?|(customer|client|kunden?)( name)?|cliente|account|account name|organization|organisation|organization name|employer|公司|公司名称|单位|所属公司|客户名称?|firma|unternehmen|société|entreprise|empresa|nom de l'entreprise|nombre de (la )?(cuenta|empresa)|客户|accountname|kontoname|nom du compte|nom de compte|取引先名|会社名?)$/i,
};

/** Labels of more languages that the record kit and the CLI read (./more-labels.ts), not the
 *  content scripts' own field reading (their budget); `notOwn`: a field's labels that say it is
 *  not the person's own. */
export const moreLabels: Partial<Record<FieldKind | 'notOwn', RegExp>> = {};

/** The field a label names ("Email", "手机：", "Account Name *"), or null. */
export function fieldOfLabel(text: string): FieldKind | null {
  // A qualifier in brackets names which of the kind it is: "Telefon (geschäftlich)", "Phone (work)".
  // A required field's asterisk may come first ("*Nachname": Salesforce's <abbr> before the label).
  const label = text.replace(/^[\s*]+|[\s:：*]+$/gu, '').replace(/\s*[(（][^()（）]{1,20}[)）]$/u, '');
  if (!label || label.length > 30 || moreLabels.notOwn?.test(text)) return null;
  for (const kind of Object.keys(LABELS) as FieldKind[]) if (LABELS[kind].test(label) || moreLabels[kind]?.test(label)) return kind;
  return null;
}

/** Labels of a language that writes the family name first whatever the script (Hungarian:
 *  Vezetéknév / Keresztnév, "Kovács Eszter"). */
export const FAMILY_FIRST_LABEL = /^(vezetéknév|családnév|keresztnév|utónév)$/i;

/** A name kept in two fields, whole: surname first where names are written so (Chinese, Japanese,
 *  Korean, or `familyFirst`: the fields' labels are Hungarian), given name first elsewhere; a lone
 *  surname is the name shown. */
export function joinName(last: string | null | undefined, first: string | null | undefined, familyFirst = false): string | null {
  if (!last || !first) return last || null;
  return familyFirst || /[\u3040-\u9fff\uac00-\ud7af]/.test(last) ? `${last} ${first}` : `${first} ${last}`;
}

