// The signed-in account on a mail page whose chrome names it in no way ./self.ts reads (a build
// that drops every class and id, a frame without the top bar). Two cues every webmail still gives:
// - its headers call the account "me" in the UI's language (Gmail's "to me", QQ Mail's 我): a
//   person element whose whole text is that word, its address in an attribute;
// - it shows the account's address as plain text outside the message, and a message received
//   there is addressed to that address alone.
// Mail scripts only (lib/content/mail-script.ts): a CRM page has no To line to check against.

import { attr, comesBefore, HIDDEN, queryAll, textOf } from './dom';
import { findEmails, validEmail } from './email-scan';
import { roleFromHeaderLine } from './generic/roles';
import { CONTENT, selfFromChrome } from './self';

/** "Me" in the words webmails write for the account in a header (lower case, as they do). */
const ME = new Set(['me', '我', '自己', 'moi', 'ich', 'mich', 'yo', 'mí', 'eu', 'mim', 'io', 'mij', 'ik', 'mig', 'jag', 'я', 'мне', '私', '自分', '나', 'tôi']);
/** Where a header keeps a person's address. */
const ADDRESSED = '[title*="@"], [email], [data-email], [e*="@"], [data-hovercard-id*="@"], a[href^="mailto:" i]';
const MAX_PEOPLE = 300;
const MAX_CHROME_ELEMENTS = 400;

function addressOf(el: Element): string | null {
  for (const name of ['email', 'data-email', 'e', 'data-hovercard-id', 'title']) {
    const hit = findEmails(attr(el, name) ?? '', 1)[0];
    if (hit) return hit.email;
  }
  return findEmails(attr(el, 'href') ?? '', 1)[0]?.email ?? null;
}

function calledMe(people: readonly Element[]): string | null {
  const me = people.find((el) => ME.has(textOf(el, 12)));
  return me ? addressOf(me) : null;
}

/** The page's first elements in document order, walked (not the whole page listed first: this
 *  runs again while the account is unknown, and only what comes before the first person counts). */
function* firstElements(root: Element): Generator<Element> {
  let el = root.firstElementChild;
  for (let n = 0; el && n < MAX_CHROME_ELEMENTS; n++) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/** The one address written as a leaf's text outside the page's content and before its first
 *  person (the chrome comes before the message in every webmail), among the first elements. */
function shownOutsideContent(doc: Document, firstPerson: Element): string | null {
  const shown = new Set<string>();
  for (const el of firstElements(doc.body ?? doc.documentElement)) {
    if (!comesBefore(el, firstPerson)) break;
    if (el.childElementCount || el.closest(`${CONTENT}, ${HIDDEN}, a`)) continue;
    for (const hit of findEmails(textOf(el, 200), 2)) shown.add(hit.email);
  }
  return shown.size === 1 ? [...shown][0]! : null;
}

function addressedAlone(doc: Document, people: readonly Element[]): string | null {
  const account = people[0] && shownOutsideContent(doc, people[0]);
  if (!account) return null;
  const recipients = new Set(people.filter((el) => roleFromHeaderLine(el) === 'recipient').map(addressOf));
  return recipients.size === 1 && recipients.has(account) ? account : null;
}

/** The account's address on a mail page, or null. */
export function mailSelf(doc: Document): string | null {
  const chrome = selfFromChrome(doc);
  if (chrome) return chrome;
  const people = queryAll(doc, ADDRESSED).slice(0, MAX_PEOPLE);
  const found = calledMe(people) ?? addressedAlone(doc, people);
  return found ? validEmail(found) : null;
}
