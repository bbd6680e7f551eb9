// The full JSON backup (Options → Data): every record, readable by a later Tasklane. Reading
// one back validates every record against the model's schemas (with their length caps)
// before anything is written.
import * as v from 'valibot';
import { isValidLocalDate } from '../dates/local-date';
import {
  CategoryValueSchema,
  ContactSchema,
  DEFAULT_SETTINGS,
  SettingsSchema,
  TargetSchema,
  TaskSchema,
  TemplateSchema,
  TombstoneSchema,
  fieldIssue,
  type CategoryValue,
  type ImportError,
  type Contact,
  type Settings,
  type Target,
  type Task,
  type Template,
  type Tombstone,
} from '../model';
import { emptyPlan, type ImportPlan } from './plan';

export const BACKUP_APP = 'tasklane';
/** The backup format's version (not the database's): bump it when the shape changes. */
export const BACKUP_VERSION = 1;

export interface Backup {
  app: typeof BACKUP_APP;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  tasks: Task[];
  contacts: Contact[];
  categories: CategoryValue[];
  templates: Template[];
  targets: Target[];
  settings: Settings;
  tombstones: Tombstone[];
}

export type BackupRecords = Omit<Backup, 'app' | 'version' | 'exportedAt'>;

export function buildBackup(records: BackupRecords, exportedAt: number): string {
  const backup: Backup = { app: BACKUP_APP, version: BACKUP_VERSION, exportedAt: new Date(exportedAt).toISOString(), ...records };
  return JSON.stringify(backup, null, 1);
}

/** Each list of the backup: its schema, how an error names a record, and what must be unique. */
/** TaskSchema's date check (valibot isoDate) accepts 2026-02-30; a backup must not bring one in. */
const ImportedTaskSchema = v.pipe(
  TaskSchema,
  v.check((task) => !task.due || isValidLocalDate(task.due.date), 'due.date is not a calendar date'),
);

const LISTS = {
  tasks: { schema: ImportedTaskSchema, noun: 'Task', keys: (t: Task) => [t.id, ...(t.dedupeKey ? [`dedupe:${t.dedupeKey}`] : [])] },
  contacts: { schema: ContactSchema, noun: 'Contact', keys: (c: Contact) => [c.id, ...(c.email ? [`email:${c.email}`] : [])] },
  categories: { schema: CategoryValueSchema, noun: 'Category', keys: (c: CategoryValue) => [`${c.dimension}:${c.id}`] },
  templates: { schema: TemplateSchema, noun: 'Template', keys: (t: Template) => [t.id] },
  targets: { schema: TargetSchema, noun: 'Target', keys: (t: Target) => [t.id] },
  tombstones: { schema: TombstoneSchema, noun: 'Deleted-task record', keys: (t: Tombstone) => [t.id] },
} as const;
type ListName = keyof typeof LISTS;

/** A list's name in the rep's language (the UI says the key). */
const listName = (name: ListName) => ({ key: `importList_${name}` });

const fileError = (message: string, key: string, params?: string[]): { plan: ImportPlan; errors: ImportError[] } => ({
  plan: emptyPlan(),
  errors: [{ row: 0, message, key, ...(params ? { params } : {}) }],
});

/** valibot's English account of a record's first issues, for logs (the UI says a FieldIssue). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? 'record'}: ${issue.message}`)
    .join('; ');
}

type Row<N extends ListName> = { record: v.InferOutput<(typeof LISTS)[N]['schema']>; row: number };

/** The valid records of one list with their 1-based position; problems go to `errors`. */
function readList<N extends ListName>(name: N, raw: unknown, errors: ImportError[]): Row<N>[] {
  if (raw === undefined) return [];
  const { schema, noun, keys } = LISTS[name];
  if (!Array.isArray(raw)) {
    errors.push({ row: 0, message: `"${name}" in the file is not a list.`, key: 'importNotAList', params: [listName(name)] });
    return [];
  }
  const seen = new Set<string>();
  const out: Row<N>[] = [];
  raw.forEach((item, i) => {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) {
      const detail = describeIssues(parsed.issues);
      errors.push({ row: i + 1, message: `${noun} ${i + 1} in "${name}": ${detail}`, key: 'importItemInvalid', params: [String(i + 1), listName(name)], issue: fieldIssue(parsed.issues) });
      return;
    }
    const record = parsed.output as never;
    const repeated = (keys as (r: never) => string[])(record).find((key) => seen.has(key));
    if (repeated) {
      errors.push({ row: i + 1, message: `${noun} ${i + 1} in "${name}" repeats ${repeated} of an earlier one.`, key: 'importItemRepeated', params: [String(i + 1), listName(name), repeated] });
      return;
    }
    for (const key of (keys as (r: never) => string[])(record)) seen.add(key);
    out.push({ record, row: i + 1 });
  });
  return out;
}

const records = <N extends ListName>(rows: Row<N>[]) => rows.map((r) => r.record);

/** Reads a backup file into a plan; any error means the plan must not be written. */
export function parseBackup(content: string): { plan: ImportPlan; errors: ImportError[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return fileError('This file is not a Tasklane backup: it is not valid JSON. Choose the .json file Tasklane exported.', 'importNotJson');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { app?: unknown }).app !== BACKUP_APP) {
    return fileError('This file is not a Tasklane backup. Choose the .json file Tasklane exported.', 'importNotBackup');
  }
  const backup = raw as Record<string, unknown>;
  if (backup.version !== BACKUP_VERSION) {
    const version = String(backup.version).slice(0, 20);
    return fileError(`This backup has format version ${version}, which this Tasklane cannot read. Update Tasklane and try again.`, 'importBackupVersion', [version]);
  }
  const errors: ImportError[] = [];
  const plan: ImportPlan = {
    ...emptyPlan(),
    tasks: readList('tasks', backup.tasks, errors).map(({ record, row }) => ({ kind: 'record' as const, task: record, row })),
    contacts: records(readList('contacts', backup.contacts, errors)),
    categories: records(readList('categories', backup.categories, errors)),
    templates: records(readList('templates', backup.templates, errors)),
    targets: records(readList('targets', backup.targets, errors)),
    tombstones: records(readList('tombstones', backup.tombstones, errors)),
  };
  if (backup.settings !== undefined) {
    // Settings added after the backup was made take their defaults.
    const settings = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...(backup.settings as object) });
    if (settings.success) plan.settings = settings.output;
    else errors.push({ row: 1, message: `Settings: ${describeIssues(settings.issues)}`, key: 'importSettingsIssue', params: [], issue: fieldIssue(settings.issues, 'settings') });
  }
  return { plan, errors };
}
