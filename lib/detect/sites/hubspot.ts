// HubSpot (app.hubspot.com, app-eu1.hubspot.com): contact records and company records with
// their associated contacts. HubSpot's UI is styled-components (hashed classes), but it ships
// data-selenium-test / data-test-id hooks for its own browser tests; both are used, newest first.

import { makeContact, safely } from '../contact';
import { attr, queryAll, queryOne, textOf, walkText } from '../dom';
import { findEmails, splitNameAndEmail } from '../email-scan';
import { withoutLeadingLabel } from '../labels';
import type { DetectedContact, ExampleUrls, SiteAdapter } from '../types';
import { companyInCard } from '../title-at';
import { type FieldSelectors, readRecord, readRows, recordContext } from './crm-record';

const HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/;
/** /contacts/<portal>/record/<object type>/<id>: 0-1 contact, 0-2 company, 0-3 deal, 0-5
 *  ticket, 2-… custom objects; legacy /contact/<id>, /company/<id>, /deal/<id>. */
const RECORD_PATH = /^\/contacts\/\d+\/(?:record\/(\d+-\d+)|(contact|company|deal|ticket))\/(\d+)/;

/** The record's name in the left "highlight" card. */
const RECORD_TITLE = '[data-test-id="record-highlight-title"], [data-selenium-test="highlightTitle"]';
/** The record's name on builds without that hook: the highlight header's heading. */
const HEADER_TITLE = 'h1';
/** Contact properties in the highlight card / About section: data-test-id="property-<name>"
 *  (2023+) beside data-selenium-test="property-input-<name>" (older). */
const CONTACT_FIELDS: FieldSelectors = {
  email: '[data-test-id="property-email"], [data-selenium-test="property-input-email"]',
  phone: '[data-test-id="property-phone"], [data-test-id="property-mobilephone"], [data-selenium-test="property-input-phone"], [data-selenium-test="property-input-mobilephone"]',
  company: '[data-test-id="property-company"], [data-selenium-test="property-input-company"], [data-test-id="primary-company-name"]',
};
/** The associated-contacts card on a company record and its items. */
const CONTACTS_CARD = '[data-test-id="association-card-contacts"], [data-selenium-test="card-contacts"]';
const CONTACT_ITEM = '[data-test-id="association-item"], [data-selenium-test="contact-chicklet"]';
/** A link to a contact's record (0-1: contacts; the legacy /contact/<id>): on builds without the
 *  card hooks, each associated contact is such a link in its own card, with the card's "Job
 *  title at Company" line (../title-at.ts) — a deal's contacts may work at several companies. */
const CONTACT_LINK = 'a[href*="/record/0-1/"], a[href*="/contact/"]';
const ITEM_FIELDS: FieldSelectors = {
  name: '[data-test-id="association-item-name"], [data-selenium-test="contact-chicklet-title-link"]',
  email: 'a[href^="mailto:"], [data-test-id="association-item-email"]',
  phone: 'a[href^="tel:"], [data-test-id="association-item-phone"]',
};

/** The account menu's address (HubSpot renders the menu, with the rep's name and address, once
 *  its avatar button is opened). */
const ACCOUNT = '[data-test-id*="account-menu" i], [class*="navAccount" i], [class*="user-info" i]';
/** The nav's account avatar: HubSpot names the rep there by name only until the menu opens. */
const AVATAR = '#hs-nav-v4 button img, [data-test-id*="account-menu" i] img';
/** A message of the conversations inbox's thread: a header line, then its body. */
const MESSAGE = '[data-test-id="message"], [data-test-id="thread-message"]';
/** Its body, the line after the header: each body's sign-off is its own author's. */
const MESSAGE_BODY = '[data-test-id="message"] > :last-child, [data-test-id="thread-message"] > :last-child';
/** HubSpot's agent badge on the rep's own messages in a conversation ("You", "(Vous)", "您"). */
const YOU = /^\(?(?:you|vous|du|sie|tú|tu|usted|você|jij|u|voi|你|您|我|自分|あなた)\)?$/i;

export const EXAMPLE_URLS: ExampleUrls = {
  match: [
    'https://app.hubspot.com/contacts/4417325/record/0-1/51807',
    'https://app-eu1.hubspot.com/contacts/26214441/record/0-2/9011234567',
    'https://app.hubspot.com/contacts/4417325/contact/51807/',
  ],
  noMatch: ['https://www.hubspot.com/products/crm', 'https://app.hubspot.com.evil.example/contacts/1/record/0-1/2', 'https://knowledge.hubspot.com/'],
};

/** Which kind of record: only a contact record's title names a person; a deal's or ticket's
 *  title ("Acme Foods – 2026 expansion") names the deal, and its people are in the cards. */
function recordOf(url: URL): { kind: 'contact' | 'company' | 'other'; id: string } | null {
  const m = RECORD_PATH.exec(url.pathname);
  if (!m?.[3]) return null;
  const kind = m[1] === '0-1' || m[2] === 'contact' ? 'contact' : m[1] === '0-2' || m[2] === 'company' ? 'company' : 'other';
  return { kind, id: m[3] };
}

/** The one address written in `el` (bounded); null when it shows none or several. */
function oneEmail(el: Element | null | undefined): string | null {
  const found = new Set(findEmails(textOf(el, 1_000), 3).map((hit) => hit.email));
  return found.size === 1 ? [...found][0]! : null;
}

/** Each contact linked (CONTACT_LINK) in a card of their own — an ancestor at most four levels up
 *  holding no other such link — whose "title at Company" line names their company: with it and
 *  the card's one address. An association card's item on builds without the card hooks. */
function linkedContacts(root: ParentNode): DetectedContact[] {
  return queryAll(root, CONTACT_LINK).flatMap((link) => {
    let company: string | null = null;
    let card = link;
    for (let level = 0; !company && level < 4 && card.parentElement && card.parentElement.querySelectorAll(CONTACT_LINK).length < 2; level++) company = companyInCard((card = card.parentElement));
    return company ? [makeContact({ name: textOf(link, 120), email: oneEmail(card), phone: null, company }, 'mentioned', link)] : [];
  });
}

/** The signed-in rep on every view (a record, the conversations inbox, a list): the account menu's
 *  one address, else the address beside the badge that marks a message as the rep's own — the
 *  rep's replies in a thread show the rep as a sender — else, the rep known by name only (the nav
 *  avatar's alt; a name of one word never counts), the address of a message whose header writes
 *  that name ("From: Nadia Okafor <nadia.okafor@…>") or of that name's tooltip. */
function selfOf(doc: Document): string | null {
  let self = oneEmail(queryOne(doc, ACCOUNT));
  if (!self) {
    walkText(doc.body ?? doc, (text, parent) => {
      for (let el: Element | null = parent, level = 0; !self && el && level < 3 && YOU.test(text.trim()); el = el.parentElement, level++) self = oneEmail(el);
    }, { maxNodes: 5_000, maxChars: 100_000 });
  }
  const name = attr(queryOne(doc, AVATAR), 'alt');
  if (self || !name?.includes(' ')) return self;
  // That name with its address: a message's header, or the name with the address in its tooltip
  // (a sequence's "Sent from", an enrolment table's "Enrolled by").
  return queryAll(doc, MESSAGE).map((m) => splitNameAndEmail(fromLine(m))).find((s) => s.name === name)?.email
    ?? findEmails(attr(queryAll(doc, '[title*="@"]').find((el) => textOf(el, 120) === name) ?? null, 'title') ?? '', 1)[0]?.email ?? null;
}

/** A message's header line without its "From:" / "Von:" / "发件人：" label. */
const fromLine = (m: Element) => withoutLeadingLabel(textOf(m.firstElementChild, 300));

function detect(root: ParentNode, url: URL): DetectedContact[] {
  const record = recordOf(url);
  const contact = record?.kind === 'contact';
  // Builds without the title hook: a contact record's name is the highlight header's h1.
  const title = queryOne(root, RECORD_TITLE) ?? (contact ? queryOne(root, HEADER_TITLE) : null);
  const titleText = title ? textOf(title, 200) : null;
  const out: DetectedContact[] = [];
  // A page whose address we cannot read (a new route) may still be a contact: read it as one.
  if (!record || contact) {
    const c = safely(null, () => readRecord(root, CONTACT_FIELDS, title, titleText));
    // Its address, where no property hook names it (builds without them), is the one written
    // under its name (the highlight header's subtitle, beside a "Copy" button).
    if (c && title && !c.email) c.email = oneEmail(title.parentElement?.parentElement);
    if (c) out.push(c);
  }
  const company = record?.kind === 'company' ? titleText : null;
  for (const card of queryAll(root, CONTACTS_CARD)) out.push(...safely([], () => readRows(card, CONTACT_ITEM, ITEM_FIELDS, company)));
  out.push(...safely([], () => linkedContacts(root)));
  // The conversations inbox: each message's header line names its sender ("Dana Okafor <addr> · 9:14").
  for (const m of queryAll(root, MESSAGE)) {
    const { name, email } = splitNameAndEmail(fromLine(m));
    if (email) out.push(makeContact({ name, email }, 'sender', m.firstElementChild!));
  }
  return out;
}

export const hubspotAdapter: SiteAdapter = {
  id: 'hubspot',
  matches: (url) => HOST.test(url.hostname),
  detect,
  context: (doc, url) => {
    const record = recordOf(url);
    // A company record's name (its title, or the page's heading on builds without the hook) is
    // the company of its associated contacts.
    // Builds with neither name it in the tab's title, before its " | " parts
    // ("Brenner Logistik GmbH | Unternehmen | HubSpot").
    const company = record?.kind === 'company' ? textOf(queryOne(doc, `${RECORD_TITLE}, h1`), 200) || /^(.+?) \| /.exec(doc.title)?.[1]?.trim() || null : null;
    return { ...recordContext(doc, RECORD_TITLE, record?.id ?? null), company, selfEmail: selfOf(doc) };
  },
  hasAnchors: (root) => !!queryOne(root, `${RECORD_TITLE}, ${CONTACTS_CARD}`),
  // A conversation's message: its header line, then its body (each body's sign-off is its author's).
  parts: { message: MESSAGE, body: MESSAGE_BODY },
  records: true,
  // The composer's From picker lists the rep's identities ("Nadia Okafor (sales@…)").
  offers: () => (c) => !c.anchor.closest('select'),
};
