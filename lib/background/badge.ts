// The toolbar badge: how many open tasks are due today or overdue.
import { browser } from 'wxt/browser';
import { todayLocal } from '../dates/today';
import { listDue, type TasklaneDb } from '../db';

export async function refreshBadge(db: TasklaneDb, now: number): Promise<number> {
  const { total } = await listDue(db, todayLocal(new Date(now)), 1);
  await browser.action.setBadgeText({ text: total > 0 ? (total > 99 ? '99+' : String(total)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#dc2626' });
  return total;
}
