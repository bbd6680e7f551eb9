// Pipedrive: not in the manifest. The background registers this script at run time for Pipedrive's hosts
// when the rep turns it on in the options page (lib/background/sites), in their top frames. It
// carries Pipedrive's adapter alone (lib/content/crm-script.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { crmParts } from '@/lib/content/crm-script';
import { startTasklane } from '@/lib/content/tasklane';
import { pipedriveAdapter } from '@/lib/detect/sites/pipedrive';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // As the Gmail and Outlook scripts: in place before the page renders (lib/background/sites registers it).
  runAt: 'document_start',
  main(ctx) {
    startTasklane(ctx, (rescan) => crmParts(pipedriveAdapter, rescan));
  },
});
