// NetEase Mail (163 / 126 / yeah.net / Qiye): not in the manifest. The background registers this
// script at run time for its hosts when the rep turns it on in the options page
// (lib/background/sites), in every frame: the message body is a frame of its own. It carries
// NetEase's adapter alone (lib/content/mail-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '@/lib/content/mail-script';
import { neteaseAdapter } from '@/lib/detect/sites/netease';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    startMail(ctx, [neteaseAdapter]);
  },
});
