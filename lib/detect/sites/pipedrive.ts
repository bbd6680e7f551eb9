// Pipedrive (<company>.pipedrive.com): person detail pages and deal detail pages (the deal's
// person in the sidebar). Pipedrive's React UI carries data-testid hooks; the older Backbone
// views (still served on some accounts) used data-test, kept side by side.

import { makeContact, safely } from '../contact';
import { attr, queryAll, queryOne, textOf } from '../dom';
import type { DetectedContact, ExampleUrls, SiteAdapter } from '../types';
import { type FieldSelectors, readEmail, readRecord, readText, readTitledRecord, recordContext } from './crm-record';

/** An element by its hook in both UIs: data-testid (React) beside data-test (Backbone). */
const hook = (name: string): string => `[data-testid="${name}"], [data-test="${name}"]`;

/** /person/<id>, /deal/<id> and /organization/<id>. */
const RECORD_PATH = /^\/(person|deal|organization)\/(\d+)/;

/** The page title: a person's name or a deal's title. */
const RECORD_TITLE = `${hook('header-title')}, .detailView h1`;
/** Person fields (person page: the "Details" sidebar; deal page: the "Person" card). */
const PERSON_FIELDS: FieldSelectors = {
  name: hook('person-name'),
  email: hook('person-email'),
  phone: hook('person-phone'),
  company: hook('person-organization'),
};
/** The deal page's person card; its organization sits in a sibling card. */
const DEAL_PERSON_CARD = hook('deal-person');
const DEAL_ORGANIZATION = hook('deal-organization-name');

/** Links to a person's and to an organization's record (their paths are Pipedrive's, in every
 *  build and language): the mail tab's sidebar of linked items ("Linked deal", "Person",
 *  "Organization") links one of each, and that person works there. */
const PERSON_LINK = 'a[href*="/person/"]';
const ORGANIZATION_LINK = 'a[href*="/organization/"]';

export const EXAMPLE_URLS: ExampleUrls = {
  match: ['https://acme-sales.pipedrive.com/person/1842', 'https://acme-sales.pipedrive.com/deal/977', 'https://globex.pipedrive.com/pipeline/1/user/everyone'],
  noMatch: ['https://www.pipedrive.com.evil.example/person/1', 'https://pipedrive.co/person/1', 'https://www.pipedrivee.com/'],
};

/** The one organization a person's or a deal's page links (every link to the same record: a
 *  person's summary row and header, a deal's organization card), or null: participants from two
 *  organizations say nothing of whose each is. Its path is the same in every build and UI
 *  language, so it is read where the row's or card's label ("Organização", "Organización") is
 *  none the field readers know; the page's company goes to its people who have none
 *  (../generic/page-company.ts). */
function oneOrganization(root: ParentNode): string | null {
  const links = queryAll(root, ORGANIZATION_LINK);
  const ids = new Set(links.map((l) => /\/organization\/(\d+)/.exec(attr(l, 'href') ?? '')?.[1]));
  return ids.size === 1 && !ids.has(undefined) ? textOf(links[0]) || null : null;
}

function recordOf(url: URL): { kind: string; id: string } | null {
  const m = RECORD_PATH.exec(url.pathname);
  return m?.[1] && m[2] ? { kind: m[1], id: m[2] } : null;
}

/** A person's or a deal's page reads its own person by its fields; elsewhere (the mail tab) a
 *  page linking one person and one organization says where that person works. */
function detect(root: ParentNode, url: URL): DetectedContact[] {
  const record = recordOf(url);
  if (record?.kind === 'deal') {
    const card = queryOne(root, DEAL_PERSON_CARD);
    if (!card) return [];
    const c = safely(null, () => readRecord(card, PERSON_FIELDS, null));
    return c ? [{ ...c, company: c.company ?? readText(queryOne(root, DEAL_ORGANIZATION)) }] : [];
  }
  // Only a person page's title is a person (an organization's or a pipeline's is not).
  if (record) return record.kind === 'person' ? readTitledRecord(root, RECORD_TITLE, PERSON_FIELDS) : [];
  const people = queryAll(root, PERSON_LINK);
  const orgs = queryAll(root, ORGANIZATION_LINK);
  // One link of each, or whose organization it is is unknown.
  if (people.length !== 1 || orgs.length !== 1) return [];
  // The person's section (up to the sidebar that holds the organization's too) shows their address.
  // Both links are under root, so a parent holding both is always reached (one that is no
  // element — the document, a shadow root — is root or above it, and holds both).
  let section = people[0]!;
  while (!section.parentNode!.contains(orgs[0]!)) section = section.parentElement!;
  return [makeContact({ name: textOf(people[0]), email: readEmail(section), company: textOf(orgs[0]) }, 'mentioned', people[0]!)];
}

export const pipedriveAdapter: SiteAdapter = {
  id: 'pipedrive',
  matches: (url) => url.hostname.endsWith('.pipedrive.com'),
  detect,
  context: (doc, url) => {
    const record = recordOf(url);
    // An organization's page is its people's company: its title, or the tab's ("Rheinland Bau AG -
    // Organisation - Pipedrive") — never the app header's section name ("Organisationen").
    const company = record?.kind === 'organization' ? textOf(queryOne(doc, RECORD_TITLE)) || doc.title.split(/ [-–|] /)[0]!.trim() : oneOrganization(doc);
    return { ...recordContext(doc, RECORD_TITLE, record?.id ?? null), company: record ? company || null : null };
  },
  hasAnchors: (root) => !!queryOne(root, `${RECORD_TITLE}, ${DEAL_PERSON_CARD}`),
  records: true,
};
