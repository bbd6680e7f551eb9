// The optional webmails (QQ Mail, NetEase) and the rep's custom sites (a company's Roundcube, a
// CRM of their own): not in the manifest. The background registers this script at run time for
// those hosts (lib/background/sites), in every frame: QQ Mail reads mail in a frame, Roundcube
// shows its preview pane in one.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { firstRowsFirst } from '@/lib/content/first-rows';
import { followUpHook } from '@/lib/content/follow-up-hook';
import { lazyMention } from '@/lib/content/mention-loader';
import { kitAccountField, lazyRecordReader } from '@/lib/content/records-loader';
import { startTasklane } from '@/lib/content/tasklane';
import { pageCompanyWith } from '@/lib/detect/generic/page-company';
import { signatureContacts } from '@/lib/detect/generic/signatures';
import { selfFromChrome } from '@/lib/detect/self';
import { MAIL_ADAPTERS } from '@/lib/detect/sites/mail-adapters';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    // A custom site may be a record page (a CRM of the rep's own) or a webmail no adapter knows.
    // Its record readers (schema.org/hCard, tables, labelled fields with organisation cards and
    // phone-only records: the CLI's ALL_READERS) load when the page shows records
    // (lib/content/records-loader.ts), with the reader of a record's account field for the
    // company part; a phone in a sentence goes to the person it names, by the
    // namer that loads on the first phone needing it (lib/content/mention-loader.ts).
    startTasklane(ctx, (rescan) => ({ adapters: MAIL_ADAPTERS, readers: [lazyRecordReader(rescan)], signatures: signatureContacts, chromeSelf: selfFromChrome, company: pageCompanyWith(kitAccountField), mention: lazyMention(rescan) }), followUpHook, firstRowsFirst);
  },
});
