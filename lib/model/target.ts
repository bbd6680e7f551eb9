// A target: "20 new-customer calls a week", "collect 5 receivables this month". Progress is
// derived from the tasks (lib/insights/targets.ts), never stored, so it cannot drift.
import * as v from 'valibot';
import { DimensionSchema, type Dimension } from './category';
import { CategoryIdSchema, IdSchema } from './primitives';

export const TARGET_PERIODS = ['week', 'month', 'quarter'] as const;
export type TargetPeriod = (typeof TARGET_PERIODS)[number];
/** 'completed': tasks of the value completed in the period; 'created': tasks created in it. */
export const TARGET_METRICS = ['completed', 'created'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const TargetSchema = v.object({
  id: IdSchema,
  dimension: DimensionSchema,
  value: CategoryIdSchema,
  period: v.picklist(TARGET_PERIODS),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  metric: v.picklist(TARGET_METRICS),
});
export type Target = v.InferOutput<typeof TargetSchema>;

/** What to read for a target's progress: its value's tasks completed (or created) from `from` up to `to`. */
export interface TargetWindow {
  dimension: Dimension;
  value: string;
  metric: TargetMetric;
  /** Epoch ms, included. */
  from: number;
  /** Epoch ms, excluded. */
  to: number;
}
