// The sign-off block reader (lib/detect/quoted-signatures.ts signatureContacts: "Best regards, /
// Dana Okafor / Buyer | Northwind …", in each message's own text and in its quoted and forwarded
// parts) is in no content script. crm-<id>.js carries none of it: a CRM's record pages rarely show
// a message (an email in an activity timeline, a logged reply). The mail scripts (gmail.js,
// outlook.js: ./webmail-script.ts; qqmail.js, netease.js, custom.js: ./mail-script.ts) carry the reader of each message's own sign-off (generic/signatures.ts
// ownSignatures, `before`), not that of the parts quoted or forwarded under it, nor of each
// message of a page read whole (Gmail's print view). When a scanned part of the page may hold a
// message (mayHoldSignature: a message body, a sign-off or "--"), the script asks, the
// background injects signature-kit.js into this frame's isolated world
// (lib/background/quick-panel.ts), and the page is read again when it arrives. The people found
// meanwhile get their buttons at once; what a signature adds to them (a phone, a company) fills
// in later (./placed-people.ts). A lone phone waits meanwhile, given to nobody, as for the namer
// (./mention-loader.ts): the signature may be whose it is. Once loaded, the script reads
// sign-offs as the CLI does.
import { mayHoldSignature, type SignatureReader } from '@/lib/detect/generic/signatures';
import type { MentionReader } from '@/lib/detect/phone-mention';
import { request } from '@/lib/messages/client';

export const SIGNATURE_KIT_KEY = '__tasklaneSignatureKit';

type WithKit = typeof globalThis & { [SIGNATURE_KIT_KEY]?: SignatureReader };

export interface LazySignatures {
  /** The reader: the kit's once loaded; before that `before`'s finds (or nobody), and it asks
   *  for the kit once. */
  read: SignatureReader;
  /** `mention` (the lone-phone namer), except that while the kit is on its way a lone phone
   *  waits for it instead. */
  phonesWait(mention: MentionReader): MentionReader;
}

/** `loaded`: the content script's rescan, called when the kit arrives. A failed load is asked
 *  again on a later scan that may hold a signature. `before`: what is read until then. */
export function lazySignatures(loaded: () => void, before?: SignatureReader): LazySignatures {
  let asked = false;
  const kit = () => (globalThis as WithKit)[SIGNATURE_KIT_KEY];
  return {
    read: (root, body) => {
      const read = kit();
      if (read) return read(root, body);
      if (!asked && mayHoldSignature(root, body)) {
        asked = true;
        request('signatures.load', {}).then(
          () => kit() && loaded(),
          () => (asked = false),
        );
      }
      return before?.(root, body) ?? [];
    },
    // A holder no one sees takes the phone for now (lib/detect/ownership.ts drops the lone one).
    phonesWait: (mention) => (lone, people) => (asked && !kit() ? { ...lone } : mention(lone, people)),
  };
}
