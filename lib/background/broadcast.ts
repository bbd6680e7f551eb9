import { browser } from 'wxt/browser';
import type { ChangeEvent, FollowUpWatchEvent, ProgressEvent } from '../messages';

/** Tells every open extension page (popup, options) that data changed. */
export function broadcastChange(entity: ChangeEvent['entity'], ids: string[]): void {
  const event: ChangeEvent = { tasklane: 1, event: 'changed', entity, ids };
  // With no page open there is no receiver and Chrome rejects; that is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
}

/** Tells the extension's pages how far a job has got (the page that asked shows a bar). */
export function broadcastProgress(progress: Omit<ProgressEvent, 'tasklane' | 'event'>): void {
  const event: ProgressEvent = { tasklane: 1, event: 'progress', ...progress };
  browser.runtime.sendMessage(event).catch(() => undefined);
}

/**
 * Tells the content scripts in every tab that the follow-ups waiting for a reply changed, so
 * they ask for their site's watch set again. Tabs without our content script reject; fine.
 * Needs no "tabs" permission: only tab ids are read.
 */
export async function pushFollowUpWatchChange(): Promise<void> {
  const event: FollowUpWatchEvent = { tasklane: 1, event: 'followUp.watchChanged' };
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event).catch(() => undefined))));
}
