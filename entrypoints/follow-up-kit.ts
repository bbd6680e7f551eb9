// The follow-up script (compose control, reply watching), injected on demand into a page's
// isolated world by the background (lib/background/compose-handlers.ts) and picked up by the
// content script (lib/content/follow-up-hook.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FOLLOW_UP_KIT_KEY } from '@/lib/content/follow-up-hook';
import { createFollowUpKit } from '@/lib/follow-up/kit';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[FOLLOW_UP_KIT_KEY] = createFollowUpKit;
});
