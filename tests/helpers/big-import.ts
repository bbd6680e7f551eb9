// A rep-sized import made on the fly (issue 17): a 20,000-row task CSV as a CRM export would be
// (about 4 MB, people repeating across rows) and a 20,000-task JSON backup. Generated here so
// no multi-megabyte fixture is committed; written by the product's own writers so the files
// are exactly what Tasklane exports.
import { buildBackup } from '../../lib/data/backup';
import { buildTasksCsv } from '../../lib/data/csv-export';
import { DEFAULT_SETTINGS, type Contact, type Task } from '../../lib/model';

export const BIG_IMPORT_ROWS = 20_000;

const GOALS = ['new_customer', 'existing_customer', 'payment_collection', 'market_research'];
const DAY = 86_400_000;

/** A deterministic id in the shape Tasklane writes (a UUID). */
const uuid = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function records(rows: number, now: number): { tasks: Task[]; contacts: Contact[] } {
  // About four tasks per person, as a rep's pipeline has.
  const people = Math.max(1, Math.floor(rows / 4));
  const contacts: Contact[] = Array.from({ length: people }, (_, i) => ({
    id: uuid(2, i),
    name: `Customer ${i}`,
    company: `Company ${i % 900}`,
    email: `customer${i}@example${i % 50}.com`,
    firstSeen: now - 90 * DAY,
    lastSeen: now - DAY,
  }));
  const tasks: Task[] = Array.from({ length: rows }, (_, i) => {
    const due = new Date(now + ((i % 60) - 20) * DAY).toISOString().slice(0, 10);
    const created = now - 30 * DAY + i * 1000;
    return {
      id: uuid(1, i),
      title: `Follow up with Customer ${i % people} about order ${10_000 + i}`,
      notes: i % 3 === 0 ? `Asked for a quote on ${i % 40} seats; call back after the budget meeting.` : '',
      due: { date: due, ...(i % 5 === 0 ? { time: '09:30' } : {}) },
      priority: i % 7 === 0 ? 'high' : 'normal',
      categories: { goal: GOALS[i % GOALS.length], customer: i % 2 ? 'b2b' : 'b2c', channel: 'direct' },
      status: i % 10 === 0 ? 'done' : 'open',
      contactId: uuid(2, i % people),
      source: { site: 'manual' },
      createdAt: created,
      updatedAt: created + 60_000,
      ...(i % 10 === 0 ? { completedAt: created + 60_000 } : {}),
    } as Task;
  });
  return { tasks, contacts };
}

/** A task CSV of `rows` rows, as Tasklane exports it (ids, updated_at, contact columns). */
export function bigTasksCsv(rows = BIG_IMPORT_ROWS, now = Date.now()): string {
  const { tasks, contacts } = records(rows, now);
  return buildTasksCsv(tasks, new Map(contacts.map((c) => [c.id, c])));
}

/** The same file with one bad cell on its `badRow`-th spreadsheet row (header = row 1). */
export function bigTasksCsvWithBadRow(badRow: number, rows = BIG_IMPORT_ROWS, now = Date.now()): string {
  const lines = bigTasksCsv(rows, now).split('\r\n');
  // Column 4 is status (id, title, notes, status, …); "maybe" is not a status.
  lines[badRow - 1] = lines[badRow - 1]!.replace(/,(open|done),/, ',maybe,');
  return lines.join('\r\n');
}

/** A JSON backup holding `rows` tasks and their contacts (categories: the built-in ones). */
export function bigBackupJson(rows = BIG_IMPORT_ROWS, now = Date.now()): string {
  const { tasks, contacts } = records(rows, now);
  return buildBackup({ tasks, contacts, categories: [], templates: [], targets: [], tombstones: [], settings: DEFAULT_SETTINGS }, now);
}
