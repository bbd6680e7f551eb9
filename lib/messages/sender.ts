// Who sent a message, decided from sender.id, sender.tab and frameId, never sender.url: the
// extension's own pages (popup, options, a tab showing one of them) may ask for anything;
// content scripts, which live inside pages we do not control, only for the few things they need.
import type { Browser } from 'wxt/browser';

export type SenderKind = 'extension' | 'content' | 'foreign';

export function classifySender(
  sender: Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'frameId'>,
  extensionId: string,
  extensionOrigin: string,
): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  // No tab: the popup, an options page shown inside the add-ons manager, or a worker.
  if (!sender.tab) return 'extension';
  // An extension page opened in a tab: its top frame, and the tab shows our own origin. A
  // content script can never run in a tab showing an extension page, so this cannot be forged.
  if (sender.frameId === 0 && sender.tab.url?.startsWith(extensionOrigin)) return 'extension';
  return 'content';
}
