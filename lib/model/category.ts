// The four classification dimensions (../shared/taxonomy.md) and their user-editable values.
import * as v from 'valibot';
import { DIMENSIONS } from './dimensions';
import { CategoryIdSchema, HexColorSchema, MAX, requiredString } from './primitives';

export { DIMENSIONS, type Dimension } from './dimensions';
export const DimensionSchema = v.picklist(DIMENSIONS);

export const LabelsSchema = v.object({
  en: requiredString(MAX.label),
  'zh-CN': requiredString(MAX.label),
});
export type Labels = v.InferOutput<typeof LabelsSchema>;

export const CategoryValueSchema = v.object({
  dimension: DimensionSchema,
  id: CategoryIdSchema,
  labels: LabelsSchema,
  color: HexColorSchema,
  order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  archived: v.boolean(),
});
export type CategoryValue = v.InferOutput<typeof CategoryValueSchema>;

/** A task's classification: one value id per dimension, each may be unset. */
export const TaskCategoriesSchema = v.object({
  goal: v.optional(CategoryIdSchema),
  cycle: v.optional(CategoryIdSchema),
  customer: v.optional(CategoryIdSchema),
  channel: v.optional(CategoryIdSchema),
});
export type TaskCategories = v.InferOutput<typeof TaskCategoriesSchema>;
