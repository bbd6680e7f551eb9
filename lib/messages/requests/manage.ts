// Requests of the options page's management sections (all tasks, bulk edits, categories,
// templates, targets, insights, import and export). All are for the extension's own pages.
// Handlers: lib/background/manage-handlers.ts (split by section under lib/background/manage/).
import * as v from 'valibot';
import {
  CategoryIdSchema,
  DimensionSchema,
  IdSchema,
  LocalDateSchema,
  MAX,
  TARGET_PERIODS,
  TargetSchema,
  TemplateSchema,
  boundedString,
  type CategoryValue,
  type ImportError,
  type ImportPreview,
  type Due,
  type Target,
  type TaskCategories,
  type TaskStatus,
  type Template,
} from '../../model';
import { isValidLocalDate, type LocalDate } from '../../dates/local-date';
import type { RequestDefinitions, TaskView } from '../protocol';

/**
 * A real calendar date. valibot's isoDate lets 2026-02-30 through, and lib/dates' arithmetic
 * (periods, weeks) throws on such a date, so these requests check it properly.
 */
export const CalendarDateSchema = v.pipe(LocalDateSchema, v.check((date: string) => isValidLocalDate(date), 'Not a calendar date'));

/** A dimension filter of task.list: a value id, or '-' for "no value set". */
const CategoryFilterSchema = v.optional(v.union([CategoryIdSchema, v.literal('-')]));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** Largest file data.import accepts: 20 MB of text. */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

export const BulkActionSchema = v.variant('kind', [
  v.object({ kind: v.literal('complete') }),
  v.object({ kind: v.literal('reopen') }),
  v.object({ kind: v.literal('delete') }),
  v.object({ kind: v.literal('recategorise'), dimension: DimensionSchema, value: v.nullable(CategoryIdSchema) }),
]);

/** What "All tasks" filters on (task.list's query without its sort and page). */
const TaskFilterEntries = {
  status: v.optional(v.picklist(['open', 'done', 'all']), 'all'),
  goal: CategoryFilterSchema,
  cycle: CategoryFilterSchema,
  customer: CategoryFilterSchema,
  channel: CategoryFilterSchema,
  dueFrom: v.optional(CalendarDateSchema),
  dueTo: v.optional(CalendarDateSchema),
  person: v.optional(boundedString(MAX.name)),
  text: v.optional(boundedString(MAX.title)),
  followUp: v.optional(v.picklist(['waiting', 'replied'])),
};

export const MANAGE_REQUESTS = {
  'task.list': {
    access: 'extension',
    input: v.object({
      ...TaskFilterEntries,
      sort: v.optional(v.picklist(['due', 'updated', 'created']), 'due'),
      offset: v.optional(int(0, 1_000_000), 0),
      limit: v.optional(int(1, 200), 50),
    }),
  },
  'task.bulk': {
    access: 'extension',
    input: v.object({ ids: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(1000)), action: BulkActionSchema }),
  },
  /**
   * A bulk action on every task the filters select, across pages. `expected`: the count the
   * rep confirmed; if the filters now select another number, nothing is changed.
   */
  'task.bulkMatching': {
    access: 'extension',
    input: v.object({ filter: v.object(TaskFilterEntries), action: BulkActionSchema, expected: int(1, 1_000_000) }),
  },
  'category.delete': {
    access: 'extension',
    input: v.object({ dimension: DimensionSchema, id: CategoryIdSchema, reassignTo: v.nullable(CategoryIdSchema) }),
  },
  'category.reorder': {
    access: 'extension',
    input: v.object({ dimension: DimensionSchema, ids: v.pipe(v.array(CategoryIdSchema), v.maxLength(MAX.listItems)) }),
  },
  'category.usage': { access: 'extension', input: v.object({}) },
  'template.save': { access: 'extension', input: v.object({ template: TemplateSchema }) },
  'template.delete': { access: 'extension', input: v.object({ id: CategoryIdSchema }) },
  'target.list': {
    access: 'extension',
    // The popup shows this week's targets only: `period` spares it the month's and quarter's.
    input: v.object({ today: v.optional(CalendarDateSchema), period: v.optional(v.picklist(TARGET_PERIODS)) }),
  },
  'target.save': { access: 'extension', input: v.object({ target: TargetSchema }) },
  'target.delete': { access: 'extension', input: v.object({ id: IdSchema }) },
  'insights.get': {
    access: 'extension',
    input: v.object({ weeks: v.optional(int(1, 52), 12), today: v.optional(CalendarDateSchema) }),
  },
  'data.export': { access: 'extension', input: v.object({ format: v.picklist(['json', 'csv', 'ics']) }) },
  'data.import': {
    access: 'extension',
    input: v.object({
      format: v.picklist(['json', 'csv']),
      content: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'The file is larger than 20 MB.')),
      commit: v.boolean(),
      /** The page's id for this request: progress events name it (lib/messages/events.ts). */
      job: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))),
    }),
  },
  'data.deleteAll': { access: 'extension', input: v.object({ confirm: v.literal('DELETE') }) },
} as const satisfies RequestDefinitions;

export interface TargetProgress {
  target: Target;
  /** Tasks counted toward the target in the current period so far. */
  done: number;
  periodStart: LocalDate;
  /** Inclusive. */
  periodEnd: LocalDate;
}

export interface GoalWeek {
  /** Tasks due that week. */
  due: number;
  /** Of those, completed (at any time). */
  completed: number;
  /** Of those, completed on or before the due date. */
  completedOnTime: number;
  /** Of those, still open after the due date, as of today. */
  overdue: number;
  /** completed / due; null when nothing was due. */
  completionRate: number | null;
}

export interface WeekInsight {
  /** The Monday the week starts on. */
  start: LocalDate;
  /** Keyed by goal id, and 'none' for tasks without a goal. */
  byGoal: Record<string, GoalWeek>;
}

export interface MilestoneInsight {
  id: string;
  title: string;
  due?: Due;
  status: TaskStatus;
  categories: TaskCategories;
}

export type { ImportFieldChange, ImportError, ImportField, ImportPreview, ImportTaskChange } from '../../model';

export interface ManageResponses {
  'task.list': { tasks: TaskView[]; total: number };
  'task.bulk': { changed: number };
  'task.bulkMatching': { changed: number };
  'category.delete': { moved: number };
  'category.reorder': { categories: CategoryValue[] };
  'category.usage': { counts: Record<string, number> };
  'template.save': { template: Template };
  'template.delete': { deleted: boolean };
  'target.list': { targets: TargetProgress[] };
  'target.save': { target: Target };
  'target.delete': { deleted: boolean };
  'insights.get': { weeks: WeekInsight[]; milestones: MilestoneInsight[] };
  'data.export': { filename: string; mime: string; content: string };
  'data.import': { preview: ImportPreview; errors: ImportError[]; committed: boolean };
  'data.deleteAll': { deleted: true };
}
