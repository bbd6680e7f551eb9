// CRM sites and the rep's custom domains: not in the manifest. The background registers this
// script at run time for the hosts the rep granted in the options page (lib/background/sites).
import { startTasklane } from '@/lib/content/tasklane';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startTasklane(ctx);
  },
});
