// The sign-off block reader (lib/detect/quoted-signatures.ts signatureContacts: "Best regards, /
// Dana Okafor / Buyer | Northwind …", in each message's own text and in its quoted and forwarded
// parts, and in each message of a page read whole: Gmail's print view) is in no content script:
// a CRM's record pages rarely show a message (an email in an activity timeline, a logged reply),
// and on a mail page it is read once per frame where it is needed (~1.6 kB gzip that the
// qqmail.js, netease.js and custom.js frames on pages without a message need not parse). Gmail's
// and Outlook's adapters read each message's own sign-off with the kit's signatureOf
// (kitOwnSignature: ~1.8 kB gzip out of gmail.js and outlook.js). When a scanned part of the page
// may hold a message (mayHoldSignature: a message body, a sign-off or "--"), the script asks, the
// background injects signature-kit.js into this frame's isolated world
// (lib/background/quick-panel.ts), and the page is read again when it arrives. The people found
// meanwhile get their buttons at once; what a signature adds to them (a phone, a company) fills
// in later (./placed-people.ts). A lone phone waits meanwhile, given to nobody, as for the namer
// (./mention-loader.ts): the signature may be whose it is. Once loaded, the script reads
// sign-offs as the CLI does.
import { mayHoldSignature, type SignatureReader } from '@/lib/detect/generic/signatures';
import type { OwnSignature } from '@/lib/detect/mail-headers';
import type { MentionReader } from '@/lib/detect/phone-mention';
import { request } from '@/lib/messages/client';

export const SIGNATURE_KIT_KEY = '__tasklaneSignatureKit';
/** The kit's reader of one message's own sign-off (lib/detect/signature.ts signatureOf). */
export const OWN_SIGNATURE_KEY = '__tasklaneOwnSignature';

type WithKit = typeof globalThis & { [SIGNATURE_KIT_KEY]?: SignatureReader; [OWN_SIGNATURE_KEY]?: OwnSignature };

export interface LazySignatures {
  /** The reader: the kit's once loaded; before that it finds nobody, and asks for the kit once. */
  read: SignatureReader;
  /** `mention` (the lone-phone namer), except that while the kit is on its way a lone phone
   *  waits for it instead. */
  phonesWait(mention: MentionReader): MentionReader;
}

/** `loaded`: the content script's rescan, called when the kit arrives. It is asked for on the
 *  first scan that `mayHold` passes (every scan, without it); a failed load is asked again on a
 *  later one. */
export function kitSignatures(loaded: () => void, mayHold?: (root: ParentNode, body?: string) => boolean): LazySignatures {
  let asked = false;
  const kit = () => (globalThis as WithKit)[SIGNATURE_KIT_KEY];
  return {
    read: (root, body) => {
      const read = kit();
      if (read) return read(root, body);
      if (!asked && (!mayHold || mayHold(root, body))) {
        asked = true;
        request('signatures.load', {}).then(
          () => kit() && loaded(),
          () => (asked = false),
        );
      }
      return [];
    },
    // A holder no one sees takes the phone for now (lib/detect/ownership.ts drops the lone one).
    phonesWait: (mention) => (lone, people) => (asked && !kit() ? { ...lone } : mention(lone, people)),
  };
}

/** The kit for a page that may show no message at all (a CRM record, a custom site's or a frame
 *  webmail's other frames): asked for only where a scanned part may hold one. */
export const lazySignatures = (loaded: () => void): LazySignatures => kitSignatures(loaded, mayHoldSignature);

/** A webmail adapter's reader of each message's own sign-off: the kit's once loaded. Before that
 *  it reads none and asks for the kit through `signatures` (its first read asks): the sender gets
 *  a button at once, and what the sign-off adds (phone, company, a colleague signing) fills in
 *  when the page is read again on the kit's arrival — the same wait as the generic sign-offs'. */
export const kitOwnSignature = (signatures: LazySignatures): OwnSignature => (body) => {
  const own = (globalThis as WithKit)[OWN_SIGNATURE_KEY];
  if (own) return own(body);
  signatures.read(body);
  return null;
};
