// Contact detection with every site adapter: what the CLI (scripts/detect.ts), the background and
// the tests run. The content scripts make detectors of only their own sites' adapters
// (./detector.ts, entrypoints/*.content.ts) — the same code, a smaller bundle on every page.

import { cleanCompany } from './company-lines';
import { makeDetector, type DetectorParts } from './detector';
import { withAttendees } from './generic/attendance';
import { withProseNames } from './generic/prose-names';
import { kitCompany } from './generic/kit-company';
import { withPageCompany } from './generic/page-company';
import { ALL_READERS } from './generic/records';
import { notOnlyUser } from './generic/user-columns';
import { signatureContacts } from './quoted-signatures';
import { withBlockPhones } from './signature-phones';
import { withExtras } from './mention-extras';
import { readMoreLabels } from './more-labels';
import { readMoreNames } from './more-names';
import { namedFor } from './phone-mention';
import { isOwnerValue } from './owner-field';
import { mailSelf } from './mail-self';
import { CRM_ADAPTERS } from './sites/crm-adapters';
import { MAIL_ADAPTERS } from './sites/mail-adapters';
import { WEBMAIL_ADAPTERS } from './sites/webmail-adapters';
import type { SiteAdapter, SiteId } from './types';

export type { ContactRole, DetectedContact, PageContext, SiteAdapter, SiteId } from './types';
export { DEFAULT_AUDIENCE, isColleague, type Audience } from './audience';
export { makeDetector, type Detector, type DetectorParts, type DetectOptions, type DetectResult } from './detector';

export { CRM_ADAPTERS, MAIL_ADAPTERS, WEBMAIL_ADAPTERS };
export const ADAPTERS: readonly SiteAdapter[] = [...WEBMAIL_ADAPTERS, ...CRM_ADAPTERS, ...MAIL_ADAPTERS];

/** The sites the mail scripts serve (qqmail.js, netease.js, custom.js), whose record kit takes the
 *  rep's own side out (./own-side.ts); the Gmail, Outlook and CRM scripts' adapters read the
 *  account, and carry no such reader. */
const MAIL_SITES = new Set<SiteId>(['generic', ...MAIL_ADAPTERS.map((a) => a.id)]);
const WEBMAIL_SITES = new Set<SiteId>(WEBMAIL_ADAPTERS.map((a) => a.id));

// The CLI reads sign-offs as the signature kit does, and record fields as the record kit does.
readMoreNames();
readMoreLabels();

/** Every adapter and every reader: the CLI's view of any page, as the script of its site reads it. */
export const FULL_DETECTOR = {
  adapters: ADAPTERS,
  readers: ALL_READERS,
  signatures: withProseNames(withAttendees(signatureContacts)),
  // The mail scripts' (a superset of the CRM scripts' selfFromChrome: its other cues need a To line).
  chromeSelf: mailSelf,
  company: ((contacts, doc, url, context, site) => {
    const adapter = ADAPTERS.find((a) => a.id === site);
    // A site's own side (a CRM's users, a composer's identities) is never offered; nor, where the
    // record kit reads (not Gmail's and Outlook's scripts), a table's users (Owner, Enrolled by); a
    // sender's number is their block's as the signature kit reads it (./signature-phones.ts).
    const offered = withBlockPhones(contacts, doc, adapter?.parts?.body).filter(adapter?.offers?.(doc) ?? Boolean).filter((c) => WEBMAIL_SITES.has(site) || notOnlyUser(c));
    const placed = (MAIL_SITES.has(site) ? kitCompany : withPageCompany)(offered, doc, url, context, site);
    // A company read with its label, or a branch or department read as one (./company-lines.ts).
    for (const c of placed) c.company = cleanCompany(c.company);
    return placed;
  }) satisfies DetectorParts['company'],
  mention: withExtras(namedFor),
  notName: isOwnerValue,
};
export const { adapterFor, pageContext, detectPage } = makeDetector(FULL_DETECTOR);
