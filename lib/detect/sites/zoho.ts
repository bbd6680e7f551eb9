// Zoho CRM (crm.zoho.com and its regional hosts .eu, .in, .com.au, .jp, .com.cn, .sa, .uk, zohocloud.ca):
// Contact and Lead detail views. Zoho names each field's value element after the field's API name
// (id="value_Email") and its newer Lyte UI adds data-zcqa hooks; both are used.

import { queryOne } from '../dom';
import type { DetectedContact, ExampleUrls, SiteAdapter } from '../types';
import { type FieldSelectors, readTitledRecord, recordContext } from './crm-record';

const HOST = /^crm\.(zoho\.(com|eu|in|com\.au|jp|com\.cn|sa|ca|uk)|zohocloud\.ca)$/;
/** /crm/<org>/tab/<Module>/<id> (Contacts, Leads, Potentials, Accounts…); org segment absent
 *  on some accounts. */
const RECORD_PATH = /^\/crm\/(?:[^/]+\/)?tab\/(\w+)\/(\d+)/;
/** The classic view: /crm/ShowEntityInfo.do?module=<Module>&id=<id>. */
const CLASSIC_PATH = /^\/crm\/ShowEntityInfo\.do$/;

/** The record's name in the detail view header: the Lyte UI's hooks, and the classic detail
 *  view's header value (headervalue_<field>), still served to orgs that never switched; builds
 *  of the classic view (zoho.com.cn) name it by the record's id column instead
 *  (<span class="dvTitleName" id="subvalue_CONTACTID">). */
const RECORD_TITLE = '[data-zcqa="dv_record_name"], #subvalue_Full_Name, .dv_info_name, #headervalue_Full_Name, #headervalue_Last_Name, .dvTitleName, #subvalue_CONTACTID, #subvalue_LEADID';

/** A field's value by its API name; the classic view's ids spell the column in upper case
 *  (subvalue_EMAIL, subvalue_ACCOUNTID). */
function fieldOf(api: string, column = api.toUpperCase()): string {
  return `[data-zcqa="detailView_${api}"], #value_${api}, #subvalue_${api}, #subvalue_${column}`;
}

/** Fields by API name (Leads have Company; Contacts have Account_Name). */
const FIELDS: FieldSelectors = {
  email: fieldOf('Email'),
  phone: `${fieldOf('Phone')}, ${fieldOf('Mobile')}`,
  company: `${fieldOf('Company')}, ${fieldOf('Account_Name', 'ACCOUNTID')}`,
};

export const EXAMPLE_URLS: ExampleUrls = {
  match: ['https://crm.zoho.com/crm/org60012345/tab/Leads/4876876000000412001', 'https://crm.zoho.eu/crm/org20077123/tab/Contacts/1234500000000123456', 'https://crm.zoho.com.cn/crm/tab/Leads/77001'],
  noMatch: ['https://www.zoho.com/crm/', 'https://crm.zoho.com.evil.example/crm/tab/Leads/1', 'https://mail.zoho.com/zm/'],
};

function recordOf(url: URL): { module: string; id: string } | null {
  const m = RECORD_PATH.exec(url.pathname);
  if (m?.[1] && m[2]) return { module: m[1], id: m[2] };
  const module = url.searchParams.get('module');
  const id = url.searchParams.get('id');
  return CLASSIC_PATH.test(url.pathname) && module && id && /^\d+$/.test(id) ? { module, id } : null;
}

/** Only a contact's or a lead's title is a person (a deal's or an account's names the record;
 *  its people are in its related lists). A page whose address we cannot read is read as one. */
function detect(root: ParentNode, url: URL): DetectedContact[] {
  const module = recordOf(url)?.module;
  return !module || /^(Contacts|Leads)$/.test(module) ? readTitledRecord(root, RECORD_TITLE, FIELDS) : [];
}

export const zohoAdapter: SiteAdapter = {
  id: 'zoho',
  matches: (url) => HOST.test(url.hostname),
  detect,
  context: (doc, url) => recordContext(doc, RECORD_TITLE, recordOf(url)?.id ?? null),
  hasAnchors: (root) => !!queryOne(root, RECORD_TITLE),
  records: true,
};
