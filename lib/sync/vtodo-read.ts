// VTODO from the server → Task. Anything the server sends is untrusted: texts are cut to the
// model's caps and the result is validated against TaskSchema; an item that cannot become a
// valid task is reported (ReadResult.problem) and skipped, never thrown.
import ICAL from 'ical.js';
import * as v from 'valibot';
import { CategoryIdSchema, DIMENSIONS, IdSchema, MAX, TaskSchema, fieldIssue, type FieldIssue, type Priority, type Task, type TaskCategories } from '../model';
import { decodeFollowUp, FOLLOW_UP_PROPERTY } from './vtodo-follow-up';
import { icalToDue, icalToMs, registerTimezones } from './vtodo-time';
import { masterTodo, NEXT_OCCURRENCE_PROPERTY } from './vtodo-write';
import type { SkipWords } from './words';

/** Largest item accepted from a server: a task is a few KB; anything far larger is not one of ours to keep. */
export const MAX_ITEM_CHARS = 256 * 1024;

export type ReadResult =
  | { kind: 'task'; uid: string; task: Task; lastModified?: number }
  /** Not a task (a VEVENT or VJOURNAL in a mixed collection): ignored without a report. */
  | { kind: 'other' }
  | Malformed;

/** An item that cannot be a task: `problem` in English for logs, `words` for the rep. */
type Malformed = { kind: 'malformed'; problem: string; words: SkipWords };

const malformed = (problem: string, key: string, issue?: FieldIssue): Malformed => ({ kind: 'malformed', problem, words: { key, ...(issue ? { issue } : {}) } });

function text(todo: ICAL.Component, name: string, max: number): string {
  const value = todo.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** RFC 5545 PRIORITY: 1–4 high, 5 and 0 (undefined) normal, 6–9 low. */
function priorityOf(todo: ICAL.Component): Priority {
  const value = Number(todo.getFirstPropertyValue('priority') ?? 0);
  if (value >= 1 && value <= 4) return 'high';
  if (value >= 6 && value <= 9) return 'low';
  return 'normal';
}

function categoriesOf(todo: ICAL.Component): TaskCategories {
  const categories: TaskCategories = {};
  for (const dimension of DIMENSIONS) {
    const id = todo.getFirstPropertyValue(`x-tasklane-${dimension}`);
    if (v.is(CategoryIdSchema, id)) categories[dimension] = id;
  }
  return categories;
}

/** The minutes before DUE of the first alarm relative to the due time, if any. */
function reminderOf(todo: ICAL.Component): Task['reminder'] {
  for (const alarm of todo.getAllSubcomponents('valarm')) {
    const trigger = alarm.getFirstProperty('trigger');
    const value = trigger?.getFirstValue();
    if (trigger?.type !== 'duration' || !(value instanceof ICAL.Duration)) continue;
    const offsetMinutes = Math.round(-value.toSeconds() / 60);
    if (Math.abs(offsetMinutes) <= 525_600) return { offsetMinutes };
  }
  return undefined;
}

function recurrenceOf(todo: ICAL.Component, local: Task | undefined): Task['recurrence'] {
  const rule = todo.getFirstPropertyValue('rrule');
  if (!(rule instanceof ICAL.Recur)) return undefined;
  return { ...local?.recurrence, rrule: rule.toString().slice(0, 500) };
}

/**
 * The occurrence a completion made, as the server copy names it. Only the server's word counts
 * (not the local copy's): a reopen on another device drops the property, and the status change
 * then decides from what is stored here.
 */
function nextOccurrenceIdOf(todo: ICAL.Component): string | undefined {
  const id = todo.getFirstPropertyValue(NEXT_OCCURRENCE_PROPERTY);
  return v.is(IdSchema, id) ? id : undefined;
}

function sourceOf(todo: ICAL.Component, local: Task | undefined): Task['source'] {
  // Only web addresses become the task's link; another scheme stays on the server copy only.
  const raw = text(todo, 'url', MAX.url);
  const url = /^https?:\/\/\S+$/i.test(raw) && URL.canParse(raw) ? raw : undefined;
  if (local?.source) {
    const { url: _old, ...rest } = local.source;
    return url ? { ...rest, url } : rest;
  }
  return url ? { site: 'generic', url } : undefined;
}

/** A calendar object parsed far enough to know its task's UID. */
export type ParsedItem = { kind: 'parsed'; uid: string; todo: ICAL.Component } | { kind: 'other' } | Malformed;

/** Parses one calendar object up to its UID (the sync loads the local task of that UID next). */
export function parseVtodo(ics: string): ParsedItem {
  if (ics.length > MAX_ITEM_CHARS) return malformed('The item is larger than 256 KB.', 'syncSkip_tooLarge');
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  } catch (error) {
    return malformed(`It is not valid iCalendar (${String((error as Error)?.message ?? error).slice(0, 120)}).`, 'syncSkip_notCalendar');
  }
  const todo = masterTodo(calendar);
  if (!todo) {
    const other = ['vevent', 'vjournal'].some((name) => calendar.getFirstSubcomponent(name));
    return other ? { kind: 'other' } : malformed('It holds no task (VTODO).', 'syncSkip_noTask');
  }
  try {
    registerTimezones(calendar);
    const uid = text(todo, 'uid', 1_000);
    return uid ? { kind: 'parsed', uid, todo } : malformed('The task has no UID.', 'syncSkip_noUid');
  } catch (error) {
    return malformed(`The task could not be read (${String((error as Error)?.message ?? error).slice(0, 120)}).`, 'syncSkip_unreadable');
  }
}

/**
 * Reads one calendar object. `localFor(uid)` is the task this item belongs to, if any (its
 * Tasklane-only fields — contact, dedupe key, series start — are kept); `newIdFor(uid)` names a
 * task made from an item never seen before.
 */
export function readVtodo(
  ics: string,
  localFor: (uid: string) => Task | undefined,
  newIdFor: (uid: string) => string,
  now: number,
): ReadResult {
  const parsed = parseVtodo(ics);
  return parsed.kind === 'parsed' ? parsedToTask(parsed, localFor, newIdFor, now) : parsed;
}

/** The task a parsed VTODO describes (see readVtodo). */
export function parsedToTask(
  { uid, todo }: { uid: string; todo: ICAL.Component },
  localFor: (uid: string) => Task | undefined,
  newIdFor: (uid: string) => string,
  now: number,
  /** The title of an item without a SUMMARY (the sync passes the rep's words for it). */
  untitled = '(no title)',
): ReadResult {
  try {
    const local = localFor(uid);
    const lastModified = icalToMs(todo.getFirstPropertyValue('last-modified') as ICAL.Time | null);
    const due = todo.getFirstPropertyValue('due') as ICAL.Time | null;
    const done = text(todo, 'status', 40).toUpperCase() === 'COMPLETED';
    const completedAt = done
      ? (icalToMs(todo.getFirstPropertyValue('completed') as ICAL.Time | null) ?? local?.completedAt ?? lastModified ?? now)
      : undefined;
    const createdAt = local?.createdAt ?? icalToMs(todo.getFirstPropertyValue('created') as ICAL.Time | null) ?? now;
    const candidate: Record<string, unknown> = {
      ...local,
      id: local?.id ?? newIdFor(uid),
      title: text(todo, 'summary', MAX.title) || untitled,
      notes: text(todo, 'description', MAX.notes),
      due: due ? icalToDue(due) : undefined,
      priority: priorityOf(todo),
      categories: categoriesOf(todo),
      status: done ? 'done' : 'open',
      completedAt,
      reminder: reminderOf(todo),
      recurrence: recurrenceOf(todo, local),
      nextOccurrenceId: nextOccurrenceIdOf(todo),
      source: sourceOf(todo, local),
      // The server's word when it carries one (a reply seen on another device); else what is
      // kept here (another app may drop X- properties it does not know).
      followUp: decodeFollowUp(todo.getFirstPropertyValue(FOLLOW_UP_PROPERTY)) ?? local?.followUp,
      createdAt,
      // Never older than the local copy it replaces: updatedAt orders edits on this device.
      updatedAt: Math.max(lastModified ?? now, createdAt, (local?.updatedAt ?? -1) + 1),
    };
    for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
    const parsed = v.safeParse(TaskSchema, candidate);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return malformed(`The task's ${v.getDotPath(issue) ?? 'data'} is not usable: ${issue.message}`, 'syncSkip_field', fieldIssue(parsed.issues));
    }
    return { kind: 'task', uid, task: parsed.output, ...(lastModified !== undefined ? { lastModified } : {}) };
  } catch (error) {
    return malformed(`The task could not be read (${String((error as Error)?.message ?? error).slice(0, 120)}).`, 'syncSkip_unreadable');
  }
}
