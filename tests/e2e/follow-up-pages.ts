// Helpers for the follow-up tests: saved pages "later" (a template under tests/fixtures/follow-up/
// filled with the newest message's sender, words and date, as the site shows a date), and the
// tasks as the background holds them.
import type { BrowserContext, Page } from '@playwright/test';
import type { StaticServer } from '../../scripts/static-server';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export interface StoredTask {
  id: string;
  title: string;
  status: 'open' | 'done';
  due?: { date: string };
  notes?: string;
  contact?: { email?: string; name?: string };
  followUp?: { state: string; closeOnReply: boolean; people: string[]; threadId?: string; subjectKey?: string; reply?: { from: string; site: string } };
}

/** Every task, from an extension page (task.list is for Tasklane's own pages). */
export async function storedTasks(extensionPage: Page): Promise<StoredTask[]> {
  return extensionPage.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ tasklane: 1, type: 'task.list', payload: { status: 'all', limit: 200 } })) as { ok: boolean; data?: { tasks: StoredTask[] }; error?: { message: string } };
    if (!reply.ok) throw new Error(reply.error?.message ?? 'task.list failed');
    return reply.data!.tasks;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment a little after now, as Gmail and Outlook show it in a title and in a row. */
export function shownLater(lang: 'en' | 'zh', minutesAhead = 2): { LATER_TITLE: string; LATER_TEXT: string } {
  const at = new Date(Date.now() + minutesAhead * 60_000);
  const hour12 = at.getHours() % 12 || 12;
  if (lang === 'zh') {
    const half = at.getHours() < 12 ? '上午' : '下午';
    return {
      LATER_TITLE: `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日周${'日一二三四五六'[at.getDay()]} ${half}${hour12}:${pad(at.getMinutes())}`,
      LATER_TEXT: `${half}${hour12}:${pad(at.getMinutes())}`,
    };
  }
  const ampm = at.getHours() < 12 ? 'AM' : 'PM';
  const day = at.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
  return { LATER_TITLE: `${day}, ${hour12}:${pad(at.getMinutes())} ${ampm}`, LATER_TEXT: `${hour12}:${pad(at.getMinutes())} ${ampm}` };
}

/** Opens `template` (tests/fixtures/follow-up/…) filled with `values` at the real site's address. */
export async function showLater(context: BrowserContext, pages: StaticServer, siteUrl: string, template: string, values: Record<string, string>): Promise<Page> {
  const { origin } = new URL(siteUrl);
  const text = await (await fetch(`${pages.origin}/follow-up/${template}`)).text();
  const body = text.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => (values[key] ?? '').replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`));
  await context.unroute(`${origin}/**`);
  await context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(siteUrl);
  return page;
}
