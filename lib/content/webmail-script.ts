// Gmail and Outlook each have their own content script (entrypoints/gmail.content.ts,
// outlook.content.ts, both declared in the manifest): a page is only ever one of them, so each
// bundles its own adapter alone (Gmail's print-view readers are in Gmail's only). Everything else
// is the same in both: each message's own sign-off and the lone-phone namer inline (mail pages
// need them on every message) — the quoted and forwarded parts' sign-offs, and a print view's
// other messages', come with signature-kit.js when a part may hold a message
// (./signatures-loader.ts) — follow-ups (./follow-up-hook.ts) and long lists' first rows first
// (./first-rows.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectorParts } from '@/lib/detect/detector';
import { ownSignatures } from '@/lib/detect/generic/signatures';
import { namedFor } from '@/lib/detect/phone-mention';
import type { SiteAdapter } from '@/lib/detect/types';
import { firstRowsFirst } from './first-rows';
import { followUpHook } from './follow-up-hook';
import { lazySignatures } from './signatures-loader';
import { startTasklane } from './tasklane';

/** The detector parts of the webmail script carrying `adapter`; `rescan` reads the page again
 *  when the signature kit arrives. */
export function webmailParts(adapter: SiteAdapter, rescan: () => void): DetectorParts {
  const signatures = lazySignatures(rescan, ownSignatures);
  return { adapters: [adapter], signatures: signatures.read, mention: signatures.phonesWait(namedFor) };
}

export function startWebmail(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  startTasklane(ctx, (rescan) => webmailParts(adapter, rescan), followUpHook, firstRowsFirst);
}
