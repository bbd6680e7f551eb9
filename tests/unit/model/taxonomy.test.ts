import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CategoryValueSchema, DIMENSIONS, TemplateSchema } from '@/lib/model';
import { DEFAULT_CATEGORIES, DEFAULT_TEMPLATES } from '@/lib/taxonomy';

describe('shipped defaults (../shared/taxonomy.md)', () => {
  it('have the taxonomy ids of every dimension', () => {
    const ids = (d: string) => DEFAULT_CATEGORIES.filter((c) => c.dimension === d).map((c) => c.id);
    expect(ids('goal')).toEqual(['new_customer', 'existing_customer', 'payment_collection', 'market_research']);
    expect(ids('cycle')).toEqual(['daily', 'phased']);
    expect(ids('customer')).toEqual(['b2b', 'b2c']);
    expect(ids('channel')).toEqual(['direct', 'distribution', 'online']);
    expect(new Set(DEFAULT_CATEGORIES.map((c) => c.dimension))).toEqual(new Set(DIMENSIONS));
  });

  it('carry English and Chinese labels and pass their own schema', () => {
    for (const value of DEFAULT_CATEGORIES) expect(v.safeParse(CategoryValueSchema, value).success).toBe(true);
    expect(DEFAULT_CATEGORIES.find((c) => c.id === 'payment_collection')?.labels['zh-CN']).toBe('回款确认');
  });

  it('ship valid templates for every goal type', () => {
    for (const template of DEFAULT_TEMPLATES) expect(v.safeParse(TemplateSchema, template).success).toBe(true);
    const goals = new Set(DEFAULT_TEMPLATES.map((t) => t.goal));
    expect(goals).toEqual(new Set(['new_customer', 'existing_customer', 'payment_collection', 'market_research']));
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });
});
