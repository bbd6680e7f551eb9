// The signed-in account on a page no adapter knows (a CRM's user menu, a self-hosted webmail's
// header): the one address shown in the page's own chrome — its banner, navigation, or an
// element named for the user or account — outside the content. Adapters that know where their
// site shows the account say so in their context(); this is the fallback beside them.

import { attr, queryAll, textOf } from './dom';
import { findEmails, validEmail } from './email-scan';

const ACCOUNT_CHROME = '[role="banner"], header, nav, [role="navigation"], [id*="account" i], [class*="account" i], [id*="user" i], [class*="user" i], [id*="profile" i], [class*="profile" i], [id*="identity" i], [class*="identity" i], [aria-label*="account" i], [id*="topbar" i], [id*="topband" i], [id*="header" i]';
/** An attribute that says whose address it shows: "View profile: …", "Signed in as …", "账号". A
 *  build that drops every class and id still labels its account button for screen readers. */
const SAYS_ACCOUNT = /(profil|perfil|account|signed in|logged in|log out|sign out|my settings|用户|账号|帐号|账户|个人资料|已登录|退出|konto|compte|cuenta|профиль|аккаунт)/i;
const LABELLED_ADDRESS = '[title*="@"], [aria-label*="@"]';
/** Where a page's content lives: people there are the page's subject, not its user. */
export const CONTENT = 'main, [role="main"], article, [role="article"], [role="document"], [role="grid"], table, form, [role="dialog"]';
const ATTRIBUTES = ['title', 'aria-label', 'data-email', 'email', 'data-tooltip'];
const MAX_CHROME = 300;

function addressesOf(el: Element): Set<string> {
  const found = new Set<string>();
  for (const name of ATTRIBUTES) {
    const value = attr(el, name);
    if (value?.includes('@')) for (const hit of findEmails(value, 3)) found.add(hit.email);
  }
  for (const hit of findEmails(textOf(el, 300), 3)) found.add(hit.email);
  return found;
}

/** An address in an attribute that names it the account's ("View profile: alex@…"), outside the
 *  page's content. */
function labelledSelf(doc: Document): string | null {
  for (const el of queryAll(doc, LABELLED_ADDRESS).slice(0, MAX_CHROME)) {
    if (el.closest(CONTENT)) continue;
    for (const name of ['title', 'aria-label']) {
      const value = attr(el, name);
      if (value?.includes('@') && SAYS_ACCOUNT.test(value)) return findEmails(value, 1)[0]?.email ?? null;
    }
  }
  return null;
}

/** The account's address, or null when the chrome shows none (or several: then it is a list). */
export function selfFromChrome(doc: Document): string | null {
  const labelled = labelledSelf(doc);
  if (labelled) return labelled;
  for (const el of queryAll(doc, ACCOUNT_CHROME).slice(0, MAX_CHROME)) {
    if (el.parentElement?.closest(CONTENT) || el.closest(CONTENT) === el) continue;
    const own = [el, ...queryAll(el, '[title*="@"], [aria-label*="@"], [data-email]')].reduce((all, e) => {
      for (const a of addressesOf(e)) all.add(a);
      return all;
    }, new Set<string>());
    if (own.size === 1) return validEmail([...own][0]!);
  }
  return null;
}
