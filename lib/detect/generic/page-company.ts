// The company a record page or a company's own page is about, given to the people on it who have
// none (issue 14, kinds 6 and 7): a CRM record's account — the account or organisation record
// itself, else its Account / Organisation field — goes to the people of its related lists (a
// deal's contact roles, an account's contacts, a subgrid); a company's own contact page
// (og:site_name) to the people whose address is at its domain. Not to a list that names each
// person's company in a column of its own, and not to a person whose address is at another
// company's domain than the people already known to work there.

import { attr, closestOf, queryAll, queryOne, textOf } from '../dom';
import { fieldOfLabel } from '../field-labels';
import { normaliseCompany } from '../normalize';
import type { DetectedContact, PageContext, SiteId } from '../types';
import { pairsIn } from './fields';

/** An account / organisation / company record's address (Salesforce, Pipedrive, Zoho, Dynamics). */
const COMPANY_RECORD = /\b(accounts?|organi[sz]ations?|compan(?:y|ies))\b/i;
const LISTS = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const ROWS_OR_ITEMS = 'tr, [role="row"], li';

/** The organisation part of an address or host: "brightwater-logistics" in h@brightwater-logistics.de. */
function orgOf(domain: string): string | undefined {
  return domain.toLowerCase().split('.').slice(0, -1).filter((l) => !/^(com|net|org|co|ac|gov|edu|ne|or|www)$/.test(l)).pop();
}

/** The record's own company field: an Account / Organisation / Company value outside the related
 *  lists, or the Name of a card the page labels as the organisation (Pipedrive's deal sidebar). */
function companyField(doc: Document): string | null {
  for (const p of pairsIn(doc)) {
    if (closestOf(p.at, ROWS_OR_ITEMS) || closestOf(p.at, LISTS)) continue;
    if (p.kind === 'company') return p.value;
    const card = closestOf(p.at, 'section, aside, fieldset, [aria-label]');
    if (p.kind === 'name' && card && fieldOfLabel(attr(card, 'aria-label') ?? textOf(queryOne(card, 'h2, h3, h4, legend'), 40)) === 'company') return p.value;
  }
  return null;
}

/** True when the list around `el` names each person's company in a column of its own. */
function listNamesCompanies(el: Element): boolean {
  const list = closestOf(el, LISTS);
  return !!list && queryAll(list, 'th, [role="columnheader"]').some((h) => fieldOfLabel(textOf(h, 40)) === 'company');
}

export function withPageCompany(contacts: DetectedContact[], doc: Document, url: URL, context: PageContext, site: SiteId): DetectedContact[] {
  if (!contacts.some((c) => !c.company)) return contacts;
  const onSite = site === 'generic';
  const company = normaliseCompany(onSite
    ? attr(queryOne(doc, 'meta[property="og:site_name"]'), 'content')
    : context.company ?? companyField(doc) ?? (COMPANY_RECORD.test(url.pathname + url.search) ? context.recordName ?? textOf(queryOne(doc, 'h1'), 200) : null));
  if (!company) return contacts;
  // The organisation the company's people write from: the page's own host on a company's site,
  // else the domain of the people the page already names at this company.
  const own = onSite ? orgOf(url.hostname) : contacts.find((c) => c.company === company && c.email)?.email;
  const home = onSite ? own : own && orgOf(own.slice(own.indexOf('@') + 1));
  for (const c of contacts) {
    if (c.company || (onSite ? c.role !== 'mentioned' : c.role !== 'record' && c.role !== 'mentioned') || listNamesCompanies(c.anchor)) continue;
    const org = c.email ? orgOf(c.email.slice(c.email.indexOf('@') + 1)) : undefined;
    if (onSite ? org !== home : home && org && org !== home) continue;
    c.company = company;
    if (c.name === company) c.name = null;
  }
  return contacts;
}
