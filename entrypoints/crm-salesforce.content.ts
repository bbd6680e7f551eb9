// Salesforce: not in the manifest. The background registers this script at run time for Salesforce's hosts
// when the rep turns it on in the options page (lib/background/sites), in their top frames. It
// carries Salesforce's adapter alone (lib/content/crm-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { crmParts } from '@/lib/content/crm-script';
import { startTasklane } from '@/lib/content/tasklane';
import { salesforceAdapter } from '@/lib/detect/sites/salesforce';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // As the Gmail and Outlook scripts: in place before the page renders (lib/background/sites registers it).
  runAt: 'document_start',
  main(ctx) {
    startTasklane(ctx, (rescan) => crmParts(salesforceAdapter, rescan));
  },
});
