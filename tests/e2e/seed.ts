// Seeds tasks through the real protocol from an extension page, as the options page would.
import type { Page } from '@playwright/test';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface SeedTask {
  title: string;
  /** Days from today (negative: overdue). */
  inDays?: number;
  time?: string;
  categories?: Record<string, string>;
  contact?: { name?: string; email?: string; company?: string };
  url?: string;
  /** A routine task's RFC 5545 rule, e.g. FREQ=WEEKLY. */
  rrule?: string;
}

export function localDate(inDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + inDays);
  return d.toLocaleDateString('en-CA');
}

export async function seedTasks(page: Page, tasks: SeedTask[]): Promise<string[]> {
  const payloads = tasks.map((task) => ({
    draft: {
      title: task.title,
      due: { date: localDate(task.inDays ?? 0), ...(task.time ? { time: task.time } : {}) },
      categories: task.categories ?? {},
      ...(task.url ? { source: { site: 'gmail', url: task.url, title: task.title } } : {}),
      ...(task.rrule ? { recurrence: { rrule: task.rrule } } : {}),
    },
    ...(task.contact ? { contact: task.contact } : {}),
  }));
  return page.evaluate(async (list) => {
    const ids: string[] = [];
    for (const payload of list) {
      const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'task.create', payload })) as { ok: boolean; data?: { task: { id: string } }; error?: { message: string } };
      if (!reply.ok) throw new Error(reply.error?.message ?? 'seed failed');
      ids.push(reply.data!.task.id);
    }
    return ids;
  }, payloads);
}

/** A rep's realistic day, for the popup and the screenshots. */
export const A_REPS_DAY: SeedTask[] = [
  { title: 'Chase invoice INV-2291 (45 days overdue)', inDays: -2, categories: { goal: 'payment_collection', cycle: 'daily', customer: 'b2b', channel: 'direct' }, contact: { name: 'Dana Okafor', email: 'dana.okafor@northwind-traders.com', company: 'Northwind Traders' }, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' },
  { title: 'Follow up: Q3 renewal — revised quote for 40 seats', inDays: 0, time: '10:30', categories: { goal: 'existing_customer', cycle: 'daily', customer: 'b2b', channel: 'direct' }, contact: { name: 'Priya Raman', email: 'priya.raman@northwind-traders.com', company: 'Northwind Traders' }, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRkLnqTbWcPdHsJvMnXtPqRs' },
  { title: 'Demo for Harborview Dental (3 chairs)', inDays: 0, time: '15:00', categories: { goal: 'new_customer', cycle: 'daily', customer: 'b2c', channel: 'online' }, contact: { name: 'Dr. Maya Chen', email: 'maya.chen@gmail.com' } },
  { title: '跟进：华东区经销商季度回款对账', inDays: 0, categories: { goal: 'payment_collection', cycle: 'phased', customer: 'b2b', channel: 'distribution' }, contact: { name: '王磊', email: 'wang.lei@huadong-dist.cn', company: '华东分销' } },
  { title: 'Competitor pricing scan: Contoso Q4 promo', inDays: 3, categories: { goal: 'market_research', cycle: 'phased' } },
];
