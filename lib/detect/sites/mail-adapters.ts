// The optional webmails (QQ Mail, NetEase) and the apps recognised on custom sites (Roundcube):
// the run-time mail content script (entrypoints/mail.content.ts, every frame of those hosts)
// bundles these adapters alone.
import type { SiteAdapter } from '../types';
import { neteaseAdapter } from './netease';
import { qqmailAdapter } from './qqmail';
import { roundcubeAdapter } from './roundcube';

export const MAIL_ADAPTERS: readonly SiteAdapter[] = [qqmailAdapter, neteaseAdapter, roundcubeAdapter];
