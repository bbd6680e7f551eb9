// The toolbar badge: how many open tasks are due today or overdue.
import { browser } from 'wxt/browser';
import { todayLocal } from '../dates/today';
import { countDueUpTo, type TasklaneDb } from '../db';

export async function refreshBadge(db: TasklaneDb, now: number): Promise<number> {
  // The counters alone: no task is read for the badge.
  const { total } = await countDueUpTo(db, todayLocal(new Date(now)));
  await browser.action.setBadgeText({ text: total > 0 ? (total > 99 ? '99+' : String(total)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#dc2626' });
  return total;
}
