// Dynamics 365 Sales (<org>.crm*.dynamics.com, Unified Interface): Contact and Lead forms. Every
// form control carries data-id="<attribute logical name>.fieldControl-…", the hook Microsoft's
// own EasyRepro tests use; the suffix changed between releases (text-box-text → mail-text-input),
// so both are listed.

import { attr, queryOne, textOf, valueOf } from '../dom';
import { FAMILY_FIRST_LABEL, joinName } from '../field-labels';
import type { DetectedContact, ExampleUrls, PageContext, SiteAdapter } from '../types';
import { type FieldSelectors, readTitledRecord, recordContext } from './crm-record';

/** The form header's record title. */
const RECORD_TITLE = 'h1[data-id="header_title"], [data-id="header_title"]';
const FIELDS: FieldSelectors = {
  email: '[data-id="emailaddress1.fieldControl-mail-text-input"], [data-id="emailaddress1.fieldControl-text-box-text"]',
  phone: '[data-id="telephone1.fieldControl-phone-text-input"], [data-id="mobilephone.fieldControl-phone-text-input"], [data-id="telephone1.fieldControl-text-box-text"], [data-id="mobilephone.fieldControl-text-box-text"]',
  // Contact: the Company Name lookup (parentcustomerid); Lead: the companyname text field.
  company: '[data-id="parentcustomerid.fieldControl-LookupResultsDropdown_parentcustomerid_selected_tag_text"], [data-id="companyname.fieldControl-text-box-text"]',
};
/** The name's own inputs (the composite Full Name control's parts on older forms). */
const FIRST_NAME = '[data-id="firstname.fieldControl-text-box-text"], [data-id="fullname_compositionLinkControl_firstname.fieldControl-text-box-text"]';
const LAST_NAME = '[data-id="lastname.fieldControl-text-box-text"], [data-id="fullname_compositionLinkControl_lastname.fieldControl-text-box-text"]';
/** The signed-in user's card in the top bar. */
const SELF = '#mectrl_currentAccount_secondary';

export const EXAMPLE_URLS: ExampleUrls = {
  match: [
    'https://contoso.crm.dynamics.com/main.aspx?appid=1b2c3d4e-0000-4000-8000-000000000001&pagetype=entityrecord&etn=contact&id=5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    'https://fabrikam.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=lead&id=0a1b2c3d-0000-4000-8000-00000000abcd',
  ],
  noMatch: ['https://dynamics.microsoft.com/en-us/sales/', 'https://contoso.crm.dynamics.com.evil.example/main.aspx', 'https://dynamics.com.example/'],
};

function recordOf(url: URL): { entity: string; id: string } | null {
  // Older links name the entity by its type code (etc=1 an account): no contact or lead by its
  // name, so not a person's form (the generic core still reads a contact's fields there).
  const entity = url.searchParams.get('etn') ?? url.searchParams.get('etc');
  const id = url.searchParams.get('id');
  return entity && id ? { entity, id: id.replace(/[{}]/g, '').toLowerCase() } : null;
}

/** The form title also shows the record's save state: "Dana Okafor - Saved", "- Unsaved",
 *  "- Read-only" (and the same words in the languages Dynamics ships). */
const SAVE_STATE = /\s+[-–]\s+(saved|unsaved|read[- ]only|(?:nicht )?gespeichert|schreibgeschützt|(?:non )?enregistré|lecture seule|guardado|sin guardar|(?:de )?solo lectura|(?:non )?salvato|sola lettura|salvo|não salvo|somente leitura|(?:niet )?opgeslagen|alleen-lezen|zapisano|niezapisane|(?:ikke |inte |ei )?(?:gemt|sparat|lagret|tallennettu)|skrivebeskyttet|skrivskyddad|vain luku|uloženo|kaydedildi|сохранено|已保存|未保存|只读|已儲存|未儲存|唯讀|保存済み|未保存|読み取り専用|저장됨|저장 안 됨|읽기 전용)\s*$/i;

export function recordName(title: string | null): string | null {
  return title ? title.replace(SAVE_STATE, '').trim() || null : null;
}

/** A new record's form (no id in its address) heads itself "New Contact" / "Új Kapcsolattartó":
 *  its person is named by the name inputs' values alone, in the order the labels' language
 *  writes names. */
function typedName(root: ParentNode): string | null {
  const last = queryOne(root, LAST_NAME);
  return joinName(valueOf(last), valueOf(queryOne(root, FIRST_NAME)), FAMILY_FIRST_LABEL.test(attr(last, 'aria-label') ?? ''));
}

function detect(root: ParentNode, url: URL): DetectedContact[] {
  const record = recordOf(url);
  if (record && !/^(contact|lead)$/.test(record.entity)) return [];
  return readTitledRecord(root, RECORD_TITLE, FIELDS).map((c) => ({ ...c, name: record ? recordName(c.name) : typedName(root) }));
}

function withRecordName(context: PageContext): PageContext {
  return { ...context, recordName: recordName(context.recordName) };
}

export const dynamicsAdapter: SiteAdapter = {
  id: 'dynamics',
  matches: (url) => url.hostname.endsWith('.dynamics.com'),
  detect,
  context: (doc, url) => ({
    ...withRecordName(recordContext(doc, RECORD_TITLE, recordOf(url)?.id ?? null)),
    selfEmail: textOf(queryOne(doc, SELF), 200) || null,
  }),
  hasAnchors: (root) => !!queryOne(root, RECORD_TITLE),
  records: true,
};
