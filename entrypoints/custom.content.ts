// The rep's custom sites (a company's Roundcube, a CRM of their own): not in the manifest. The
// background registers this script at run time for the hosts they added in Options → Sites
// (lib/background/sites), in every frame: Roundcube shows its preview pane in one. A custom site
// is known by its page, never by its host, so of the adapters it carries Roundcube's alone (no
// QQ Mail or NetEase: a custom site on one of their hosts gets that webmail's script); the
// generic core reads everything else (lib/content/mail-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startMail } from '@/lib/content/mail-script';
import { roundcubeAdapter } from '@/lib/detect/sites/roundcube';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    startMail(ctx, [roundcubeAdapter]);
  },
});
