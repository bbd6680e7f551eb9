// The task: the one record a rep cares about. Ids are UUIDs made where the task is created, so
// tasks from other devices can merge by id later (sync) without a migration; deletes leave a
// tombstone (lib/db/tasks.ts) for the same reason.
import * as v from 'valibot';
import { TaskCategoriesSchema } from './category';
import { FollowUpSchema } from './follow-up';
import {
  HttpUrlSchema,
  IdSchema,
  LocalDateSchema,
  LocalTimeSchema,
  MAX,
  TimestampSchema,
  boundedString,
  requiredString,
} from './primitives';

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_SITES = [
  'gmail',
  'outlook',
  'salesforce',
  'hubspot',
  'pipedrive',
  'zoho',
  'dynamics',
  'roundcube',
  'qqmail',
  'netease',
  'generic',
  'manual',
] as const;
export type SourceSite = (typeof SOURCE_SITES)[number];

/** A calendar date, with a wall-clock time only when the rep gave one. */
export const DueSchema = v.object({
  date: LocalDateSchema,
  time: v.optional(LocalTimeSchema),
});
export type Due = v.InferOutput<typeof DueSchema>;

/** Where the task came from, so the popup can link back to the thread or record. */
export const SourceSchema = v.object({
  site: v.picklist(SOURCE_SITES),
  url: v.optional(HttpUrlSchema),
  /** The email subject or the CRM record's name. */
  title: v.optional(boundedString(MAX.sourceTitle)),
  /** The thread id or the CRM record id. */
  externalId: v.optional(boundedString(MAX.externalId)),
});
export type Source = v.InferOutput<typeof SourceSchema>;

/** The CRMs a task can also live in (lib/crm). */
export const CRM_IDS = ['pipedrive', 'hubspot', 'salesforce'] as const;
export type CrmId = (typeof CRM_IDS)[number];

/**
 * The task's copy in a CRM (lib/crm): which CRM, the remote record's id, a link to it and when
 * it last matched. Written by the background only; an unlinked (remotely deleted) copy is removed.
 */
export const RemoteLinkSchema = v.object({
  crm: v.picklist(CRM_IDS),
  id: requiredString(100),
  url: v.optional(HttpUrlSchema),
  syncedAt: v.optional(TimestampSchema),
});
export type RemoteLink = v.InferOutput<typeof RemoteLinkSchema>;

/**
 * A routine task's RFC 5545 RRULE (lib/recurrence). Completing an occurrence creates the next.
 * `start` anchors the series; `seriesTitle` is kept when one occurrence was renamed on its own.
 */
export const RecurrenceSchema = v.object({
  rrule: v.pipe(requiredString(500), v.regex(/^(RRULE:)?FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,+\-:]+)*$/i, 'Not a recurrence rule')),
  start: v.optional(LocalDateSchema),
  seriesTitle: v.optional(requiredString(MAX.title)),
});
/** Minutes before the due moment (date-only tasks: before the default reminder time). */
export const ReminderSchema = v.object({
  offsetMinutes: v.pipe(v.number(), v.integer(), v.minValue(-525_600), v.maxValue(525_600)),
});

const taskFields = {
  title: requiredString(MAX.title),
  notes: boundedString(MAX.notes),
  due: v.optional(DueSchema),
  priority: v.picklist(PRIORITIES),
  categories: TaskCategoriesSchema,
  contactId: v.optional(IdSchema),
  source: v.optional(SourceSchema),
  recurrence: v.optional(RecurrenceSchema),
  reminder: v.optional(ReminderSchema),
  /** A follow-up that closes when the person replies (lib/model/follow-up.ts). */
  followUp: v.optional(FollowUpSchema),
};

export const TaskSchema = v.object({
  id: IdSchema,
  ...taskFields,
  status: v.picklist(TASK_STATUSES),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  completedAt: v.optional(TimestampSchema),
  /**
   * On a completed routine task: the occurrence its completion made (lib/db/status-change.ts),
   * so reopening it takes that one back and completing it again makes no second. Synced as
   * X-TASKLANE-NEXT, so a completion made on one device is not advanced again on another.
   */
  nextOccurrenceId: v.optional(IdSchema),
  /** Same key twice means the same task: a retried or duplicated create returns the first. */
  dedupeKey: v.optional(requiredString(MAX.dedupeKey)),
  /** Its copies in CRMs (issue 18), one per CRM at most. */
  remote: v.optional(v.pipe(v.array(RemoteLinkSchema), v.maxLength(CRM_IDS.length))),
});
export type Task = v.InferOutput<typeof TaskSchema>;

/** What a caller sends to create a task; the background fills in id, status and timestamps. */
export const TaskDraftSchema = v.object({
  title: taskFields.title,
  notes: v.optional(taskFields.notes, ''),
  due: taskFields.due,
  priority: v.optional(taskFields.priority, 'normal'),
  categories: v.optional(taskFields.categories, {}),
  source: taskFields.source,
  recurrence: taskFields.recurrence,
  reminder: taskFields.reminder,
  followUp: taskFields.followUp,
  dedupeKey: v.optional(requiredString(MAX.dedupeKey)),
});
export type TaskDraft = v.InferOutput<typeof TaskDraftSchema>;

/** The length of a quick-create panel submission's id (see task.create's submissionId). */
export const SUBMISSION_ID_LENGTH = 16;
/** A panel submission's id: 16 hex digits, random, made in the page (lib/content/follow-up.ts). */
export const SubmissionIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'Not a submission id'));

/** The fields an edit may change. `null` clears an optional field. */
export const TaskPatchSchema = v.object({
  title: v.optional(taskFields.title),
  notes: v.optional(taskFields.notes),
  due: v.optional(v.nullable(DueSchema)),
  priority: v.optional(taskFields.priority),
  categories: v.optional(taskFields.categories),
  status: v.optional(v.picklist(TASK_STATUSES)),
  recurrence: v.optional(v.nullable(RecurrenceSchema)),
  reminder: v.optional(v.nullable(ReminderSchema)),
  followUp: v.optional(v.nullable(FollowUpSchema)),
  /**
   * "Close when they reply" on or off. The background turns it into `followUp` (a task without
   * one gets its person and thread); never stored as such.
   */
  closeOnReply: v.optional(v.boolean()),
});
export type TaskPatch = v.InferOutput<typeof TaskPatchSchema>;

/** A deleted task leaves this behind so a later sync can delete it elsewhere too. */
export const TombstoneSchema = v.object({ id: IdSchema, deletedAt: TimestampSchema });
export type Tombstone = v.InferOutput<typeof TombstoneSchema>;
