// What a content script asks about the page it runs on, and tells about it. Both are content
// requests (a page's script can send neither: content scripts are the only senders besides our
// own pages). Handlers: lib/background/page-handlers.ts.
import * as v from 'valibot';
import { EmailSchema, SOURCE_SITES } from '../../model';
import type { Audience } from '../../detect/audience';
import type { Messages, UiLocale } from '../../i18n';
import type { RequestDefinitions } from '../protocol';

export const PAGE_REQUESTS = {
  /** Whom to offer on this page: the rep's own addresses, colleagues, role mailboxes. */
  'page.audience': { access: 'content', input: v.object({}) },
  /**
   * The language the rep chose (Options → Preferences), for the in-page UI: its messages when it
   * differs from the browser's (a page cannot read the extension's files) — only those named in
   * `keys` if given — and the theme chosen there.
   */
  'page.strings': { access: 'content', input: v.object({ keys: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(16))) }) },
  /**
   * After detecting a page: the site it was, whether the site's landmarks were there, how many
   * people were found, and the signed-in account if the page showed it — so "My addresses" learns
   * the rep's accounts and Options → Sites can show when a site last worked (or drifted).
   */
  'page.seen': {
    access: 'content',
    input: v.object({
      site: v.picklist(SOURCE_SITES),
      recognised: v.boolean(),
      people: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
      self: v.optional(EmailSchema),
    }),
  },
  /** Injects what a click does (the message reader of lib/detect/message, the requests, the
   *  toast: lib/content/page-actions.ts) into the asking frame, on its first click. */
  'actions.load': { access: 'content', input: v.object({}) },
  /** Injects the record readers (lib/content/records-loader.ts) into the asking frame, when its
   *  page shows records (its content script, a mail or CRM one, does not carry them). */
  'records.load': { access: 'content', input: v.object({}) },
  /** Injects the lone-phone namer (lib/content/mention-loader.ts) into the asking frame, when a
   *  phone there waits for it and its content script (crm-<id>.js, mail.js) does not carry it. */
  'mention.load': { access: 'content', input: v.object({}) },
  /** Injects the sign-off block reader (lib/content/signatures-loader.ts) into the asking frame,
   *  when its page may show a message and its content script (crm-<id>.js) does not carry it. */
  'signatures.load': { access: 'content', input: v.object({}) },
} as const satisfies RequestDefinitions;

/** When people were last found on a site, and when its page was recognised with nobody on it. */
export interface SiteHealth {
  foundAt?: number;
  emptyAt?: number;
}

export interface PageResponses {
  'page.audience': { audience: Audience };
  'page.seen': { learnt: boolean };
  'actions.load': { loaded: true };
  'records.load': { loaded: true };
  'mention.load': { loaded: true };
  'signatures.load': { loaded: true };
  /** `messages` null: the browser's own language (browser.i18n) is the rep's. */
  'page.strings': { locale: UiLocale; messages: Messages | null; theme: 'auto' | 'light' | 'dark' };
}
