// What a click does (the message reader, the requests, the toast, the translator), injected on the
// first click into a page's isolated world by the background (lib/background/page-actions.ts) and
// picked up by the content script (lib/content/actions-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_ACTIONS_KEY } from '@/lib/content/actions-loader';
import { pageActions } from '@/lib/content/page-actions';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_ACTIONS_KEY] = pageActions;
});
