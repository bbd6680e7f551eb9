// Writes the shipped defaults (lib/taxonomy) on install and adds new ones on update, without
// ever overwriting a rep's edits: each default is written once, and its id remembered, so one
// the rep renamed keeps its name and one they deleted does not come back.
import { DEFAULT_CATEGORIES, DEFAULT_TEMPLATES } from '../taxonomy';
import type { TasklaneDb } from './schema';

export const SEEDED_KEY = 'seeded';

export interface SeededIds {
  categories: string[];
  templates: string[];
}

/** The seeded record once every shipped default has been written. */
export function allDefaultsSeeded(): SeededIds {
  return {
    categories: DEFAULT_CATEGORIES.map((value) => `${value.dimension}:${value.id}`),
    templates: DEFAULT_TEMPLATES.map((template) => template.id),
  };
}

export async function seedDefaults(db: TasklaneDb): Promise<number> {
  const tx = db.transaction(['meta', 'categories', 'templates'], 'readwrite');
  const meta = tx.objectStore('meta');
  const seeded = ((await meta.get(SEEDED_KEY)) as SeededIds | undefined) ?? {
    categories: [],
    templates: [],
  };
  const doneCategories = new Set(seeded.categories);
  const doneTemplates = new Set(seeded.templates);
  const alreadySeeded = doneCategories.size + doneTemplates.size;
  let added = 0;

  for (const value of DEFAULT_CATEGORIES) {
    const key = `${value.dimension}:${value.id}`;
    if (doneCategories.has(key)) continue;
    const existing = await tx.objectStore('categories').get([value.dimension, value.id]);
    if (!existing) {
      await tx.objectStore('categories').put(value);
      added++;
    }
    doneCategories.add(key);
  }
  for (const template of DEFAULT_TEMPLATES) {
    if (doneTemplates.has(template.id)) continue;
    if (!(await tx.objectStore('templates').get(template.id))) {
      await tx.objectStore('templates').put(template);
      added++;
    }
    doneTemplates.add(template.id);
  }
  if (doneCategories.size + doneTemplates.size !== alreadySeeded) {
    await meta.put({ categories: [...doneCategories], templates: [...doneTemplates] }, SEEDED_KEY);
  }
  await tx.done;
  return added;
}
