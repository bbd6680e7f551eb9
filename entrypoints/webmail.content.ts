// Gmail and Outlook on the web: declared in the manifest (their hosts are required).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { firstRowsFirst } from '@/lib/content/first-rows';
import { followUpHook } from '@/lib/content/follow-up-hook';
import { startTasklane } from '@/lib/content/tasklane';
import { signatureContacts } from '@/lib/detect/generic/signatures';
import { namedFor } from '@/lib/detect/phone-mention';
import { WEBMAIL_ADAPTERS } from '@/lib/detect/sites/webmail-adapters';
import { WEBMAIL_MATCHES } from '@/lib/sites';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  // document_start, not idle: the observer is in place before the page renders its first
  // rows, so they are decorated in the same frame (idle waits for the first layout of a
  // 5,000-row inbox, and up to 200 ms more). startTasklane only observes until then.
  runAt: 'document_start',
  main(ctx) {
    startTasklane(ctx, { adapters: WEBMAIL_ADAPTERS, signatures: signatureContacts, mention: namedFor }, followUpHook, firstRowsFirst);
  },
});
