// A task template per goal type: what a one-click task looks like before the rep edits it.
import * as v from 'valibot';
import { CategoryIdSchema, MAX, boundedString, requiredString } from './primitives';
import { LabelsSchema } from './category';

const LocalisedTextSchema = (max: number) =>
  v.object({ en: boundedString(max), 'zh-CN': boundedString(max) });

export const TemplateSchema = v.object({
  id: CategoryIdSchema,
  goal: CategoryIdSchema,
  labels: LabelsSchema,
  /** Title pattern; `{subject}` and `{name}` are filled in. */
  title: v.object({ en: requiredString(MAX.title), 'zh-CN': requiredString(MAX.title) }),
  notes: LocalisedTextSchema(MAX.notes),
  dueOffsetDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  cycle: v.optional(CategoryIdSchema),
  order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
});
export type Template = v.InferOutput<typeof TemplateSchema>;
