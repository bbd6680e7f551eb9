// Every request the background answers: its input schema and who may send it. Replies are
// typed in ResponseMap. Content scripts may only create a task, undo their own create, look
// up a contact and ask for a suggestion; everything else is for the extension's own pages.
import * as v from 'valibot';
import {
  CategoryValueSchema,
  CRM_IDS,
  ContactInputSchema,
  EmailSchema,
  HttpUrlSchema,
  IdSchema,
  SOURCE_SITES,
  LocalDateSchema,
  SubmissionIdSchema,
  MAX,
  SettingsPatchSchema,
  TaskCategoriesSchema,
  TaskDraftSchema,
  TaskPatchSchema,
  boundedString,
  type CategoryValue,
  type Contact,
  type Settings,
  type Task,
  type Template,
} from '../model';
import type { PageSuggestion } from './suggestion';
import { COMPOSE_REQUESTS, type ComposeResponses } from './requests/compose';
import { FOLLOW_UP_REQUESTS, type FollowUpResponses } from './requests/follow-up';
import { MANAGE_REQUESTS, type ManageResponses } from './requests/manage';
import { PAGE_REQUESTS, type PageResponses } from './requests/page';
import { SITES_REQUESTS, type SitesResponses } from './requests/sites';
import { SYNC_REQUESTS, type SyncResponses } from './requests/sync';
import { CRM_REQUESTS, type CrmChoice, type CrmResponses } from './requests/crm';

export type Access = 'content' | 'extension';

export type RequestDefinitions = Record<string, { access: Access; input: v.GenericSchema }>;

const CORE_REQUESTS = {
  'task.create': {
    access: 'content',
    input: v.object({
      draft: TaskDraftSchema,
      contact: v.optional(ContactInputSchema),
      /**
       * Set by the quick-create panel: what the rep typed is created even when an open task
       * already holds draft.dedupeKey; a retry with the same id returns the task it made.
       * Without it (one click) an open task with the key is returned, `created: false`.
       */
      submissionId: v.optional(SubmissionIdSchema),
      /**
       * The categories the rep changed from the suggestion in the panel: remembered for this
       * contact and their company's domain, so the next suggestion starts from them.
       */
      corrections: v.optional(TaskCategoriesSchema),
      /**
       * The quick-create panel's "Also create in …" choice (issue 18): the connected CRMs to
       * create the task in too. Without it (one click) each connected CRM's default applies.
       */
      crm: v.optional(v.pipe(v.array(v.picklist(CRM_IDS)), v.maxLength(CRM_IDS.length))),
    }),
  },
  /**
   * The popup's quick add: "Call Dana tomorrow about the renewal". The background reads the due
   * date, matches the person against known contacts by name and classifies like a page click.
   */
  'task.quickAdd': { access: 'extension', input: v.object({ text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX.title)) }) },
  'task.undoCreate': {
    access: 'content',
    input: v.object({ id: IdSchema, undoToken: v.pipe(v.string(), v.maxLength(64)) }),
  },
  /** Injects the quick-create panel's script into the asking frame, on first use only. */
  'panel.load': { access: 'content', input: v.object({}) },
  'contact.lookup': {
    access: 'content',
    input: v.object({ email: v.optional(EmailSchema), phone: v.optional(boundedString(MAX.phone)) }),
  },
  'classify.suggest': {
    access: 'content',
    input: v.object({
      contact: v.optional(
        v.object({
          name: v.optional(boundedString(MAX.name)),
          email: v.optional(EmailSchema),
          phone: v.optional(boundedString(MAX.phone)),
          company: v.optional(boundedString(MAX.company)),
        }),
      ),
      subject: v.optional(boundedString(MAX.sourceTitle)),
      /** The email body or record text; callers cut it to MAX.text. */
      text: v.optional(boundedString(MAX.text)),
      site: v.optional(v.picklist(SOURCE_SITES)),
      url: v.optional(HttpUrlSchema),
      /** What the rep typed as a due date ("next Tuesday", "下周二"), parsed in the background. */
      dueText: v.optional(boundedString(100)),
      /** The message around the person (lib/detect/message): its own newest text, the quoted
       *  history and the signature apart, each cut to MAX.text by the caller. */
      body: v.optional(boundedString(MAX.text)),
      quoted: v.optional(boundedString(MAX.text)),
      signature: v.optional(boundedString(MAX.text)),
      /** When the email was sent, as the page shows it: relative deadlines count from it. */
      sentDate: v.optional(LocalDateSchema),
      /** Who sent that message (the person clicked may be a recipient). */
      sender: v.optional(v.object({ email: v.optional(EmailSchema), name: v.optional(boundedString(MAX.name)) })),
      /** A CRM record's relationship field as the page shows it ("Customer - Direct", "Lead", 客户). */
      stage: v.optional(boundedString(100)),
    }),
  },
  /** Whether data is being kept: the popup and options page warn when it is not. */
  'app.status': { access: 'extension', input: v.object({}) },
  'task.get': { access: 'extension', input: v.object({ id: IdSchema }) },
  'task.listDue': {
    access: 'extension',
    input: v.object({
      today: v.optional(LocalDateSchema),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 50),
      /** Also list open tasks due in the next this-many days (0: none). */
      upcomingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(31)), 0),
    }),
  },
  'task.update': { access: 'extension', input: v.object({ id: IdSchema, patch: TaskPatchSchema }) },
  'task.delete': { access: 'extension', input: v.object({ id: IdSchema }) },
  'categories.list': { access: 'extension', input: v.object({}) },
  'category.save': { access: 'extension', input: v.object({ value: CategoryValueSchema }) },
  'templates.list': { access: 'extension', input: v.object({}) },
  'settings.get': { access: 'extension', input: v.object({}) },
  'settings.save': { access: 'extension', input: v.object({ patch: SettingsPatchSchema }) },
} as const satisfies RequestDefinitions;

/** All requests: the core ones above, and each feature's group from ./requests/. */
export const REQUESTS = { ...CORE_REQUESTS, ...MANAGE_REQUESTS, ...SYNC_REQUESTS, ...SITES_REQUESTS, ...PAGE_REQUESTS, ...CRM_REQUESTS, ...FOLLOW_UP_REQUESTS, ...COMPOSE_REQUESTS } as const;

export type RequestType = keyof typeof REQUESTS;
/** What a caller passes (defaults may be left out). */
export type RequestInput<K extends RequestType> = v.InferInput<(typeof REQUESTS)[K]['input']>;
/** What a handler receives, validated, with defaults filled in. */
export type RequestPayload<K extends RequestType> = v.InferOutput<(typeof REQUESTS)[K]['input']>;

/** A task as lists show it: with the person it is for. */
export type TaskView = Task & { contact?: Pick<Contact, 'name' | 'email' | 'company'> };

export interface ResponseMap extends ManageResponses, SyncResponses, SitesResponses, PageResponses, CrmResponses, FollowUpResponses, ComposeResponses {
  /**
   * `storage`: 'memory' when the browser refuses IndexedDB and the task lasts only while the
   * worker lives, so the page's toast can say so.
   */
  'task.create': { task: Task; created: boolean; undoToken?: string; storage: 'persistent' | 'memory' };
  'task.undoCreate': { deleted: boolean };
  /** `person`: the known contact the words named, if exactly one did. */
  'task.quickAdd': { task: Task; created: boolean; storage: 'persistent' | 'memory'; person?: string };
  'contact.lookup': { contact?: Contact; openTasks: Task[] };
  'panel.load': { loaded: true };
  'classify.suggest': {
    suggestion: PageSuggestion;
    /** The rep's dueText as a date, null when it could not be read. */
    dueFromText: { date: string; time?: string; matched: string } | null;
    /** Active category values and templates, for the quick-create panel's pickers. */
    categories: CategoryValue[];
    templates: Template[];
    /** This person's open tasks, so the panel can warn before a duplicate. */
    openTasks: Pick<Task, 'id' | 'title' | 'due'>[];
    locale: 'en' | 'zh-CN';
    /** The connected CRMs the panel offers to create the task in too, checked by default or not. */
    crm: CrmChoice[];
  };
  'app.status': { storage: 'persistent' | 'memory' };
  'task.get': { task: TaskView };
  'task.listDue': {
    today: string;
    overdue: TaskView[];
    dueToday: TaskView[];
    total: number;
    upcoming: TaskView[];
    /** Open tasks due today or overdue per goal id ('none': no goal), counted past `limit`. */
    countsByGoal: Record<string, number>;
  };
  'task.update': { task: Task };
  'task.delete': { deleted: boolean };
  'categories.list': { categories: CategoryValue[] };
  'category.save': { value: CategoryValue };
  'templates.list': { templates: Template[] };
  'settings.get': { settings: Settings };
  'settings.save': { settings: Settings };
}

/** The envelope of every request. */
export const EnvelopeSchema = v.object({
  tasklane: v.literal(1),
  type: v.pipe(v.string(), v.maxLength(40)),
  payload: v.optional(v.unknown(), {}),
});

export type Reply<K extends RequestType = RequestType> =
  | { ok: true; data: ResponseMap[K] }
  | { ok: false; error: import('./errors').ErrorInfo };

export { isChangeEvent, isFollowUpWatchEvent, isProgressEvent, type ChangeEvent, type FollowUpWatchEvent, type ProgressEvent } from './events';
export { MAX_WATCH_ENTRIES, type WatchEntry, type ReplyOutcome } from './requests/follow-up';
