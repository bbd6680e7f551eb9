// What an import will write, once every row has passed validation. Built by the JSON and CSV
// readers (./backup.ts, ./csv-import.ts), checked against the stored categories and contacts
// (checkReferences), then merged with the stored tasks (./task-merge.ts) and written in one
// transaction by lib/db/data-io.ts. Pure: this folder never imports the store.
import {
  DIMENSIONS,
  type CategoryValue,
  type Contact,
  type Dimension,
  type FollowUp,
  type ImportError,
  type NormalContact,
  type Priority,
  type Settings,
  type Target,
  type Task,
  type TaskStatus,
  type Template,
  type Tombstone,
} from '../model';

/** A JSON backup's task: the whole record, which replaces the stored copy only when newer. */
export interface ImportRecord {
  kind: 'record';
  task: Task;
  /** Where the record is in the file, for error messages (see ImportError). */
  row: number;
}

/**
 * The fields a CSV row's columns carry. A field is absent when the file has no column for it
 * (the stored value stays); null when its cell is empty (the stored value is cleared). A CSV
 * cannot carry recurrence, reminder, dedupe key or thread id: those are never touched.
 */
export interface TaskFieldsPatch {
  /** Every task CSV has a title column, and every row a title. */
  title: string;
  notes?: string;
  /** Absent also when the cell is empty: a status or priority is never "none". */
  status?: TaskStatus;
  priority?: Priority;
  /** `time` absent: the file has no due_time column, so a stored time stays with the new date. */
  due?: { date: string; time?: string | null } | null;
  categories?: Partial<Record<Dimension, string | null>>;
  /** `site` absent when its cell is empty: a source always has a site. */
  source?: { site?: NonNullable<Task['source']>['site']; url?: string | null; title?: string | null };
  createdAt?: number;
  /** Used when the task is (or becomes) done. */
  completedAt?: number;
  /** The follow-up columns: replace the stored follow-up; null clears it (./csv-follow-up.ts). */
  followUp?: FollowUp | null;
}

/** A CSV row: a patch of the stored task with its id, or a new task. */
export interface ImportPatch {
  kind: 'patch';
  id: string;
  row: number;
  fields: TaskFieldsPatch;
  /** The row's updated_at: when its copy was last edited. Absent in older exports and hand-made sheets. */
  editedAt?: number;
  /** The person on the row; absent when the file has no contact columns, null when the row's are empty. */
  contact?: NormalContact | null;
}

export type ImportTask = ImportRecord | ImportPatch;

export interface ImportPlan {
  tasks: ImportTask[];
  contacts: Contact[];
  categories: CategoryValue[];
  templates: Template[];
  targets: Target[];
  tombstones: Tombstone[];
  /** Only a JSON backup carries settings; they replace the stored ones. */
  settings?: Settings;
}

export const emptyPlan = (): ImportPlan => ({ tasks: [], contacts: [], categories: [], templates: [], targets: [], tombstones: [] });

/** The id, title and category ids an import task names, whichever reader made it. */
export function importTaskSummary(item: ImportTask): { id: string; title: string; categories: Partial<Record<Dimension, string | null>>; contactId?: string } {
  if (item.kind === 'record') {
    const { id, title, categories, contactId } = item.task;
    return { id, title, categories, ...(contactId ? { contactId } : {}) };
  }
  return { id: item.id, title: item.fields.title, categories: item.fields.categories ?? {} };
}

/** How many problems an import reports before summing up the rest. */
export const MAX_REPORTED_ERRORS = 100;

export function capErrors(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { row: errors[MAX_REPORTED_ERRORS]!.row, message: `…and ${rest} more problem${rest === 1 ? '' : 's'}.`, key: 'importMoreProblems', params: [String(rest)], count: rest },
  ];
}

export interface KnownRecords {
  /** "dimension:id" of the stored category values. */
  categories: Set<string>;
  /** Ids of stored contacts that the plan's tasks name. */
  contactIds: Set<string>;
}

/** A dimension's name in the rep's language (the UI says the key: "目标类型"). */
const dimensionName = (dimension: Dimension) => ({ key: `importField_${dimension}` });

/** Every id the plan refers to must exist after the import: no task may point at nothing. */
export function checkReferences(plan: ImportPlan, known: KnownRecords): ImportError[] {
  const categories = new Set([...known.categories, ...plan.categories.map((c) => `${c.dimension}:${c.id}`)]);
  const contacts = new Set([...known.contactIds, ...plan.contacts.map((c) => c.id)]);
  const errors: ImportError[] = [];
  const missing = (dimension: string, id: string) => !categories.has(`${dimension}:${id}`);

  for (const item of plan.tasks) {
    const task = importTaskSummary(item);
    for (const dimension of DIMENSIONS) {
      const id = task.categories[dimension];
      if (id && missing(dimension, id)) errors.push({ row: item.row, message: `Task "${task.title}": ${dimension} "${id}" is not a category value.`, key: 'importNoCategory', params: [task.title, dimensionName(dimension), id] });
    }
    if (task.contactId && !contacts.has(task.contactId)) {
      errors.push({ row: item.row, message: `Task "${task.title}": its contact ${task.contactId} is not in the file.`, key: 'importNoContact', params: [task.title, task.contactId] });
    }
  }
  plan.targets.forEach((target, i) => {
    if (missing(target.dimension, target.value)) {
      errors.push({ row: i + 1, message: `Target ${i + 1}: ${target.dimension} "${target.value}" is not a category value.`, key: 'importNoCategory', params: [`#${i + 1}`, dimensionName(target.dimension), target.value] });
    }
  });
  plan.templates.forEach((template, i) => {
    if (missing('goal', template.goal)) errors.push({ row: i + 1, message: `Template "${template.id}": goal "${template.goal}" is not a category value.`, key: 'importNoCategory', params: [template.id, dimensionName('goal'), template.goal] });
    if (template.cycle && missing('cycle', template.cycle)) {
      errors.push({ row: i + 1, message: `Template "${template.id}": cycle "${template.cycle}" is not a category value.`, key: 'importNoCategory', params: [template.id, dimensionName('cycle'), template.cycle] });
    }
  });
  return errors;
}
