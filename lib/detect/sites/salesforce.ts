// Salesforce Lightning (*.lightning.force.com): Contact and Lead records, an Account's Contacts
// related list, an Opportunity's Contact Roles. Lightning stamps every field wrapper with
// data-target-selection-name="sfdc:RecordField.<Object>.<Field>" — tied to the field's API name,
// not to the layout, label language or CSS — so that leads; field-label= on
// records-record-layout-item (pre-2020 layouts) sits beside it. Salesforce Classic (*.my.salesforce.com,
// instance hosts such as na85.salesforce.com) shows a record as td.labelCol / td.dataCol pairs in
// table.detailList, labelled in the org's language, and its related lists are plain tables with a
// header row: the generic core reads both (lib/detect/generic/fields.ts, tables.ts); the adapter
// adds the site, the record's id and an account's name for its people.

import { safely } from '../contact';
import { attr, closestOf, HIDDEN, queryAll, queryOne, textOf } from '../dom';
import { lineTests } from '../signature';
import type { DetectedContact, ExampleUrls, SiteAdapter } from '../types';
import { type FieldSelectors, readRecord, readRows, readText, recordContext } from './crm-record';

/** /lightning/r/<Object>/<18-char id>/view */
const RECORD_PATH = /^\/lightning\/r\/(Contact|Lead|Account|Opportunity|Case)\/([a-zA-Z0-9]{15,18})\//;
/** Classic: /<id>, the object told by the id's key prefix (003 Contact, 00Q Lead, 001 Account,
 *  006 Opportunity) — the page's own words for it are in the org's language. */
const CLASSIC_PATH = /^\/(00[136Q])([a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)(?:[/?]|$)/;
const CLASSIC_OBJECT: Record<string, string> = { '003': 'Contact', '00Q': 'Lead', '001': 'Account', '006': 'Opportunity' };
/** Classic hosts: the org's My Domain, or a bare instance (na85, eu12, cs42). */
const CLASSIC_HOST = /(\.my\.salesforce\.com|^[a-z]{2,3}\d{1,3}\.salesforce\.com)$/;

/** Record title in the highlights panel (slot primaryField), older builds: .slds-page-header__title. */
const RECORD_TITLE = 'records-highlights2 h1 [slot="primaryField"], records-highlights2 h1, records-lwc-highlights-panel h1, h1 .slds-page-header__title, h1.slds-page-header__title, .bPageTitle h2.pageDescription';
/** The name inside the title: Lightning renders the object's label ("Contact", "潜在客户",
 *  "Kontakt": the org's language) in the same h1, before the name's slot. */
const TITLE_NAME = 'slot[name="primaryField"], [slot="primaryField"], lightning-formatted-name';
/** The highlights panel (records-highlights2; the LWC panel of newer builds) shows the compact
 *  layout's fields before any Details tab is opened. Its blocks are labelled in the org's language,
 *  so they are read by their components: the email, the phone, and an Account lookup link. */
const HIGHLIGHTS = ['records-highlights2', 'records-lwc-highlights-panel'];
const inHighlights = (inner: string) => HIGHLIGHTS.map((h) => `${h} ${inner}`).join(', ');
const HIGHLIGHTS_EMAIL = `${inHighlights('lightning-formatted-email')}, ${inHighlights('a[href^="mailto:"]')}`;
const HIGHLIGHTS_PHONE = inHighlights('lightning-formatted-phone');
/** An Account lookup, in the highlights panel or a layout item (labels in any language). */
const ACCOUNT_LINK = `${inHighlights('a[href*="/r/Account/"]')}, ${inHighlights('a[href*="/r/001"]')}, records-record-layout-item a[href*="/r/Account/"]`;

/** The value element of one record field: the lightning-formatted-* (or lookup link) inside the
 *  field's wrapper — the wrapper itself also holds the label text. */
const FIELD_VALUES = ['lightning-formatted-email', 'lightning-formatted-phone', 'lightning-formatted-name', 'lightning-formatted-text', 'force-lookup', 'records-hoverable-link'];

function fieldOf(object: string, name: string, label: string): string {
  const wrapper = `[data-target-selection-name="sfdc:RecordField.${object}.${name}"]`;
  // Layout items (pre-2020 builds) hold the value in the control beside the label, whether or not
  // a static wrapper sits inside it.
  return [...FIELD_VALUES.map((v) => `${wrapper} ${v}`), `records-record-layout-item[field-label="${label}"] .slds-form-element__control`].join(', ');
}

/** The fields of a record's own person, by its object: a Contact's or a Lead's own (Name, Email,
 *  Phone/Mobile, Account or Company), a Case's contact's (the Contact Name lookup beside Contact
 *  Email / Phone: the title is the case number; the Case Owner beside them is the rep). `c`: the
 *  Case's prefix on its contact's API names and labels. */
function personFields(object: string, company: string, companyLabel: string, c = ''): FieldSelectors {
  const of = (name: string, label: string) => fieldOf(object, c + name, c ? `Contact ${label}` : label);
  return {
    name: c ? fieldOf(object, 'ContactId', 'Contact Name') : of('Name', 'Name'),
    email: c ? of('Email', 'Email') : `${of('Email', 'Email')}, ${HIGHLIGHTS_EMAIL}`,
    phone: `${of('Phone', 'Phone')}, ${of(c ? 'Mobile' : 'MobilePhone', 'Mobile')}, ${HIGHLIGHTS_PHONE}`,
    company: fieldOf(object, company, companyLabel) + (company === 'AccountId' ? `, ${ACCOUNT_LINK}` : ''),
  };
}
const PERSON_FIELDS: Record<string, FieldSelectors> = {
  Contact: personFields('Contact', 'AccountId', 'Account Name'),
  Lead: personFields('Lead', 'Company', 'Company'),
  Case: personFields('Case', 'AccountId', 'Account Name', 'Contact'),
};
/** The Opportunity's account, the company of its contact roles. */
const OPPORTUNITY_ACCOUNT = fieldOf('Opportunity', 'AccountId', 'Account Name');

/** Related lists about people: the Account's "Contacts", the Opportunity's "Contact Roles"
 *  (article aria-label, localised labels included), each a lightning-datatable. */
const PEOPLE_RELATED_LIST = 'article[aria-label="Contacts"], article[aria-label="Contact Roles"], article[aria-label="联系人"], article[aria-label="联系人角色"], lst-related-list-single-container[data-list-api-name="Contacts"], lst-related-list-single-container[data-list-api-name="OpportunityContactRoles"]';
const RELATED_ROW = 'tbody tr';
/** lightning-datatable cells carry data-label = the column's header text. */
const RELATED_CELLS: FieldSelectors = {
  name: 'th[data-label="Contact Name"] a, th[data-label="Name"] a, td[data-label="Contact Name"] a, th[data-label="Contact Name"], th[data-label="Name"]',
  email: 'td[data-label="Email"]',
  phone: 'td[data-label="Phone"], td[data-label="Mobile"]',
};

/** The record's own fields: the highlights panel and the layout's items (not a related list). */
const OWN_FIELDS = `${HIGHLIGHTS.join(', ')}, records-record-layout-item, records-record-layout-section, [data-target-selection-name^="sfdc:RecordField."]`;

/** Links to User records (key prefix 005: /lightning/r/User/…, /lightning/r/005…/view, Classic's
 *  /005…): the org's own people — a record's owner, an opportunity team's member. */
const USER_LINK = 'a[href*="/User/"], a[href*="/r/005"], a[href^="/005"], a[href*=".com/005"]';

export const EXAMPLE_URLS: ExampleUrls = {
  match: [
    'https://northwind.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    'https://acme-sales.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAB/view',
    'https://acme.sandbox.lightning.force.com/lightning/r/Lead/00Q5g00000LmNoPEAV/view',
    'https://acme-sales.my.salesforce.com/0035g00000KlMnO',
    'https://eu12.salesforce.com/0015g00000AaBbC',
  ],
  noMatch: ['https://www.salesforce.com/products/', 'https://lightning.force.com.evil.example/', 'https://force.com/', 'https://help.salesforce.com/s/'],
};

function recordOf(url: URL): { object: string; id: string } | null {
  const m = RECORD_PATH.exec(url.pathname);
  if (m?.[1] && m[2]) return { object: m[1], id: m[2] };
  const c = CLASSIC_PATH.exec(url.pathname);
  return c?.[1] && c[2] ? { object: CLASSIC_OBJECT[c[1]] ?? '', id: c[1] + c[2] } : null;
}

/** The record's name from its title, without the object's label. */
function titleName(title: Element | null): string | null {
  return title ? textOf(queryOne(title, TITLE_NAME) ?? title, 200) || null : null;
}

/** A console app (Sales / Service Console) keeps every open tab's and subtab's record in the page,
 *  the inactive ones hidden: the page's record is the shown one, read in the widest part of the
 *  page around its title that holds no hidden record (a tab panel, or a subtab's wrapper inside
 *  the one panel all subtabs share). */
function shownRecord(root: ParentNode): ParentNode {
  const titles = queryAll(root, RECORD_TITLE);
  const hidden = titles.filter((t) => closestOf(t, HIDDEN));
  let box = hidden.length ? titles.find((t) => !closestOf(t, HIDDEN)) : null;
  if (!box) return root;
  while (box.parentElement && !hidden.some((h) => box!.parentElement!.contains(h))) box = box.parentElement;
  return box;
}


function detect(page: ParentNode, url: URL): DetectedContact[] {
  const record = recordOf(url);
  const out: DetectedContact[] = [];
  const root = shownRecord(page);
  const title = queryOne(root, RECORD_TITLE);
  // A Classic record's own person is read by the generic core from its labelled detail table.
  const fields = CLASSIC_PATH.test(url.pathname) ? null : PERSON_FIELDS[record?.object ?? ''];
  if (fields) {
    // A title that is an account's name (株式会社…, GmbH) names no person.
    const name = titleName(title);
    const c = safely(null, () => record!.object === 'Case' ? readRecord(root, fields, queryOne(root, fields.name!)) : readRecord(root, fields, title, name && lineTests.isCompanyLine(name) ? null : name));
    if (c) out.push(c);
  }
  // Related people: on an Account their company is the record; on an Opportunity, its account.
  const company = record?.object === 'Account' ? titleName(title) : readText(queryOne(root, OPPORTUNITY_ACCOUNT));
  for (const list of queryAll(root, PEOPLE_RELATED_LIST)) {
    out.push(...safely([], () => readRows(list, RELATED_ROW, RELATED_CELLS, company)));
  }
  return out;
}

export const salesforceAdapter: SiteAdapter = {
  id: 'salesforce',
  matches: (url) => url.hostname.endsWith('.lightning.force.com') || CLASSIC_HOST.test(url.hostname),
  detect,
  context: (doc, url) => {
    const shown = shownRecord(doc);
    const name = titleName(queryOne(shown, RECORD_TITLE)) ?? attr(queryOne(shown, 'records-highlights2'), 'title');
    const record = recordOf(url);
    // A Classic account's address names no "Account" (/001…): its people's company is its name.
    return { ...recordContext(doc, RECORD_TITLE, record?.id ?? null), recordName: name, company: record?.object === 'Account' && CLASSIC_PATH.test(url.pathname) ? name : null };
  },
  hasAnchors: (root) => !!queryOne(root, `${RECORD_TITLE}, ${PEOPLE_RELATED_LIST}`),
  records: true,
  // A name that links to a User record, anywhere on the page (the owner field, a team's tile), is
  // the org's user, not a customer; a contact row showing its owner's link keeps its person.
  // A console's hidden subtab shows another record: nobody hidden is offered on this one.
  // A number alone in the record's own fields (its second phone: Mobile beside Phone) is the
  // record person's, never a nameless contact of its own.
  offers: (doc) => {
    const users = new Set(queryAll(doc, USER_LINK).map((a) => textOf(a, 120)));
    const ownField = (c: DetectedContact) => !c.name && !c.email && !!closestOf(c.anchor, OWN_FIELDS);
    return (c) => !users.has(c.name!) && !closestOf(c.anchor, HIDDEN) && !ownField(c);
  },
};
