// The lone-phone namer (lib/detect/phone-mention.ts: "Marc can be reached on …", a team card's
// heading) is in no content script (crm-<id>.js, gmail.js, outlook.js, qqmail.js, netease.js,
// custom.js): it runs only for a phone no field or signature gave to anyone (~0.4 kB gzip they need
// not parse on every page; its kit also carries the CLI's extra readings, lib/detect/mention-extras.ts).
// The first such phone asks for it (the background injects mention-kit.js into this frame's
// isolated world, lib/background/quick-panel.ts) and the page is read again when it arrives.
// Until then that phone waits, given to nobody: a button's person is never overwritten
// (./placed-people.ts), so it must not go to the message's sender first. If it cannot load, such
// phones go to the sender, as without a namer.
import type { MentionReader } from '@/lib/detect/phone-mention';
import { request } from '@/lib/messages/client';

export const MENTION_KIT_KEY = '__tasklaneMentionKit';

type WithKit = typeof globalThis & { [MENTION_KIT_KEY]?: MentionReader };

export function lazyMention(loaded: () => void): MentionReader {
  let state: 'idle' | 'asked' | 'failed' = 'idle';
  return (lone, people) => {
    const namedFor = (globalThis as WithKit)[MENTION_KIT_KEY];
    if (namedFor) return namedFor(lone, people);
    if (state === 'failed') return null;
    if (state === 'idle') {
      state = 'asked';
      request('mention.load', {}).then(
        () => (globalThis as WithKit)[MENTION_KIT_KEY] && loaded(),
        () => {
          state = 'failed';
          loaded();
        },
      );
    }
    // A holder no one sees takes the phone for now (lib/detect/ownership.ts drops the lone one).
    return { ...lone };
  };
}
