// Outlook on the web: declared in the manifest (its hosts are required). It carries Outlook's
// adapter alone (lib/content/webmail-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startWebmail } from '@/lib/content/webmail-script';
import { outlookAdapterWith } from '@/lib/detect/sites/outlook';
import { OUTLOOK_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  // document_start, not idle: the observer is in place before the page renders its first
  // rows, so they are decorated in the same frame (idle waits for the first layout of a
  // 5,000-row inbox, and up to 200 ms more). startTasklane only observes until then.
  runAt: 'document_start',
  main(ctx) {
    startWebmail(ctx, outlookAdapterWith);
  },
});
