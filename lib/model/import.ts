// What an import (Options → Data) reports: shared by the readers (lib/data), the store that
// writes it (lib/db) and the protocol that carries it to the options page (lib/messages).
import type { FieldIssue } from './field-issue';

/** A substitution: text as it is (a cell, a title), or a UI string's key (a list's, a field's name). */
export type ImportParam = string | { key: string };

/**
 * A problem in an import file. `row` is the record's line as a spreadsheet numbers it for CSV
 * (header = 1, first task = 2), its position in its list for JSON (1 = first; the message names
 * the list), and 0 when the file as a whole is unusable.
 */
export interface ImportError {
  row: number;
  /** English, for logs. */
  message: string;
  /** The UI string that says it in the rep's language, its substitutions, and the count that
   *  chooses its plural form (public/_locales; components/options/data/import-errors.ts). */
  key?: string;
  params?: ImportParam[];
  count?: number;
  /** A field the schema refused: said in the rep's words as `key`'s last substitution, after
   *  `params` (components/field-issue-text.ts), never as valibot's English. */
  issue?: FieldIssue;
}

/** A task field as the import preview names it. */
export type ImportField =
  | 'title'
  | 'notes'
  | 'status'
  | 'priority'
  | 'due'
  | 'goal'
  | 'cycle'
  | 'customer'
  | 'channel'
  | 'contact'
  | 'source'
  | 'recurrence'
  | 'reminder'
  | 'followUp'
  | 'created'
  | 'completed';

/**
 * One field's change, in language-neutral words the options page renders: text as it is
 * (long notes clipped), dates `YYYY-MM-DD[ HH:MM]`, category values, status and priority as
 * their ids, times ISO 8601. '' is "none".
 */
export interface ImportFieldChange {
  field: ImportField;
  from: string;
  to: string;
}

/**
 * A stored task the import changes, or would have changed:
 * - updated: written with these fields changed;
 * - older: not written, because the stored copy was edited after the file's copy (the fields
 *   are what the file would have changed);
 * - restored: deleted here, and brought back by the file.
 */
export interface ImportTaskChange {
  id: string;
  /** The title as stored (restored: as in the file), so the rep recognises the task. */
  title: string;
  kind: 'updated' | 'older' | 'restored';
  fields: ImportFieldChange[];
}

/** What an import would do (commit false) or did (commit true). */
export interface ImportPreview {
  tasks: number;
  contacts: number;
  categories: number;
  templates: number;
  targets: number;
  /** Tasks whose id is not stored yet (restored ones included). */
  newTasks: number;
  /** Stored tasks the file changes. */
  updatedTasks: number;
  /** Stored tasks the file holds exactly as they are: not written, not sent to sync again. */
  unchangedTasks: number;
  /** Stored tasks edited after the file's copy: kept as they are. */
  olderTasks: number;
  /** Updated, kept-as-newer and restored tasks, field by field (the first MAX_LISTED_CHANGES). */
  changes: ImportTaskChange[];
  /** How many more there are beyond `changes`. */
  moreChanges: number;
  /**
   * Updated tasks whose row has no updated_at (a CSV from before Tasklane wrote that column, or
   * a hand-made sheet): with no way to tell which copy is newer, the row counts as an edit made
   * now. The options page warns, since such a row can undo a later edit.
   */
  undatedUpdates: number;
}

/** How many task changes a preview lists one by one. */
export const MAX_LISTED_CHANGES = 200;
