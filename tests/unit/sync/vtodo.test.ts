import { describe, expect, it } from 'vitest';
import type { Task } from '@/lib/model';
import { readVtodo } from '@/lib/sync/vtodo-read';
import { taskToVtodo } from '@/lib/sync/vtodo-write';

const ID = '0b6f1f0e-8c1a-4d7e-9a51-2f1c3e4d5a61';
const task: Task = {
  id: ID, title: 'Follow up: Q4 pricing', notes: 'Bring the discount sheet', priority: 'high',
  due: { date: '2026-11-20', time: '10:00' }, status: 'open',
  categories: { goal: 'new_customer', cycle: 'daily', customer: 'b2b', channel: 'direct' },
  source: { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ', title: 'Q4 pricing' },
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO' }, reminder: { offsetMinutes: 15 },
  createdAt: 1763600000000, updatedAt: 1763600123000, dedupeKey: 'gmail:FMfcgzQXJ:dana',
};
const context = { labelOf: (_d: string, id: string) => `Label ${id}`, now: 1763600200000, contact: { name: 'Dana Lee', email: 'dana.lee@northwind.example', company: '' } };
const read = (ics: string, local?: Task) => readVtodo(ics, () => local, () => 'c2a9b1d3-3e4f-4a5b-8c6d-7e8f9a0b1c2d', 1763600300000);

describe('Task ↔ VTODO', () => {
  it('writes every mapped property', () => {
    const ics = taskToVtodo(task, ID, undefined, context);
    expect(ics).toContain(`UID:${ID}`);
    expect(ics).toMatch(/DUE:20261120T\d{6}Z/);
    for (const line of ['SUMMARY:Follow up: Q4 pricing', 'DESCRIPTION:Bring the discount sheet', 'STATUS:NEEDS-ACTION', 'PRIORITY:1',
      'RRULE:FREQ=WEEKLY;BYDAY=MO', 'TRIGGER;RELATED=END:-PT15M', 'URL:https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
      'CONTACT:Dana Lee <dana.lee@northwind.example>', 'X-TASKLANE-GOAL:new_customer', 'X-TASKLANE-CHANNEL:direct',
      'CATEGORIES:Label new_customer,Label daily,Label b2b,Label direct', 'LAST-MODIFIED:20251120T005523Z', 'SEQUENCE:0']) {
      expect(ics).toContain(line);
    }
  });

  it('writes a date-only due as VALUE=DATE', () => {
    expect(taskToVtodo({ ...task, due: { date: '2026-11-20' } }, ID, undefined, context)).toContain('DUE;VALUE=DATE:20261120');
  });

  it('reads back what it wrote, keeping the local-only fields', () => {
    const result = read(taskToVtodo(task, ID, undefined, context), task);
    expect(result.kind).toBe('task');
    if (result.kind !== 'task') return;
    expect(result.uid).toBe(ID);
    expect(result.task).toMatchObject({
      id: ID, title: task.title, notes: task.notes, due: task.due, priority: 'high', categories: task.categories,
      recurrence: task.recurrence, reminder: task.reminder, source: task.source, dedupeKey: task.dedupeKey, createdAt: task.createdAt,
    });
  });

  it('carries the occurrence a completion made as X-TASKLANE-NEXT, and drops it once the task no longer names one', () => {
    const next = 'd3b07384-d9a0-4c9b-8f1e-2a3b4c5d6e7f';
    const completed: Task = { ...task, status: 'done', completedAt: 1763600150000, nextOccurrenceId: next };
    const ics = taskToVtodo(completed, ID, undefined, context);
    expect(ics).toContain(`X-TASKLANE-NEXT:${next}`);
    const back = read(ics, task);
    expect(back.kind === 'task' && back.task.nextOccurrenceId).toBe(next);
    // The server copy names it; the task reopened here does not: the push removes it.
    const { nextOccurrenceId: _gone, ...reopened } = completed;
    expect(taskToVtodo({ ...reopened, status: 'open' }, ID, ics, context)).not.toContain('X-TASKLANE-NEXT');
    // The server's word only: a local copy's link is not kept when the item has none, and a
    // value that is not a task id is ignored.
    const none = read(taskToVtodo(task, ID, undefined, context), completed);
    expect(none.kind === 'task' && 'nextOccurrenceId' in none.task).toBe(false);
    const junk = read(ics.replace(`X-TASKLANE-NEXT:${next}`, 'X-TASKLANE-NEXT:tomorrow'), task);
    expect(junk.kind === 'task' && 'nextOccurrenceId' in junk.task).toBe(false);
  });

  it('keeps another app’s properties and absolute alarms when writing over its copy', () => {
    const base = taskToVtodo(task, ID, undefined, context).replace('END:VTODO',
      'X-APPLE-SORT-ORDER:42\r\nATTACH:https://files.example/quote.pdf\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER;VALUE=DATE-TIME:20261119T080000Z\r\nEND:VALARM\r\nEND:VTODO');
    const next = taskToVtodo({ ...task, title: 'Renamed', reminder: { offsetMinutes: 60 } }, ID, base, context);
    expect(next).toContain('X-APPLE-SORT-ORDER:42');
    expect(next).toContain('ATTACH:https://files.example/quote.pdf');
    expect(next).toContain('TRIGGER;VALUE=DATE-TIME:20261119T080000Z');
    expect(next).toContain('TRIGGER;RELATED=END:-PT1H');
    expect(next).not.toContain('-PT15M');
    expect(next).toContain('SUMMARY:Renamed');
    expect(next.match(/SUMMARY/g)).toHaveLength(1);
    expect(next).toContain('SEQUENCE:1');
  });

  it('reads a foreign task: completed, zoned due, no Tasklane properties', () => {
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN', 'BEGIN:VTODO', 'UID:other-app-123', 'SUMMARY:Ring the bank',
      'DUE;VALUE=DATE:20261201', 'STATUS:COMPLETED', 'COMPLETED:20261130T120000Z', 'PRIORITY:9', 'URL:javascript:alert(1)',
      'LAST-MODIFIED:20261130T120000Z', 'END:VTODO', 'END:VCALENDAR', ''].join('\r\n');
    const result = read(ics);
    expect(result.kind).toBe('task');
    if (result.kind !== 'task') return;
    expect(result.uid).toBe('other-app-123');
    expect(result.task).toMatchObject({ id: 'c2a9b1d3-3e4f-4a5b-8c6d-7e8f9a0b1c2d', title: 'Ring the bank', due: { date: '2026-12-01' }, status: 'done', priority: 'low', completedAt: Date.UTC(2026, 10, 30, 12) });
    expect(result.task.source).toBeUndefined();
  });

  it('reports malformed items instead of throwing', () => {
    expect(read('not a calendar').kind).toBe('malformed');
    expect(read('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').kind).toBe('malformed');
    expect(read('BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n')).toMatchObject({ kind: 'malformed', problem: /UID/ });
    expect(read('BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:a\r\nDUE:garbage\r\nEND:VTODO\r\nEND:VCALENDAR\r\n').kind).toBe('malformed');
    expect(read('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n').kind).toBe('other');
    expect(read('X'.repeat(300_000)).kind).toBe('malformed');
  });
});
