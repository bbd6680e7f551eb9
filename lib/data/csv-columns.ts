// The CSV of tasks, for a CRM import: one row per task, these columns in this order.
import { FOLLOW_UP_COLUMNS } from './csv-follow-up';

export const CSV_COLUMNS = [
  'id',
  'title',
  'notes',
  'status',
  'priority',
  'due_date',
  'due_time',
  'goal',
  'cycle',
  'customer',
  'channel',
  'contact_name',
  'contact_email',
  'contact_phone',
  'company',
  'source_site',
  'source_url',
  'source_title',
  'created_at',
  /** When the task was last edited: on import, a row older than the stored task is not applied. */
  'updated_at',
  'completed_at',
  /** A follow-up waiting for a reply (issue 16): ./csv-follow-up.ts. */
  ...FOLLOW_UP_COLUMNS,
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/**
 * A cell starting with = + - @ (or a tab or carriage return) runs as a formula when a
 * spreadsheet opens the file; page text (an email subject) must never do that. Such cells get
 * a leading apostrophe, which spreadsheets hide, and the import takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
