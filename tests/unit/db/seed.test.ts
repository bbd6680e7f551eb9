import { beforeEach, describe, expect, it } from 'vitest';
import * as db from '@/lib/db';
import { DEFAULT_CATEGORIES, DEFAULT_TEMPLATES } from '@/lib/taxonomy';
import { freshIndexedDb } from '../../helpers/fresh-db';

beforeEach(freshIndexedDb);

describe('seeding the defaults', () => {
  it('writes every shipped category and template on first open', async () => {
    const database = await db.openTasklaneDb();
    expect(await db.listCategories(database)).toEqual(DEFAULT_CATEGORIES);
    expect(await db.listTemplates(database)).toHaveLength(DEFAULT_TEMPLATES.length);
  });

  it('never overwrites a rename or resurrects a deleted default when opened again', async () => {
    let database = await db.openTasklaneDb();
    const b2b = DEFAULT_CATEGORIES.find((c) => c.id === 'b2b')!;
    await db.saveCategory(database, { ...b2b, labels: { en: 'Companies', 'zh-CN': '公司' } });
    await database.delete('categories', ['channel', 'online']);
    database.close();

    database = await db.openTasklaneDb();
    expect(await db.seedDefaults(database)).toBe(0);
    const values = await db.listCategories(database);
    expect(values.find((c) => c.id === 'b2b')?.labels.en).toBe('Companies');
    expect(values.find((c) => c.id === 'online')).toBeUndefined();
  });
});
