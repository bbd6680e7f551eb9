// The quick-create panel (Preact, ~8 KB gzip) is not part of the content script: most pages
// never open it, and the content script runs on every page. On first use the content script
// asks, and the panel's script is injected into that frame's isolated world.
import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../messages';

export const QUICK_PANEL_FILE = '/quick-panel.js';

export async function injectQuickPanel(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new ProtocolError({ code: 'bad_request', message: 'The panel opens only inside a page.' });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [QUICK_PANEL_FILE],
  });
}
