// The sign-off block reader (and a meeting's tracking list) of every content script, injected by the background into a frame whose page
// may show a message (lib/background/quick-panel.ts) and picked up by crm-<id>.js
// (lib/content/signatures-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OWN_SIGNATURE_KEY, SIGNATURE_KIT_KEY } from '@/lib/content/signatures-loader';
import { readMoreNames } from '@/lib/detect/more-names';
import { signatureContacts } from '@/lib/detect/quoted-signatures';
import { signatureWithPhones } from '@/lib/detect/signature-phones';
import { withAttendees } from '@/lib/detect/generic/attendance';
import { withProseNames } from '@/lib/detect/generic/prose-names';

export default defineUnlistedScript(() => {
  readMoreNames();
  // Gmail's and Outlook's adapters read each message's own sign-off with it (before the reader
  // below: the scripts' wait for the kit ends when that is there) — as the CLI reads it in the end
  // (lib/detect/index.ts withBlockPhones): the block's phone read again (mobile over switchboard),
  // its company without a label, branch or department (lib/detect/company-lines.ts).
  (globalThis as Record<string, unknown>)[OWN_SIGNATURE_KEY] = signatureWithPhones;
  // With the sign-offs, a meeting's tracking list: its attendees' roles (lib/detect/generic/attendance.ts);
  // and the names prose writes beside bracketed addresses (lib/detect/generic/prose-names.ts).
  (globalThis as Record<string, unknown>)[SIGNATURE_KIT_KEY] = withProseNames(withAttendees(signatureContacts));
});
