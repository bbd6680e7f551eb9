/** Pure suggestion of categories, due date and title for a follow-up task, with reasons. */
export { suggest } from './suggest';
export { buildTitle, stripReplyPrefixes, MAX_TITLE_CHARS } from './title';
export { DEFAULT_GOAL_KEYWORDS, MILESTONE_WORDS } from './keywords';
export { emailDomain, isFreeMailDomain, matchResellerDomain, registrableDomain } from './domains';
export { MAX_SCAN_CHARS } from './scan-text';
export * from './types';
