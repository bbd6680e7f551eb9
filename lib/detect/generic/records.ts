// The generic core's readers for pages that show records rather than mail: a CRM's labelled
// fields, tables and grids of people (related lists, subgrids), schema.org and hCard people. The
// CRM script and the CLI add them to their detectors; the custom sites' script (mail.js) loads
// ALL_READERS when a page shows records (lib/content/records-loader.ts, record-kit.js); the
// Gmail / Outlook script leaves them out (mail pages hold none, and its bundle stays small).
import type { DetectedContact } from '../types';
import type { GenericReader } from '../generic';
import { companyCard } from './company-card';
import { detectFields } from './fields';
import { phoneRecord } from './phone-record';
import { detectStructured } from './structured';
import { detectTables } from './tables';
import { inlinePairs, rowPeople } from './rare-fields';

/** The label/value reader of CRM record pages: organisation-headed cards (./company-card.ts) and
 *  records that show phones and no address (./phone-record.ts). */
export const detectCrmFields = (root: ParentNode): DetectedContact[] => detectFields(root, companyCard, phoneRecord);

/** The five CRMs' own record pages: labelled fields and grids of people. Their app UIs carry no
 *  schema.org or hCard people (those are for the rep's custom sites), so the CRM script's bundle
 *  leaves that reader out. */
export const CRM_READERS: readonly GenericReader[] = [detectTables, detectCrmFields];

/** Every reader, as the CRM script reads fields, and the rarer ways other pages write people
 *  (./rare-fields.ts): the CLI's, the tests' and the record kit's view of any page. */
export const ALL_READERS: readonly GenericReader[] = [detectStructured, /* @__PURE__ */ rowPeople(detectTables), (root) => detectFields(root, companyCard, phoneRecord, inlinePairs)];
