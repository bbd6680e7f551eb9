// A small, varied set of tasks for the import/export tests: dated and undated, timed, done,
// with and without a contact, every dimension, text that needs escaping.
import * as db from '@/lib/db';
import type { TaskDraft } from '@/lib/model';

const draft = (over: Partial<TaskDraft>): TaskDraft => ({ title: 'Task', notes: '', priority: 'normal', categories: {}, ...over });

export async function seedVariedTasks(database: db.TasklaneDb): Promise<void> {
  const dana = { name: 'Dana Lee', email: 'dana.lee@northwind.example', phone: '+14155550134', company: 'Northwind' };
  await db.createTask(
    database,
    draft({
      title: 'Follow up: Q4 pricing, "final", offer',
      notes: 'Line one\nLine two; with a comma, and 中文',
      due: { date: '2026-11-20', time: '10:00' },
      priority: 'high',
      categories: { goal: 'new_customer', cycle: 'daily', customer: 'b2b', channel: 'direct' },
      source: { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', title: 'Q4 pricing', externalId: 'FMfcg' },
      dedupeKey: 'gmail:FMfcg:dana.lee@northwind.example',
    }),
    dana,
    1_763_600_000_000,
  );
  const invoice = await db.createTask(
    database,
    draft({ title: 'Reconcile invoice INV-2291', due: { date: '2026-11-28' }, categories: { goal: 'payment_collection' } }),
    { name: '王芳', email: 'wang.fang@example.cn', company: '华南贸易' },
    1_763_700_000_000,
  );
  await db.updateTask(database, invoice.task.id, { status: 'done' }, 1_763_800_000_000);
  await db.createTask(database, draft({ title: '=HYPERLINK("http://evil.example")', categories: { cycle: 'phased' } }), undefined, 1_763_900_000_000);
  await db.createTask(database, draft({ title: 'Plan Q1 prospecting', priority: 'low', due: { date: '2026-12-01' } }), dana, 1_764_000_000_000);
}
