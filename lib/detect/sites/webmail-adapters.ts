// Gmail and Outlook, for the CLI and the tests (./index.ts). No content script bundles both: each
// has its own (entrypoints/gmail.content.ts, outlook.content.ts, lib/content/webmail-script.ts).
import type { SiteAdapter } from '../types';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';

export const WEBMAIL_ADAPTERS: readonly SiteAdapter[] = [gmailAdapter, outlookAdapter];
