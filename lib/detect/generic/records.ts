// The generic core's readers for pages that show records rather than mail: a CRM's labelled
// fields, tables and grids of people (related lists, subgrids), schema.org and hCard people. The
// CLI adds them to its detector; the CRM scripts and the custom sites' and Chinese webmails'
// scripts load them when a page shows records (lib/content/records-loader.ts, record-kit.js); the
// Gmail / Outlook scripts leave them out (mail pages hold none, and their bundles stay small).
import type { GenericReader } from '../generic';
import { companyCard } from './company-card';
import { detectFields } from './fields';
import { phoneRecord } from './phone-record';
import { detectStructured } from './structured';
import { detectTables } from './tables';
import { iconPairs } from './icon-fields';
import { ariaPairs } from './aria-fields';
import { inlinePairs, rowPeople } from './rare-fields';
import { linkedOrganisations } from './linked-org';
import { personLinks } from './person-links';

/** Every reader: labelled fields (with organisation-headed cards, ./company-card.ts, and records
 *  that show phones and no address, ./phone-record.ts), tables and grids of people, schema.org and
 *  hCard people, people beside their organisation's record link (./linked-org.ts), people named
 *  by their own record's link (./person-links.ts), and the rarer
 *  ways pages write people (./rare-fields.ts): the CLI's, the tests'
 *  and the record kit's view of any page — the CRM scripts' and the mail scripts' too. */
export const ALL_READERS: readonly GenericReader[] = [detectStructured, /* @__PURE__ */ rowPeople(detectTables), (root) => detectFields(root, companyCard, phoneRecord, (at, words) => [...(words ? inlinePairs(at) : []), ...iconPairs(at)], ariaPairs), linkedOrganisations, personLinks];
