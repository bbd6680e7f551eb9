// The rep's own side of a page whose adapter (or no adapter) reads no account, by what every
// webmail and custom app shows of the signed-in user:
// - a compose or reply form's From picker — a <select> or combobox on a From line (发件人, De,
//   Von…) or named for it (name="_from") — lists the identities the rep may send as ("Camille
//   Roux <camille@…>", the team alias): every address in it is the rep's, never a contact;
// - a top bar's words "Signed in as <b>Name</b> (address)", "Logged in as", "当前登录",
//   "Angemeldet als", "Connecté en tant que": the one address written with them is the rep's;
//   a helpdesk's "Welcome, <strong>Name</strong> | Profile | Log Out": the bold name in the
//   sign-out link's bar is the rep's;
// - account chrome that names the rep only by name (an account button "Account manager for
//   Jordan Ellis", a header's user-name element, an account button's avatar): a person of
//   exactly that name (case, accents and "Ellis, Jordan" order aside) is the rep;
// - a mailing's footer: the address it says it was sent to (./mailing-footer.ts).
// Read by the record kit (record-kit.js, for mail.js) and the CLI: the Gmail / Outlook and CRM
// scripts' adapters read their account. Chrome is never learnt into My addresses; a From
// picker's addresses are (entrypoints/record-kit.ts): they are the identities the rep sends as,
// and so is a mailing footer's: the mail was sent to the reader.

import { attr, queryAll, textOf, walkText } from './dom';
import { findEmails } from './email-scan';
import { mailedTo } from './mailing-footer';
import { roleFromHeaderLine } from './generic/roles';
import { looksLikeName } from './signature';
import { asRequested } from './generic/requester';
import type { DetectorParts } from './detector';
import type { DetectedContact } from './types';

const PICKER = 'select, [role="combobox"]';
/** A message's text: "I logged in as …" there is a person writing, not the page's user. */
const MESSAGE = '[role="document"], article, blockquote, [contenteditable]';
const SIGNED_IN = /(?:signed|logged) in as|angemeldet als|eingeloggt als|connecté en tant que|conectado como|sesión iniciada como|当前登录|当前用户|登录用户|ログイン中/i;
/** Where a page's content lives: a name there is a person on the page, not its user. */
const CONTENT = 'main, [role="main"], article, [role="article"], [role="document"], table, form, [role="dialog"]';
/** Elements a header names the signed-in user with, and account buttons' labels. */
const USER_NAME = '[class*="user-name" i], [class*="username" i], [class*="account-name" i], [class*="profile-name" i], [id*="user-name" i], [id*="username" i], #mectrl_currentAccount_primary';
const LOG_OUT = 'a[href*="logout" i], a[href*="logoff" i], a[href*="signout" i], a[href*="sign_out" i], a[href*="abmelden" i]';
const AVATAR = 'header button img, nav button img, [role="banner"] button img, [role="navigation"] button img';
const ACCOUNT_LABEL = '[aria-label*="account" i], [title*="account" i], [aria-label*="konto" i], [aria-label*="compte" i], [aria-label*="cuenta" i], [aria-label*="账户" i], [aria-label*="帐户" i], [aria-label*="账号" i]';

/** Every address a From picker on the page offers (lower-cased). */
export function fromPickerAddresses(doc: Document): string[] {
  return queryAll(doc, PICKER).flatMap((el) =>
    (el.textContent ?? '').includes('@') && (/^_?(?:from|sender|identity)/i.test(attr(el, 'name') ?? '') || roleFromHeaderLine(el) === 'sender') ? findEmails(textOf(el, 3_000), 50).map((hit) => hit.email.toLowerCase()) : [],
  );
}

/** The element with a top bar's signed-in words, or its parent: a short bar (under 300
 *  characters), never the page around it. */
function signedInBar(doc: Document): Element | null {
  let bar: Element | null = null;
  walkText(doc.body ?? doc.documentElement, (text, parent) => {
    if (bar || !SIGNED_IN.test(text) || parent.closest(MESSAGE)) return;
    for (const el of [parent, parent.parentElement]) if (!bar && el && (el.textContent ?? '').length < 300 && findEmails(textOf(el), 2).length) bar = el;
    bar ??= parent;
  }, { maxNodes: 3_000, maxChars: 60_000 });
  return bar;
}

/** The name account chrome shows: an account button's label's last words ("Account manager for
 *  Jordan Ellis"), the signed-in words' name, a user-name element or the element before a
 *  sign-out link, outside the content. */
function accountName(doc: Document, bar: Element | null): string | null {
  const candidates = [
    // "… for Jordan Ellis", "Google Account: Jordan Ellis (…)", "周 思远 的帐户管理器".
    ...queryAll(doc, ACCOUNT_LABEL).map((el) => (attr(el, 'aria-label') ?? attr(el, 'title') ?? '').split(/\s(?:for|für|pour|para|per|voor)\s|[:：]\s*/).pop()!.split(/\s的|\s*[(（]/)[0]!),
    bar ? textOf(bar).split(SIGNED_IN).pop()!.replace(/[(（<].*$|[:：]/g, '') : '',
    ...queryAll(doc, USER_NAME).filter((el) => !el.closest(CONTENT)).map((el) => textOf(el, 80)),
    // An account button's avatar, named for the rep ("<img alt='Nadia Okafor'>"), in the chrome.
    ...queryAll(doc, AVATAR).filter((el) => !el.closest(CONTENT)).map((el) => attr(el, 'alt') || attr(el, 'title') || ''),
    // "Lena Vogt · Abmelden": the element just before a sign-out link, in a build with no classes.
    ...queryAll(doc, LOG_OUT).filter((el) => !el.closest(CONTENT)).flatMap((el) => [textOf(el.previousElementSibling, 80), ...queryAll(el.parentElement!, 'strong, b').map((b) => textOf(b, 80))]),
  ];
  return candidates.map((c) => c.trim()).find((c) => c.includes(' ') || /\p{Script=Han}/u.test(c) ? looksLikeName(c) : false) ?? null;
}

/** A name compared as any page writes it: case, spacing and accents aside, "Okafor, Nadia" as
 *  "Nadia Okafor". */
const key = (name: string | null) => (name ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^([^,]+),\s*(.+)$/, '$2 $1').replace(/\s+/g, ' ').trim();

/** The contacts less the rep: a From picker's and a mailing footer's addresses always; where the adapter read no account
 *  (`known` falsy: no account address), the signed-in bar's one address and a person of exactly the chrome's name. */
export function withoutRep(contacts: DetectedContact[], doc: Document, known: unknown): DetectedContact[] {
  const bar = known ? null : signedInBar(doc);
  const inBar = findEmails(textOf(bar), 2);
  const own = new Set([...fromPickerAddresses(doc), ...mailedTo(doc), ...(inBar.length === 1 ? [inBar[0]!.email.toLowerCase()] : [])]);
  const name = known ? '' : key(accountName(doc, bar));
  const rep = (c: DetectedContact) => (c.email && own.has(c.email.toLowerCase())) || (name && key(c.name) === name);
  // A signature that took the rep's address (a mailing's footer below it) still names its writer:
  // its company goes to that person.
  for (const c of contacts) if (rep(c) && c.company) for (const k of contacts) if (!rep(k) && !k.company && k.name && key(k.name) === key(c.name)) k.company = c.company;
  return contacts.filter((c) => !rep(c));
}

type Company = NonNullable<DetectorParts['company']>;

/** The page's company part (./generic/page-company.ts) with the rep taken out first and a
 *  ticket's requester made its sender (./generic/requester.ts). */
export const repLeft = (company: Company): Company => (contacts, doc, url, context, site) => company(asRequested(withoutRep(contacts, doc, context.selfEmail), doc), doc, url, context, site);
