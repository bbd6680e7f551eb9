// CRM sites and the rep's custom domains: not in the manifest. The background registers this
// script at run time for the hosts the rep granted in the options page (lib/background/sites).
import { startTasklane } from '@/lib/content/tasklane';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // As the webmail script: in place before the page renders (lib/background/sites registers it).
  runAt: 'document_start',
  main(ctx) {
    startTasklane(ctx);
  },
});
