// Gmail and Outlook each have their own content script (entrypoints/gmail.content.ts,
// outlook.content.ts, both declared in the manifest): a page is only ever one of them, so each
// bundles its own adapter alone (Gmail's print-view readers are in Gmail's only). Everything else
// is the same in both: the lone-phone namer comes with mention-kit.js on the first phone no
// field or signature gave to anyone (./mention-loader.ts, as in the CRM and mail scripts: the
// CLI's namer, with its footer, contact-label and Arabic readings); the generic sign-off reader —
// each message's own, its quoted and forwarded parts', a print view's every message — comes with
// signature-kit.js, asked for on the first scan (./signatures-loader.ts), and so does the
// adapter's reader of its sender's own sign-off (kitOwnSignature); follow-ups
// (./follow-up-hook.ts) and long lists' first rows first (./first-rows.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectorParts } from '@/lib/detect/detector';
import type { OwnSignature } from '@/lib/detect/mail-headers';
import type { SiteAdapter } from '@/lib/detect/types';
import { firstRowsFirst } from './first-rows';
import { followUpHook } from './follow-up-hook';
import { lazyMention } from './mention-loader';
import { kitOwnSignature, kitSignatures } from './signatures-loader';
import { startTasklane } from './tasklane';

/** A webmail's adapter, given its reader of each message's own sign-off (gmailAdapterWith). */
export type WebmailSite = (own: OwnSignature) => SiteAdapter;

/** The detector parts of the webmail script carrying `site`'s adapter; `rescan` reads the page again
 *  when the signature kit arrives. No reader of the rep from the page's chrome (the CLI's
 *  selfFromChrome, ~0.5 kB): Gmail's and Outlook's adapters name the account on every page we
 *  know (Gmail: title, account button, print view's top line; Outlook: the folder tree's root,
 *  the account manager) — tests/unit/content/webmail-parts.test.ts holds them to the CLI's. */
export function webmailParts(site: WebmailSite, rescan: () => void): DetectorParts {
  // Every Gmail and Outlook page is mail: the kit comes on the first scan, unchecked.
  const signatures = kitSignatures(rescan);
  return { adapters: [site(kitOwnSignature(signatures))], signatures: signatures.read, mention: signatures.phonesWait(lazyMention(rescan)) };
}

export function startWebmail(ctx: ContentScriptContext, site: WebmailSite): void {
  startTasklane(ctx, (rescan) => webmailParts(site, rescan), followUpHook, firstRowsFirst);
}
