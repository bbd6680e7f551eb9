// One content script per CRM (entrypoints/crm-<id>.content.ts): a page is only ever one CRM, so
// each script bundles that CRM's adapter alone, not all five (~1.9 kB gzip of adapters no page of
// another CRM needs). The background registers each for its own CRM's granted hosts
// (lib/background/sites.ts, lib/sites crmScripts). Everything else is the same in all five: the
// generic record readers (labelled fields, tables of people: the CLI's ALL_READERS) come with
// record-kit.js when the page shows records (./records-loader.ts; ~1.1 kB gzip out of each script,
// and the browser reads a record as the CLI does), after the adapter's own people; CRM adapters
// rarely know the account, so the page's chrome (the user menu) may name it — read by the record
// kit, asked for wherever the adapter names no account (nobody is offered until it is in). Sign-off blocks and
// the lone-phone namer load when a page needs them (./signatures-loader.ts, ./mention-loader.ts).
import type { DetectorParts } from '@/lib/detect/detector';
import { withPageCompany } from '@/lib/detect/generic/page-company';
import { isOwnerValue } from '@/lib/detect/owner-field';
import type { SiteAdapter } from '@/lib/detect/types';
import { lazyMention } from './mention-loader';
import { recordKit } from './records-loader';
import { lazySignatures } from './signatures-loader';

/** The detector parts of the CRM script of `adapter`'s CRM; `rescan` reads the page again when a kit arrives. */
export function crmParts(adapter: SiteAdapter, rescan: () => void): DetectorParts {
  const signatures = lazySignatures(rescan);
  const kit = recordKit(rescan);
  // A record page offers nobody until its readers are in: a table row read without them takes
  // its company for a name, and a button keeps the name it was made with. The site's own side
  // (a CRM's users, a composer's identities: SiteAdapter.offers; the users a table's Owner /
  // Enrolled by column names, the kit's test) is never offered.
  const company: DetectorParts['company'] = (contacts, doc, ...rest) => (kit.pending() ? [] : withPageCompany(contacts.filter(adapter.offers?.(doc) ?? Boolean).filter(kit.offered), doc, ...rest));
  return { adapters: [adapter], readers: [kit.reader], signatures: signatures.read, chromeSelf: kit.self, company, mention: signatures.phonesWait(lazyMention(rescan)), notName: isOwnerValue };
}
