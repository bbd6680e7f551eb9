// Reads a CSV of tasks (ours, or a spreadsheet a rep made) into an import plan. Every row is
// checked; the plan is written only when no row has a problem, and each problem names its row
// as a spreadsheet numbers it (the header is row 1).
import Papa from 'papaparse';
import * as v from 'valibot';
import { isValidLocalDate, isValidLocalTime } from '../dates/local-date';
import type { NormalContact } from '../db/contacts';
import type { ImportError } from '../messages/requests/manage';
import {
  ContactInputSchema,
  DIMENSIONS,
  IdSchema,
  PRIORITIES,
  SOURCE_SITES,
  TaskSchema,
  type CategoryValue,
  type ContactInput,
  type Dimension,
  type Task,
} from '../model';
import { describeIssues } from './backup';
import { CSV_COLUMNS, unescapeCell, type CsvColumn } from './csv-columns';
import { emptyPlan, type ImportPlan, type ImportTask } from './plan';

export interface CsvImportOptions {
  /** The stored category values: a cell may hold a value's id or one of its labels. */
  categories: readonly CategoryValue[];
  now: number;
  /** Id for a row without one. */
  newId: () => string;
  /** Turns a contact as typed (phone in any format) into the stored form (E.164 phone). */
  normaliseContact: (input: ContactInput) => NormalContact | undefined;
}

type Cells = Partial<Record<CsvColumn, string>>;

/** Thrown inside one row's conversion; becomes that row's error. */
class RowProblem extends Error {}

function categoryLookup(categories: readonly CategoryValue[]): (dimension: Dimension, cell: string) => string {
  const maps = new Map<Dimension, Map<string, string>>(DIMENSIONS.map((d) => [d, new Map()]));
  for (const value of categories) {
    const map = maps.get(value.dimension)!;
    for (const name of [value.labels.en, value.labels['zh-CN'], value.id]) map.set(name.trim().toLowerCase(), value.id);
  }
  return (dimension, cell) => {
    const id = maps.get(dimension)!.get(cell.toLowerCase());
    if (!id) throw new RowProblem(`${dimension} "${cell}" is not one of your ${dimension} values`);
    return id;
  };
}

function timestamp(column: CsvColumn, cell: string): number {
  const ms = Date.parse(cell);
  if (!cell.match(/^\d{4}-\d{2}-\d{2}/) || Number.isNaN(ms) || ms < 0) {
    throw new RowProblem(`${column} "${cell}" is not a date and time like 2026-11-28T09:30:00Z`);
  }
  return ms;
}

function rowToTask(cells: Cells, options: CsvImportOptions, category: ReturnType<typeof categoryLookup>): ImportTask['task'] {
  const cell = (column: CsvColumn) => unescapeCell(cells[column]?.trim() ?? '');
  const id = cell('id') || options.newId();
  if (!v.is(IdSchema, id)) throw new RowProblem(`id "${id}" is not a Tasklane id; leave it empty for a new task`);

  const status = cell('status').toLowerCase() || 'open';
  if (status !== 'open' && status !== 'done') throw new RowProblem(`status "${status}" must be open or done`);
  const priority = cell('priority').toLowerCase() || 'normal';
  if (!(PRIORITIES as readonly string[]).includes(priority)) throw new RowProblem(`priority "${priority}" must be low, normal or high`);

  const date = cell('due_date');
  const time = cell('due_time');
  if (date && !isValidLocalDate(date)) throw new RowProblem(`due_date "${date}" is not a date like 2026-11-28`);
  if (time && !isValidLocalTime(time)) throw new RowProblem(`due_time "${time}" is not a time like 09:30`);
  if (time && !date) throw new RowProblem('due_time needs a due_date');

  const categories: Task['categories'] = {};
  for (const dimension of DIMENSIONS) if (cell(dimension)) categories[dimension] = category(dimension, cell(dimension));

  const site = cell('source_site').toLowerCase();
  if (site && !(SOURCE_SITES as readonly string[]).includes(site)) throw new RowProblem(`source_site "${site}" is not a known site`);
  const url = cell('source_url');
  const sourceTitle = cell('source_title');
  const hasSource = Boolean(site || url || sourceTitle);

  const createdAt = cell('created_at') ? timestamp('created_at', cell('created_at')) : options.now;
  const completedAt = status === 'done' ? (cell('completed_at') ? timestamp('completed_at', cell('completed_at')) : options.now) : undefined;

  const candidate = {
    id,
    title: cell('title'),
    notes: cell('notes'),
    ...(date ? { due: { date, ...(time ? { time } : {}) } } : {}),
    priority,
    categories,
    ...(hasSource
      ? { source: { site: site || 'manual', ...(url ? { url } : {}), ...(sourceTitle ? { title: sourceTitle } : {}) } }
      : {}),
    status,
    createdAt,
    // A CSV has no edit time: importing it is the rep's edit, made now.
    updatedAt: Math.max(options.now, createdAt),
    ...(completedAt !== undefined ? { completedAt } : {}),
  };
  const parsed = v.safeParse(TaskSchema, candidate);
  if (!parsed.success) throw new RowProblem(describeIssues(parsed.issues));
  return parsed.output;
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
  if (!parsed.success) throw new RowProblem(`contact: ${describeIssues(parsed.issues)}`);
  return options.normaliseContact(parsed.output);
}

export function parseTasksCsv(content: string, options: CsvImportOptions): { plan: ImportPlan; errors: ImportError[] } {
  const result = Papa.parse<Cells>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const headers = result.meta.fields ?? [];
  if (!headers.includes('title')) {
    return {
      plan: emptyPlan(),
      errors: [{ row: 0, message: `This is not a task CSV: its first line must name the columns, including "title" (Tasklane writes ${CSV_COLUMNS.join(', ')}).` }],
    };
  }
  const errors: ImportError[] = [];
  // Papa's row index counts data rows from 0; the header is the file's row 1.
  const badRows = new Set<number>();
  for (const problem of result.errors) {
    if (problem.row === undefined) continue;
    badRows.add(problem.row);
    errors.push({ row: problem.row + 2, message: `Row ${problem.row + 2}: ${problem.message}.` });
  }
  const category = categoryLookup(options.categories);
  const plan = emptyPlan();
  const seenIds = new Set<string>();
  result.data.forEach((cells, index) => {
    if (badRows.has(index)) return;
    const row = index + 2;
    try {
      const task = rowToTask(cells, options, category);
      if (seenIds.has(task.id)) throw new RowProblem(`id ${task.id} appears on an earlier row too`);
      seenIds.add(task.id);
      const contact = rowContact(cells, options);
      plan.tasks.push({ task, row, ...(contact ? { contact } : {}) });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      errors.push({ row, message: `Row ${row}: ${error.message}.` });
    }
  });
  return { plan, errors: errors.sort((a, b) => a.row - b.row) };
}
