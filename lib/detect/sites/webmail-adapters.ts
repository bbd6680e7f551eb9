// Gmail and Outlook: the manifest's webmail content script runs on their pages only, so it
// bundles these two adapters alone (entrypoints/webmail.content.ts).
import type { SiteAdapter } from '../types';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';

export const WEBMAIL_ADAPTERS: readonly SiteAdapter[] = [gmailAdapter, outlookAdapter];
