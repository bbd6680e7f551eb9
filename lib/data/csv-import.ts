// Reads a CSV of tasks (ours, or a spreadsheet a rep made) into an import plan. Every row is
// checked; the plan is written only when no row has a problem, and each problem names its row
// as a spreadsheet numbers it (the header is row 1). A row is a patch of the columns the file
// has (./plan.ts, TaskFieldsPatch): how it meets the stored task is ./task-merge.ts's business.
import Papa from 'papaparse';
import * as v from 'valibot';
import { isValidLocalDate, isValidLocalTime } from '../dates/local-date';
import {
  ContactInputSchema,
  DIMENSIONS,
  IdSchema,
  PRIORITIES,
  SOURCE_SITES,
  TaskSchema,
  fieldIssue,
  type CategoryValue,
  type FieldIssue,
  type ContactInput,
  type Dimension,
  type ImportError,
  type NormalContact,
  type Priority,
  type Task,
} from '../model';
import { describeIssues } from './backup';
import { CSV_COLUMNS, unescapeCell, type CsvColumn } from './csv-columns';
import { followUpFromCells } from './csv-follow-up';
import { emptyPlan, type ImportPatch, type ImportPlan, type TaskFieldsPatch } from './plan';

export interface CsvImportOptions {
  /** The stored category values: a cell may hold a value's id or one of its labels. */
  categories: readonly CategoryValue[];
  now: number;
  /** Id for a row without one. */
  newId: () => string;
  /** Turns a contact as typed (phone in any format) into the stored form (E.164 phone). */
  normaliseContact: (input: ContactInput) => NormalContact | undefined;
  /** Hears every thousand rows checked (and the last), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

type Cells = Partial<Record<CsvColumn, string>>;

/** Thrown inside one row's conversion; becomes that row's error: English `message` for logs,
 *  `key` and `params` for the UI (public/_locales). */
class RowProblem extends Error {
  constructor(message: string, readonly key: string, readonly params: string[] = [], readonly issue?: FieldIssue) {
    super(message);
  }
}

/** A row the schema refused: the field and the kind of problem for the UI, valibot's words for logs. */
const schemaProblem = (issues: Parameters<typeof fieldIssue>[0], prefix?: string) =>
  new RowProblem(`${prefix ? `${prefix}: ` : ''}${describeIssues(issues)}`, 'importRowIssue', [], fieldIssue(issues, prefix));

const CONTACT_COLUMNS = ['contact_name', 'contact_email', 'contact_phone', 'company'] as const;
const SOURCE_COLUMNS = ['source_site', 'source_url', 'source_title'] as const;

function categoryLookup(categories: readonly CategoryValue[]): (dimension: Dimension, cell: string) => string {
  const maps = new Map<Dimension, Map<string, string>>(DIMENSIONS.map((d) => [d, new Map()]));
  for (const value of categories) {
    const map = maps.get(value.dimension)!;
    for (const name of [value.labels.en, value.labels['zh-CN'], value.id]) map.set(name.trim().toLowerCase(), value.id);
  }
  return (dimension, cell) => {
    const id = maps.get(dimension)!.get(cell.toLowerCase());
    if (!id) throw new RowProblem(`${dimension} "${cell}" is not one of your ${dimension} values`, 'importNotOneOf', [dimension, cell]);
    return id;
  };
}

function timestamp(column: CsvColumn, cell: string): number {
  const ms = Date.parse(cell);
  if (!cell.match(/^\d{4}-\d{2}-\d{2}/) || Number.isNaN(ms) || ms < 0) {
    throw new RowProblem(`${column} "${cell}" is not a date and time like 2026-11-28T09:30:00Z`, 'importNotDateTime', [column, cell]);
  }
  return ms;
}

/** One row: its patch, checked cell by cell, then as a whole against the task schema (lengths, URLs). */
function rowToPatch(cells: Cells, columns: ReadonlySet<string>, options: CsvImportOptions, category: ReturnType<typeof categoryLookup>): Omit<ImportPatch, 'row'> {
  const cell = (column: CsvColumn) => unescapeCell(cells[column]?.trim() ?? '');
  const has = (column: CsvColumn) => columns.has(column);
  const id = cell('id') || options.newId();
  if (!v.is(IdSchema, id)) throw new RowProblem(`id "${id}" is not a Tasklane id; leave it empty for a new task`, 'importNotId', [id]);

  const status = cell('status').toLowerCase();
  if (status && status !== 'open' && status !== 'done') throw new RowProblem(`status "${status}" must be open or done`, 'importMustBe', ['status', status, 'open / done']);
  const priority = cell('priority').toLowerCase();
  if (priority && !(PRIORITIES as readonly string[]).includes(priority)) throw new RowProblem(`priority "${priority}" must be low, normal or high`, 'importMustBe', ['priority', priority, 'low / normal / high']);

  const date = cell('due_date');
  const time = cell('due_time');
  if (date && !isValidLocalDate(date)) throw new RowProblem(`due_date "${date}" is not a date like 2026-11-28`, 'importNotDate', ['due_date', date]);
  if (time && !isValidLocalTime(time)) throw new RowProblem(`due_time "${time}" is not a time like 09:30`, 'importNotTime', ['due_time', time]);
  if (time && !date) throw new RowProblem('due_time needs a due_date', 'importTimeNeedsDate');

  const categories: Partial<Record<Dimension, string | null>> = {};
  for (const dimension of DIMENSIONS) if (has(dimension)) categories[dimension] = cell(dimension) ? category(dimension, cell(dimension)) : null;

  const site = cell('source_site').toLowerCase();
  if (site && !(SOURCE_SITES as readonly string[]).includes(site)) throw new RowProblem(`source_site "${site}" is not a known site`, 'importNotSite', [site]);
  const url = cell('source_url');
  const sourceTitle = cell('source_title');

  const followUp = followUpFromCells(cell, has, (site || undefined) as NonNullable<Task['source']>['site'] | undefined);
  if ('problem' in followUp) throw new RowProblem(followUp.problem, followUp.key, followUp.params, followUp.issue);

  const stamp = (column: 'created_at' | 'updated_at' | 'completed_at') => (cell(column) ? timestamp(column, cell(column)) : undefined);
  const createdAt = stamp('created_at');
  const editedAt = stamp('updated_at');
  const completedAt = stamp('completed_at');

  // The row as a whole task, with defaults where it has nothing, only to check its values.
  const candidate = {
    id,
    title: cell('title'),
    notes: cell('notes'),
    ...(date ? { due: { date, ...(time ? { time } : {}) } } : {}),
    priority: priority || 'normal',
    categories: Object.fromEntries(Object.entries(categories).filter(([, value]) => value)),
    ...(site || url || sourceTitle ? { source: { site: site || 'manual', ...(url ? { url } : {}), ...(sourceTitle ? { title: sourceTitle } : {}) } } : {}),
    status: status || 'open',
    createdAt: createdAt ?? options.now,
    updatedAt: editedAt ?? options.now,
  };
  const parsed = v.safeParse(TaskSchema, candidate);
  if (!parsed.success) throw schemaProblem(parsed.issues);

  const fields: TaskFieldsPatch = {
    title: parsed.output.title,
    ...(has('notes') ? { notes: parsed.output.notes } : {}),
    ...(status ? { status: status as Task['status'] } : {}),
    ...(priority ? { priority: priority as Priority } : {}),
    ...(has('due_date') ? { due: date ? { date, ...(has('due_time') ? { time: time || null } : {}) } : null } : {}),
    ...(Object.keys(categories).length ? { categories } : {}),
    ...(SOURCE_COLUMNS.some(has)
      ? {
          source: {
            ...(site ? { site: site as NonNullable<Task['source']>['site'] } : {}),
            ...(has('source_url') ? { url: url || null } : {}),
            ...(has('source_title') ? { title: sourceTitle || null } : {}),
          },
        }
      : {}),
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(completedAt !== undefined ? { completedAt } : {}),
    ...(followUp.followUp !== undefined ? { followUp: followUp.followUp } : {}),
  };
  const contact = CONTACT_COLUMNS.some(has) ? (rowContact(cells, options) ?? null) : undefined;
  return { kind: 'patch', id, fields, ...(editedAt !== undefined ? { editedAt } : {}), ...(contact !== undefined ? { contact } : {}) };
}

function rowContact(cells: Cells, options: CsvImportOptions): NormalContact | undefined {
  const input = {
    name: cells.contact_name?.trim() || undefined,
    email: cells.contact_email?.trim() || undefined,
    phone: cells.contact_phone?.trim() || undefined,
    company: cells.company?.trim() || undefined,
  };
  if (!input.name && !input.email && !input.phone) return undefined;
  const parsed = v.safeParse(ContactInputSchema, input);
  if (!parsed.success) throw schemaProblem(parsed.issues, 'contact');
  return options.normaliseContact(parsed.output);
}

/** Papa's complaint about a row in the rep's words (its own message is English: logs only). */
function unreadableWords(problem: Papa.ParseError, cells: Cells | undefined, columns: number): { key: string; params: string[] } {
  if (problem.code === 'MissingQuotes' || problem.code === 'InvalidQuotes') return { key: 'importUnreadableQuotes', params: [] };
  if ((problem.code === 'TooFewFields' || problem.code === 'TooManyFields') && cells) {
    // Papa keeps a row's cells beyond the header's columns in __parsed_extra.
    const extra = (cells as { __parsed_extra?: unknown[] }).__parsed_extra?.length ?? 0;
    const found = Object.keys(cells).filter((name) => name !== '__parsed_extra').length + extra;
    return { key: 'importUnreadableCells', params: [String(found), String(columns)] };
  }
  return { key: 'importUnreadable', params: [] };
}

const notTaskCsv = (message: string): { plan: ImportPlan; errors: ImportError[] } => ({
  plan: emptyPlan(),
  errors: [{ row: 0, message, key: 'importNotTaskCsv', params: [CSV_COLUMNS.join(', ')] }],
});

export function parseTasksCsv(content: string, options: CsvImportOptions): { plan: ImportPlan; errors: ImportError[] } {
  const result = Papa.parse<Cells>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = new Set(result.meta.fields ?? []);
  if (!headers.has('title')) {
    return notTaskCsv(`This is not a task CSV: its first line must name the columns, including "title" (Tasklane writes ${CSV_COLUMNS.join(', ')}).`);
  }
  const errors: ImportError[] = [];
  // Papa's row index counts data rows from 0; the header is the file's row 1.
  const badRows = new Set<number>();
  for (const problem of result.errors) {
    if (problem.row === undefined) continue;
    badRows.add(problem.row);
    errors.push({ row: problem.row + 2, message: `Row ${problem.row + 2}: ${problem.message}.`, ...unreadableWords(problem, result.data[problem.row], headers.size) });
  }
  const category = categoryLookup(options.categories);
  const plan = emptyPlan();
  const seenIds = new Set<string>();
  const total = result.data.length;
  result.data.forEach((cells, index) => {
    if (index % 1000 === 0) options.onProgress?.(index, total);
    if (badRows.has(index)) return;
    const row = index + 2;
    try {
      const patch = rowToPatch(cells, headers, options, category);
      if (seenIds.has(patch.id)) throw new RowProblem(`id ${patch.id} appears on an earlier row too`, 'importIdRepeated', [patch.id]);
      seenIds.add(patch.id);
      plan.tasks.push({ ...patch, row });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      errors.push({ row, message: `Row ${row}: ${error.message}.`, key: error.key, params: error.params, ...(error.issue ? { issue: error.issue } : {}) });
    }
  });
  options.onProgress?.(total, total);
  return { plan, errors: errors.sort((a, b) => a.row - b.row) };
}
