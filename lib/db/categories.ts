import { DIMENSIONS, type CategoryValue, type Template } from '../model';
import { toStorageError } from './errors';
import { deleteRecord, putRecord } from './records';
import type { TasklaneDb } from './schema';

/** All category values, by dimension (taxonomy order), then by the rep's order. */
export async function listCategories(db: TasklaneDb): Promise<CategoryValue[]> {
  const all = await db.getAll('categories');
  return all.sort(
    (a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) || a.order - b.order,
  );
}

export async function saveCategory(db: TasklaneDb, value: CategoryValue): Promise<void> {
  try {
    await db.put('categories', value);
  } catch (error) {
    throw toStorageError(error);
  }
}

export async function listTemplates(db: TasklaneDb): Promise<Template[]> {
  return (await db.getAll('templates')).sort((a, b) => a.order - b.order);
}

export function saveTemplate(db: TasklaneDb, template: Template): Promise<void> {
  return putRecord(db, 'templates', template);
}

export function deleteTemplate(db: TasklaneDb, id: string): Promise<boolean> {
  return deleteRecord(db, 'templates', id);
}
