// The record readers of custom sites, injected by the background into a frame whose page shows
// records or whose rep is unknown (lib/background/quick-panel.ts) and picked up by the mail scripts
// (qqmail.js, netease.js, custom.js; lib/content/records-loader.ts), with the CLI's company part
// on their sites: a record's account field read, the rep's own side taken out (lib/detect/own-side.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { COMPANY_KIT_KEY, RECORD_KIT_KEY, SELF_KIT_KEY, USERS_KIT_KEY } from '@/lib/content/records-loader';
import type { DetectorParts } from '@/lib/detect/detector';
import { kitCompany } from '@/lib/detect/generic/kit-company';
import { ALL_READERS } from '@/lib/detect/generic/records';
import { notOnlyUser } from '@/lib/detect/generic/user-columns';
import { mailedTo } from '@/lib/detect/mailing-footer';
import { readMoreLabels } from '@/lib/detect/more-labels';
import { fromPickerAddresses } from '@/lib/detect/own-side';
import { selfFromChrome } from '@/lib/detect/self';
import { request } from '@/lib/messages/client';

export default defineUnlistedScript(() => {
  // A From picker lists the identities the rep sends as, a mailing's footer the address it was
  // sent to (lib/detect/mailing-footer.ts): each is learnt into My addresses once
  // (a page's chrome is never learnt: it could name anyone). One at a time: the background reads
  // the list and writes it back, so two asks at once would keep only the last address.
  const taught = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  const teach = (doc: Document) => {
    for (const self of [...fromPickerAddresses(doc), ...mailedTo(doc)]) {
      if (taught.has(self)) continue;
      taught.add(self);
      queue = queue.then(() => request('page.seen', { site: 'generic', recognised: false, people: 0, self })).catch(() => undefined);
    }
  };
  // Italian field labels (lib/detect/more-labels.ts) for this kit's readers.
  readMoreLabels();
  const company = kitCompany;
  const world = globalThis as Record<string, unknown>;
  world[RECORD_KIT_KEY] = ALL_READERS;
  // A table's Owner / Enrolled by / Sender column names the app's users, never a contact: the
  // CRM scripts filter with it (lib/content/crm-script.ts); kitCompany, for the mail scripts, does.
  world[USERS_KIT_KEY] = notOnlyUser;
  // The account a CRM page's chrome shows (its user menu): the CRM scripts read it through the kit.
  world[SELF_KIT_KEY] = selfFromChrome;
  world[COMPANY_KIT_KEY] = ((contacts, doc, ...rest) => {
    teach(doc);
    return company(contacts, doc, ...rest);
  }) satisfies DetectorParts['company'];
});
