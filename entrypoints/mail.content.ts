// The optional webmails (QQ Mail, NetEase) and the rep's custom sites (a company's Roundcube, a
// CRM of their own): not in the manifest. The background registers this script at run time for
// those hosts (lib/background/sites), in every frame: QQ Mail reads mail in a frame, Roundcube
// shows its preview pane in one.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { followUpHook } from '@/lib/content/follow-up-hook';
import { startTasklane } from '@/lib/content/tasklane';
import { RECORD_READERS } from '@/lib/detect/generic/records';
import { withPageCompany } from '@/lib/detect/generic/page-company';
import { selfFromChrome } from '@/lib/detect/self';
import { MAIL_ADAPTERS } from '@/lib/detect/sites/mail-adapters';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    // A custom site may be a record page (a CRM of the rep's own) or a webmail no adapter knows.
    // Without the lone-phone namer (lib/detect/phone-mention.ts, ~450 B gzip) and the phone-only
    // record reader (lib/detect/generic/phone-record.ts, ~100 B) of the other scripts and the
    // CLI: this bundle has no room for them under 25 KB. Here a phone in a sentence goes to the
    // message's sender.
    startTasklane(ctx, { adapters: MAIL_ADAPTERS, readers: RECORD_READERS, chromeSelf: selfFromChrome, company: withPageCompany }, followUpHook);
  },
});
