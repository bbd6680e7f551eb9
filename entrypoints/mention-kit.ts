// The lone-phone namer of the CRM and mail scripts, injected by the background into a frame where
// a phone waits for it (lib/background/quick-panel.ts) and picked up by crm.js or mail.js
// (lib/content/mention-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MENTION_KIT_KEY } from '@/lib/content/mention-loader';
import { namedFor } from '@/lib/detect/phone-mention';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[MENTION_KIT_KEY] = namedFor;
});
