// Gmail and Outlook on the web: declared in the manifest (their hosts are required).
import { startTasklane } from '@/lib/content/tasklane';
import { WEBMAIL_MATCHES } from '@/lib/sites';

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startTasklane(ctx);
  },
});
