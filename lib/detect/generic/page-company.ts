// The company a record page or a company's own page is about, given to the people on it who have
// none (issue 14, kinds 6 and 7). On a CRM record: the company the adapter names (a company
// record's own name, a deal's account field), else the record person's company, else — on an
// account or organisation record — its title; it goes to the record's related people (a deal's
// contact roles, an account's contacts, a subgrid). On a page no adapter knows: og:site_name, to
// the people at the page's own domain (a company's contact page). Never to an address at another
// organisation than the people already known at that company (a list of other companies' people).

import { attr, queryOne, textOf } from '../dom';
import type { DetectorParts } from '../detector';
import type { DetectedContact, PageContext, SiteId } from '../types';
import { pairsIn } from './fields';

/** An account / organisation / company record's address (Salesforce, Pipedrive, Zoho, Dynamics:
 *  its older links name the entity by type code, etc=1). */
const COMPANY_RECORD = /\b(accounts?|organi[sz]ations?|compan(y|ies)|etc=1)\b/i;

/** The organisation part of an address or host: "brightwater-logistics" in h@brightwater-logistics.de. */
const orgOf = (at?: string | null) => at?.toLowerCase().split(/[@.]/).slice(1, -1).filter((l) => !/^(com|net|org|co|ac|gov|edu|www)$/.test(l)).pop();

/** A field outside its related lists' rows (./fields.ts): items, grid rows, rows under a table's
 *  column headers. A row of a table without them is a record's field (Classic's and Zoho's classic
 *  detail tables: label cells beside value cells); so is an item that holds its label and value
 *  alone, in no other item (a record header's detail blocks: Salesforce's highlights panel, its
 *  "Company" / "Empresa" / "公司" over a Lead's company, in the org's language). */
const ownField = (at: Element): boolean => {
  const row = at.closest('li,[role=row],thead,thead~* tr');
  return !row || (row.tagName == 'LI' && row.childElementCount < 3 && !row.matches('li li'));
};

/** The record's own Account / Company field (ownField). */
export const accountField = (doc: Document): string | undefined => pairsIn(doc).find((p) => p.kind === 'company' && ownField(p.at))?.value;

/** The company part without a record's account field: the mail scripts', whose account field
 *  reader comes with their record kit's company part (lib/content/records-loader.ts), like the
 *  labelled fields themselves. */
export const pageCompany: NonNullable<DetectorParts['company']> = (contacts, doc, url, context, site) => withCompany(contacts, doc, url, context, site);

export const withPageCompany: NonNullable<DetectorParts['company']> = (contacts, doc, url, context, site) => withCompany(contacts, doc, url, context, site, accountField);

function withCompany(contacts: DetectedContact[], doc: Document, url: URL, context: PageContext, site: SiteId, account?: (doc: Document) => string | undefined): DetectedContact[] {
  const generic = site === 'generic';
  const company = generic
    ? attr(queryOne(doc, 'meta[property="og:site_name"]'), 'content')
    : context.company ??
      contacts.find((c) => c.role === 'record' && c.company)?.company ??
      account?.(doc) ??
      // The tab's title, before its " - Organization - Pipedrive" parts, where a build's header
      // has neither hook nor heading.
      (COMPANY_RECORD.test(url.pathname + url.search) ? context.recordName ?? (textOf(queryOne(doc, 'h1')) || /^(.+?) [-–|] /.exec(doc.title)?.[1] || null) : null);
  if (!company) return contacts;
  // Where the company's people write from: the page's own host on a company's site, else the
  // domain of someone the page already places at this company, else one that two of the record's
  // people write from (a deal's contacts at the customer beside an outside consultant).
  const orgs = contacts.map((c) => orgOf(c.email));
  const home = generic ? orgOf(`@${url.hostname}`) : orgOf(contacts.find((c) => c.company === company && c.email)?.email) ?? orgs.find((o, i) => o && orgs.indexOf(o) < i);
  for (const c of contacts) {
    const org = orgOf(c.email);
    // Related people (a list's, a card's) unless they write from another organisation; on a CRM,
    // anyone else on the record (a sender of its email history) only from the company's domain.
    const related = c.role === 'mentioned' || (!generic && c.role === 'record');
    if (c.company || (generic ? !related || org !== home : related ? home && org && org !== home : !org || org !== home)) continue;
    c.company = company;
    if (c.name === company) c.name = null;
  }
  return contacts;
}
