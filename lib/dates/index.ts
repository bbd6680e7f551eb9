/**
 * Local calendar dates and "today" in the user's time zone.
 *
 * parse-due (chrono-node, ~100 KB) is deliberately not re-exported here: the popup and the
 * content script need only the light helpers, and importing parse-due from this barrel would
 * pull chrono into their bundles. Import it from '@/lib/dates/parse-due' where it is wanted.
 */
export * from './local-date';
export * from './today';
export * from './format';
