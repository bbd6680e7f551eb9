import { signal } from '@preact/signals';
import { request } from '@/lib/messages/client';
import type { CategoryValue } from '@/lib/model';

/** Category values by "dimension:id", loaded once per page and refreshed on change. */
export const categoriesByKey = signal(new Map<string, CategoryValue>());
export const categoryList = signal<CategoryValue[]>([]);

export async function loadCategories(): Promise<void> {
  const { categories } = await request('categories.list', {});
  categoryList.value = categories;
  categoriesByKey.value = new Map(categories.map((c) => [`${c.dimension}:${c.id}`, c]));
}
