// The name under which a running content script answers "is a live copy here?" in the
// extension's isolated world (set in ./tasklane.ts, asked by lib/background/open-tabs.ts before
// it puts a copy into an open tab). Its own module: the background imports nothing else of the page's.
export const LIVE_KEY = '__tasklaneLive';
