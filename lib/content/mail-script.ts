// The run-time mail scripts, one per kind of page (entrypoints/qqmail.content.ts, netease.content.ts,
// custom.content.ts): a QQ Mail or NetEase page is only ever that webmail, and a custom site is
// never either (Roundcube is recognised by its page), so each bundles only the adapters its pages
// can be, not all three. The background registers each in every frame of its own hosts
// (lib/background/sites.ts, lib/sites frameScripts): QQ Mail reads mail in a frame, NetEase shows
// the message body in one, Roundcube its preview pane. Everything else is the same in all three:
// a page may be a record page (a CRM of the rep's own) or a webmail no adapter knows. Its record
// readers (schema.org/hCard, tables, labelled fields with organisation cards and phone-only
// records: the CLI's ALL_READERS) load when the page shows records (./records-loader.ts), with the
// company part that reads a record's account field and takes out the rep's own side (a From
// picker, a top bar's signed-in user: lib/detect/own-side.ts) — asked for, and waited for, where
// the rep is unknown or a From picker shows; a phone in a sentence goes to the person it names, by
// the namer that loads on the first phone needing it (./mention-loader.ts); sign-offs, a message's
// own and its quoted and forwarded parts', come with signature-kit.js when a part may hold a
// message (./signatures-loader.ts), a lone phone waiting for it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectorParts } from '@/lib/detect/detector';
import { pageCompany } from '@/lib/detect/generic/page-company';
import { mailSelf } from '@/lib/detect/mail-self';
import type { SiteAdapter } from '@/lib/detect/types';
import { firstRowsFirst } from './first-rows';
import { followUpHook } from './follow-up-hook';
import { lazyMention } from './mention-loader';
import { recordKit } from './records-loader';
import { lazySignatures } from './signatures-loader';
import { startTasklane } from './tasklane';

/** The detector parts of a mail script carrying `adapters`; `rescan` reads the page again when a kit arrives. */
export function mailParts(adapters: readonly SiteAdapter[], rescan: () => void): DetectorParts {
  const kit = recordKit(rescan);
  const signatures = lazySignatures(rescan);
  return { adapters, readers: [kit.reader], signatures: signatures.read, chromeSelf: mailSelf, company: kit.company(pageCompany), mention: signatures.phonesWait(lazyMention(rescan)) };
}

export function startMail(ctx: ContentScriptContext, adapters: readonly SiteAdapter[]): void {
  startTasklane(ctx, (rescan) => mailParts(adapters, rescan), followUpHook, firstRowsFirst);
}
