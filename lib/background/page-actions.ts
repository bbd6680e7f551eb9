// What a click does on a page (reading the message around the person, the requests, the toast) is
// not part of the content script, which runs on every page: on the first click in a frame (or the
// first toast the follow-up script shows) the content script asks, and this script is injected there.
import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../messages';

export const PAGE_ACTIONS_FILE = '/page-actions.js';

export async function injectPageActions(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new ProtocolError({ code: 'bad_request', message: 'The page actions run only inside a page.' });
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_ACTIONS_FILE] });
}
