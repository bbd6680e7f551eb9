// Gmail and Outlook each have their own content script (entrypoints/gmail.content.ts,
// outlook.content.ts, both declared in the manifest): a page is only ever one of them, so each
// bundles its own adapter alone (Gmail's print-view readers are in Gmail's only). Everything else
// is the same in both: the sign-off reader and the lone-phone namer inline (mail pages need them
// on every message), follow-ups (./follow-up-hook.ts) and long lists' first rows first (./first-rows.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { signatureContacts } from '@/lib/detect/generic/signatures';
import { namedFor } from '@/lib/detect/phone-mention';
import type { SiteAdapter } from '@/lib/detect/types';
import { firstRowsFirst } from './first-rows';
import { followUpHook } from './follow-up-hook';
import { startTasklane } from './tasklane';

export function startWebmail(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  startTasklane(ctx, { adapters: [adapter], signatures: signatureContacts, mention: namedFor }, followUpHook, firstRowsFirst);
}
