// The message reader (subject, own text, quoted history, signature, sent date and identity of the
// message around a person) is not part of the content script, which runs on every page: on the
// first click in a frame the content script asks, and the reader's script is injected there.
import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../messages';

export const MESSAGE_READER_FILE = '/message-reader.js';

export async function injectMessageReader(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new ProtocolError({ code: 'bad_request', message: 'The message reader runs only inside a page.' });
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [MESSAGE_READER_FILE] });
}
