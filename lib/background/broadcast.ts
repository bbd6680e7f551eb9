import { browser } from 'wxt/browser';
import type { ChangeEvent } from '../messages';

/** Tells every open extension page (popup, options) that data changed. */
export function broadcastChange(entity: ChangeEvent['entity'], ids: string[]): void {
  const event: ChangeEvent = { tasklane: 1, event: 'changed', entity, ids };
  // With no page open there is no receiver and Chrome rejects; that is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
}
