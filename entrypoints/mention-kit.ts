// The lone-phone namer of every content script, injected by the background into a frame where
// a phone waits for it (lib/background/quick-panel.ts) and picked up by crm-<id>.js, gmail.js,
// outlook.js, qqmail.js, netease.js or custom.js (lib/content/mention-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MENTION_KIT_KEY } from '@/lib/content/mention-loader';
import { withExtras } from '@/lib/detect/mention-extras';
import { namedFor } from '@/lib/detect/phone-mention';

export default defineUnlistedScript(() => {
  // A mailing footer's number is nobody's; a labelled contact's is theirs (lib/detect/mention-extras.ts).
  (globalThis as Record<string, unknown>)[MENTION_KIT_KEY] = withExtras(namedFor);
});
