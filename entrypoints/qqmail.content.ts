// QQ Mail / Tencent Exmail: not in the manifest. The background registers this script at run time
// for its hosts when the rep turns it on in the options page (lib/background/sites), in every
// frame: the classic UI reads mail in a frame. It carries QQ Mail's adapter alone
// (lib/content/mail-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '@/lib/content/mail-script';
import { qqmailAdapter } from '@/lib/detect/sites/qqmail';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    startMail(ctx, [qqmailAdapter]);
  },
});
