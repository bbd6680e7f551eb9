// The required sites' pages, in a module of their own: gmail.js and outlook.js import their
// matches from here, so the bundles do not evaluate lib/sites/index.ts's optional-site table
// (its OPTIONAL_ORIGINS flatMap is a top-level call the minifier must keep: ~0.4 kB gzip each).

/** Gmail's pages: the manifest's gmail.js (entrypoints/gmail.content.ts). */
export const GMAIL_MATCHES = ['https://mail.google.com/*'];
/** Outlook on the web's pages: the manifest's outlook.js (entrypoints/outlook.content.ts). */
export const OUTLOOK_MATCHES = ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];
