// What an import will write, once every row has passed validation. Built by the JSON and CSV
// readers (./backup.ts, ./csv-import.ts), checked against the stored categories and contacts
// (checkReferences), then written in one transaction by lib/db/data-io.ts.
import type { NormalContact } from '../db/contacts';
import type { ImportError } from '../messages/requests/manage';
import { DIMENSIONS, type CategoryValue, type Contact, type Settings, type Target, type Task, type Template, type Tombstone } from '../model';

export interface ImportTask {
  task: Task;
  /** From a CSV row: found by email or phone, or created, then linked (JSON uses task.contactId). */
  contact?: NormalContact;
  /** Where the row is in the file, for error messages (see ImportError). */
  row: number;
}

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

/** How many problems an import reports before summing up the rest. */
export const MAX_REPORTED_ERRORS = 100;

export function capErrors(errors: ImportError[]): ImportError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { row: errors[MAX_REPORTED_ERRORS]!.row, message: `…and ${rest} more problem${rest === 1 ? '' : 's'}.` },
  ];
}

export interface KnownRecords {
  /** "dimension:id" of the stored category values. */
  categories: Set<string>;
  /** Ids of stored contacts that the plan's tasks name. */
  contactIds: Set<string>;
}

/** Every id the plan refers to must exist after the import: no task may point at nothing. */
export function checkReferences(plan: ImportPlan, known: KnownRecords): ImportError[] {
  const categories = new Set([...known.categories, ...plan.categories.map((c) => `${c.dimension}:${c.id}`)]);
  const contacts = new Set([...known.contactIds, ...plan.contacts.map((c) => c.id)]);
  const errors: ImportError[] = [];
  const missing = (dimension: string, id: string) => !categories.has(`${dimension}:${id}`);

  for (const { task, row } of plan.tasks) {
    for (const dimension of DIMENSIONS) {
      const id = task.categories[dimension];
      if (id && missing(dimension, id)) errors.push({ row, message: `Task "${task.title}": ${dimension} "${id}" is not a category value.` });
    }
    if (task.contactId && !contacts.has(task.contactId)) {
      errors.push({ row, message: `Task "${task.title}": its contact ${task.contactId} is not in the file.` });
    }
  }
  plan.targets.forEach((target, i) => {
    if (missing(target.dimension, target.value)) {
      errors.push({ row: i + 1, message: `Target ${i + 1}: ${target.dimension} "${target.value}" is not a category value.` });
    }
  });
  plan.templates.forEach((template, i) => {
    if (missing('goal', template.goal)) errors.push({ row: i + 1, message: `Template "${template.id}": goal "${template.goal}" is not a category value.` });
    if (template.cycle && missing('cycle', template.cycle)) {
      errors.push({ row: i + 1, message: `Template "${template.id}": cycle "${template.cycle}" is not a category value.` });
    }
  });
  return errors;
}
