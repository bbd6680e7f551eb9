import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { makeRouter } from '../../helpers/router';
import { seedVariedTasks } from './seed-tasks';

describe('the ICS export', () => {
  it('parses back with ical.js as one VTODO per task, carrying every field', async () => {
    const { send, getDb } = await makeRouter();
    const database = await getDb();
    await seedVariedTasks(database);
    const tasks = await database.getAll('tasks');
    const reply = await send('optionsTab', 'data.export', { format: 'ics' });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data).toMatchObject({ mime: 'text/calendar', filename: expect.stringMatching(/\.ics$/) });

    const calendar = new ICAL.Component(ICAL.parse(reply.data.content));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(todos).toHaveLength(tasks.length);
    expect(todos.map((t) => t.getFirstPropertyValue('uid')).sort()).toEqual(tasks.map((t) => t.id).sort());

    for (const task of tasks) {
      const todo = todos.find((t) => t.getFirstPropertyValue('uid') === task.id)!;
      expect(todo.getFirstPropertyValue('summary')).toBe(task.title);
      expect(todo.getFirstPropertyValue('status')).toBe(task.status === 'done' ? 'COMPLETED' : 'NEEDS-ACTION');
      expect(todo.hasProperty('dtstamp')).toBe(true);
      expect(todo.hasProperty('last-modified')).toBe(true);
      const due = todo.getFirstProperty('due');
      if (!task.due) expect(due).toBeNull();
      else if (task.due.time) {
        expect(due?.type).toBe('date-time');
        expect(String(due?.getFirstValue())).toBe(`${task.due.date}T${task.due.time}:00`);
      } else {
        expect(due?.type).toBe('date');
        expect(String(due?.getFirstValue())).toBe(task.due.date);
      }
      if (task.completedAt) {
        expect((todo.getFirstPropertyValue('completed') as ICAL.Time).toJSDate().getTime()).toBe(task.completedAt);
      }
      for (const dimension of ['goal', 'cycle', 'customer', 'channel'] as const) {
        expect(todo.getFirstPropertyValue(`x-tasklane-${dimension}`)).toBe(task.categories[dimension] ?? null);
      }
    }

    const pricing = todos.find((t) => String(t.getFirstPropertyValue('summary')).startsWith('Follow up'))!;
    expect(pricing.getFirstProperty('categories')?.getValues()).toEqual(['New-customer development', 'Routine', 'Business (B2B)', 'Direct']);
    expect(pricing.getFirstPropertyValue('description')).toBe('Line one\nLine two; with a comma, and 中文');
    expect(pricing.getFirstPropertyValue('url')).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcg');
    expect(pricing.getFirstPropertyValue('priority')).toBe(1);
  });
});
