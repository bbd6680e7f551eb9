// NetEase mail (mail.163.com, mail.126.com, mail.yeah.net, and its enterprise edition on
// qiye.163.com): the reading view shows each person as a `.nui-addr` element with the name and
// the bracketed address in child spans, the header lines labelled 发件人 / 收件人 / 抄送 (read by
// the generic core); the message body is an iframe of its own (the content script runs there
// too). The signed-in account is `#spnUid` in the top bar.

import { makeContact, safely } from '../contact';
import { attr, queryAll, queryOne, textOf } from '../dom';
import { findEmails, splitNameAndEmail } from '../email-scan';
import { messageTextOf, roleFromLabelBefore } from '../mail-headers';
import { deliveredTo } from '../message/mailbox-owner';
import type { DetectedContact, ExampleUrls, PageContext, SiteAdapter } from '../types';

// The enterprise edition serves each customer from a host of its own under qiye.163.com
// (mail., hw., mailh., …): any of them, as the optional site's *.qiye.163.com grant.
const HOSTS = /^(mail\.163\.com|mail\.126\.com|mail\.yeah\.net|([a-z0-9-]+\.)*qiye\.163\.com)$/;
/** A person: `.nui-addr` holds `.nui-addr-name` and `.nui-addr-email` ("<address>"); `title`
 *  carries "name <address>" on some builds. */
const PERSON = '.nui-addr, [class*="js-component-addr"]';
const SELF = '#spnUid, .js-component-account .nui-addr-email, #dvUser';
const SUBJECT = '.nui-title-subject, h1[class*="subject"], .js-component-title';
const BODY = '.nui-msgbox-content, #content, .netease_mail_readhtml';
const MESSAGE = '.js-component-readmail, .readmail, body';
const LIST_ROW = '.nl0, .js-component-mailitem, [class*="mailItem"]';

export const EXAMPLE_URLS: ExampleUrls = {
  match: ['https://mail.163.com/js6/main.jsp?sid=AbCd#module=read.ReadModule%7C%7B%22id%22%3A%22101%3A1tbi%22%7D', 'https://mail.126.com/js6/main.jsp?sid=x', 'https://qiye.163.com/js6/main.jsp?sid=x', 'https://mailh.qiye.163.com/js6/main.jsp?sid=x'],
  noMatch: ['https://163.com/', 'https://mail.163.com.evil.example/js6/main.jsp', 'https://mail.qq.com/', 'https://qiye.163.com.evil.example/'],
};

/** The header line's own label says who sent it (发件人：) and who received it (收件人 / 抄送); a
 *  build may put the label in a cell of its own beside the person's (<dt> / <dd>, <td> / <td>),
 *  so the line is looked for a few levels up, never past the message's body. */
function headerRole(el: Element): DetectedContact['role'] | null {
  let line = el.parentElement;
  for (let level = 0; line && level < 4 && !line.matches(BODY); level++, line = line.parentElement) {
    const role = roleFromLabelBefore(el, line);
    if (role) return role;
  }
  return null;
}

function detectPeople(root: ParentNode): DetectedContact[] {
  return queryAll(root, PERSON).flatMap((el) => {
    const fromParts = splitNameAndEmail(`${textOf(queryOne(el, '.nui-addr-name'), 120)} ${textOf(queryOne(el, '.nui-addr-email'), 260)}`);
    const fromTitle = splitNameAndEmail(attr(el, 'title') ?? textOf(el, 300));
    const email = fromParts.email ?? fromTitle.email;
    const role = headerRole(el) ?? 'mentioned';
    return email ? [makeContact({ email, name: fromParts.name ?? fromTitle.name }, role, el)] : [];
  });
}

/** NetEase's own mailbox domains (the consumer hosts'; the enterprise edition's are each
 *  customer's own). */
const NETEASE_DOMAINS = /^(?:163\.com|126\.com|yeah\.net|vip\.163\.com|vip\.126\.com|188\.com)$/i;

/** The read module's frame has no top bar: the NetEase mailbox a message from outside was
 *  delivered to is the account's (../message/mailbox-owner.ts). */
function ownMailbox(doc: Document, url: URL): string | null {
  return url.hostname.endsWith('qiye.163.com') ? null : deliveredTo(detectPeople(doc), NETEASE_DOMAINS);
}

/** The message id in the read module's state (`#module=read.ReadModule|{"id":"…"}`). */
function messageId(url: URL): string | null {
  let hash = url.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // Keep it raw.
  }
  const id = /"id"\s*:\s*"([^"]{1,200})"/.exec(hash)?.[1];
  return id ?? null;
}

export const neteaseAdapter: SiteAdapter = {
  id: 'netease',
  matches: (url) => HOSTS.test(url.hostname),
  detect: (root) => safely([], () => detectPeople(root)),
  context: (doc, url): PageContext => ({
    subject: textOf(queryOne(doc, SUBJECT), 300) || null,
    threadId: messageId(url),
    recordName: null,
    recordId: null,
    selfEmail: findEmails(textOf(queryOne(doc, SELF), 200), 1)[0]?.email ?? ownMailbox(doc, url),
  }),
  hasAnchors: (root) => !!queryOne(root, `${BODY}, ${SUBJECT}, ${PERSON}`),
  messageText: (anchor) => messageTextOf(anchor, MESSAGE, BODY, LIST_ROW),
  listRow: LIST_ROW,
  parts: { message: MESSAGE, body: BODY, row: LIST_ROW },
};
