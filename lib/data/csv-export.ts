// Tasks as CSV (Options → Data), for a CRM import or a spreadsheet. Categories are written as
// their ids (stable, language-neutral); the import also accepts labels.
import Papa from 'papaparse';
import type { Contact, Task } from '../model';
import { CSV_COLUMNS, escapeCell, type CsvRow } from './csv-columns';
import { followUpCells } from './csv-follow-up';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export function taskToCsvRow(task: Task, contact: Contact | undefined): CsvRow {
  return {
    id: task.id,
    title: task.title,
    notes: task.notes,
    status: task.status,
    priority: task.priority,
    due_date: task.due?.date ?? '',
    due_time: task.due?.time ?? '',
    goal: task.categories.goal ?? '',
    cycle: task.categories.cycle ?? '',
    customer: task.categories.customer ?? '',
    channel: task.categories.channel ?? '',
    contact_name: contact?.name ?? '',
    contact_email: contact?.email ?? '',
    contact_phone: contact?.phone ?? '',
    company: contact?.company ?? '',
    source_site: task.source?.site ?? '',
    source_url: task.source?.url ?? '',
    source_title: task.source?.title ?? '',
    created_at: iso(task.createdAt),
    updated_at: iso(task.updatedAt),
    completed_at: iso(task.completedAt),
    ...followUpCells(task.followUp),
  };
}

/**
 * The CSV text, with a byte-order mark so Excel reads the UTF-8 (Chinese names) correctly, and
 * CRLF line ends as RFC 4180 asks.
 */
export function buildTasksCsv(tasks: readonly Task[], contacts: ReadonlyMap<string, Contact>): string {
  const data = tasks.map((task) => {
    const row = taskToCsvRow(task, task.contactId ? contacts.get(task.contactId) : undefined);
    // The phone is validated E.164 (a plus and digits), not page text: it stays as CRMs expect it.
    return CSV_COLUMNS.map((column) => (column === 'contact_phone' ? row[column] : escapeCell(row[column])));
  });
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}
