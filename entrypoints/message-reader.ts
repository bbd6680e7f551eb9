// The message reader, injected on the first click into a page's isolated world by the background
// (lib/background/message-reader.ts) and picked up by the content script (lib/content/message-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MESSAGE_READER_KEY } from '@/lib/content/message-loader';
import { readPageMessage } from '@/lib/content/page-message';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MESSAGE_READER_KEY] = readPageMessage;
});
