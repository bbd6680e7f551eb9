// The optional webmails (QQ Mail, NetEase) and the apps recognised on custom sites (Roundcube),
// for the CLI and the tests (../index.ts). No content script bundles them all: QQ Mail and NetEase
// each have their own, the custom sites theirs with Roundcube's (entrypoints/qqmail.content.ts,
// netease.content.ts, custom.content.ts; lib/content/mail-script.ts).
import type { SiteAdapter } from '../types';
import { neteaseAdapter } from './netease';
import { qqmailAdapter } from './qqmail';
import { roundcubeAdapter } from './roundcube';

export const MAIL_ADAPTERS: readonly SiteAdapter[] = [qqmailAdapter, neteaseAdapter, roundcubeAdapter];
