// The generic core's readers for pages that show records rather than mail: a CRM's labelled
// fields, tables and grids of people (related lists, subgrids), schema.org and hCard people. The
// run-time content script (CRMs, custom sites) and the CLI add them to their detectors; the
// Gmail / Outlook script leaves them out (mail pages hold none, and its bundle stays small).
import type { GenericReader } from '../generic';
import { detectFields } from './fields';
import { detectStructured } from './structured';
import { detectTables } from './tables';

export const RECORD_READERS: readonly GenericReader[] = [detectStructured, detectTables, detectFields];
