// The quick-create panel (Preact, ~8 KB gzip) is not part of the content script: most pages
// never open it, and the content script runs on every page. On first use the content script
// asks, and the panel's script is injected into that frame's isolated world.
import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../messages';

export const QUICK_PANEL_FILE = '/quick-panel.js' as const;
/** The follow-up script (compose control and reply watching, lib/follow-up), loaded the same way:
 *  on a compose window, or when the page's site has follow-ups waiting for a reply. */
export const FOLLOW_UP_KIT_FILE = '/follow-up-kit.js' as const;
/** The record readers of the mail and CRM scripts (qqmail.js, netease.js, custom.js, crm-<id>.js: lib/content/records-loader.ts), loaded the same
 *  way: when the page shows records. */
export const RECORD_KIT_FILE = '/record-kit.js' as const;
/** The lone-phone namer of every content script (lib/content/mention-loader.ts): when a phone waits for it. */
export const MENTION_KIT_FILE = '/mention-kit.js' as const;
/** The sign-off block reader of every content script (lib/content/signatures-loader.ts): on
 *  Gmail's and Outlook's first scan, elsewhere when a page may show a message. */
export const SIGNATURE_KIT_FILE = '/signature-kit.js' as const;

export async function injectQuickPanel(sender: Browser.runtime.MessageSender, file: typeof QUICK_PANEL_FILE | typeof FOLLOW_UP_KIT_FILE | typeof RECORD_KIT_FILE | typeof MENTION_KIT_FILE | typeof SIGNATURE_KIT_FILE = QUICK_PANEL_FILE): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new ProtocolError({ code: 'bad_request', message: 'The panel opens only inside a page.' });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
}
