// CRM sites: not in the manifest. The background registers this script at run time for the CRM
// hosts the rep turned on in the options page (lib/background/sites), in their top frames.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { lazyMention } from '@/lib/content/mention-loader';
import { lazySignatures } from '@/lib/content/signatures-loader';
import { startTasklane } from '@/lib/content/tasklane';
import { CRM_READERS } from '@/lib/detect/generic/records';
import { withPageCompany } from '@/lib/detect/generic/page-company';
import { isOwnerValue } from '@/lib/detect/owner-field';
import { selfFromChrome } from '@/lib/detect/self';
import { CRM_ADAPTERS } from '@/lib/detect/sites/crm-adapters';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // As the webmail script: in place before the page renders (lib/background/sites registers it).
  runAt: 'document_start',
  main(ctx) {
    // Record pages: their fields and tables of people; CRM adapters rarely know the account, so
    // the page's chrome (the user menu) may name it. Sign-off blocks and the lone-phone namer
    // load when a page needs them (lib/content/signatures-loader.ts, mention-loader.ts).
    startTasklane(ctx, (rescan) => {
      const signatures = lazySignatures(rescan);
      return { adapters: CRM_ADAPTERS, readers: CRM_READERS, signatures: signatures.read, chromeSelf: selfFromChrome, company: withPageCompany, mention: signatures.phonesWait(lazyMention(rescan)), notName: isOwnerValue };
    });
  },
});
