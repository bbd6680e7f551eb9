// Task → VTODO for the server. Starts from the server's last copy of the item (when there is
// one) and replaces only the properties Tasklane owns, so another app's properties and
// components (X- properties, ATTACH, its own absolute-time alarms…) are written back unchanged.
import ICAL from 'ical.js';
import { writeTaskProperties, ICS_PRODID, type LabelOf } from '../data/ics';
import { DIMENSIONS, type Contact, type Task } from '../model';
import { FOLLOW_UP_PROPERTY, encodeFollowUp } from './vtodo-follow-up';
import { dueToIcal, msToIcal } from './vtodo-time';

/**
 * On a completed routine task: the id (and UID) of the occurrence its completion made, so a
 * device that pulls the completion does not make another (lib/db/status-change.ts).
 */
export const NEXT_OCCURRENCE_PROPERTY = 'x-tasklane-next';

/** Properties a push rewrites from the task; everything else on the server copy is kept. */
export const OWNED_PROPERTIES = [
  'uid', 'dtstamp', 'created', 'last-modified', 'summary', 'description', 'due', 'status', 'completed',
  'priority', 'categories', 'url', 'rrule', 'sequence', NEXT_OCCURRENCE_PROPERTY, FOLLOW_UP_PROPERTY,
  ...DIMENSIONS.map((d) => `x-tasklane-${d}`),
] as const;

export interface VtodoContext {
  labelOf: LabelOf;
  /** The task's person, written as CONTACT. */
  contact?: Pick<Contact, 'name' | 'email' | 'phone' | 'company'>;
  now: number;
}

/** The master VTODO of a parsed calendar (not an override carrying RECURRENCE-ID). */
export function masterTodo(calendar: ICAL.Component): ICAL.Component | undefined {
  const todos = calendar.getAllSubcomponents('vtodo');
  return todos.find((t) => !t.hasProperty('recurrence-id')) ?? todos[0];
}

function parseBase(base: string | undefined): { calendar: ICAL.Component; todo: ICAL.Component } | undefined {
  if (!base) return undefined;
  try {
    const calendar = new ICAL.Component(ICAL.parse(base) as unknown[]);
    const todo = masterTodo(calendar);
    return todo ? { calendar, todo } : undefined;
  } catch {
    return undefined; // A base we cannot read again is replaced by a fresh item.
  }
}

function freshCalendar(): { calendar: ICAL.Component; todo: ICAL.Component } {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  const todo = new ICAL.Component('vtodo');
  calendar.addSubcomponent(todo);
  return { calendar, todo };
}

function contactText(contact: NonNullable<VtodoContext['contact']>): string {
  const parts = [contact.name, contact.email ? `<${contact.email}>` : '', contact.phone, contact.company];
  return parts.filter(Boolean).join(' ').slice(0, 600);
}

/** Replaces the reminder's alarm: alarms relative to the due time are Tasklane's to rewrite. */
function writeReminder(todo: ICAL.Component, task: Task): void {
  for (const alarm of todo.getAllSubcomponents('valarm')) {
    const trigger = alarm.getFirstProperty('trigger');
    if (!trigger || trigger.type === 'duration') todo.removeSubcomponent(alarm);
  }
  if (!task.reminder || !task.due) return;
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', task.title);
  const minutes = task.reminder.offsetMinutes;
  const trigger = alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-minutes * 60));
  trigger.setParameter('related', 'END'); // END of a VTODO is its DUE.
  todo.addSubcomponent(alarm);
}

/**
 * The iCalendar text to PUT for a task. `base` is the server's copy last seen (undefined for a
 * new item); `uid` is the item's UID (the task id, or another app's UID for its items).
 */
export function taskToVtodo(task: Task, uid: string, base: string | undefined, context: VtodoContext): string {
  const { calendar, todo } = parseBase(base) ?? freshCalendar();
  const sequence = Number(todo.getFirstPropertyValue('sequence') ?? -1);
  for (const name of OWNED_PROPERTIES) todo.removeAllProperties(name);
  if (context.contact) todo.removeAllProperties('contact');

  todo.addPropertyWithValue('uid', uid);
  todo.addPropertyWithValue('dtstamp', msToIcal(context.now));
  writeTaskProperties(todo, task, context.labelOf);
  // The export writes a floating DUE; a synced one carries its zone (UTC) so devices in other
  // zones agree on the moment.
  todo.removeAllProperties('due');
  if (task.due) todo.addPropertyWithValue('due', dueToIcal(task.due));
  if (task.recurrence) todo.addPropertyWithValue('rrule', ICAL.Recur.fromString(task.recurrence.rrule.replace(/^RRULE:/i, '')));
  if (task.nextOccurrenceId) todo.addPropertyWithValue(NEXT_OCCURRENCE_PROPERTY, task.nextOccurrenceId);
  if (context.contact) todo.addPropertyWithValue('contact', contactText(context.contact));
  if (task.followUp) todo.addPropertyWithValue(FOLLOW_UP_PROPERTY, encodeFollowUp(task.followUp));
  todo.addPropertyWithValue('sequence', Number.isFinite(sequence) ? sequence + 1 : 0);
  writeReminder(todo, task);
  return calendar.toString() + '\r\n';
}
