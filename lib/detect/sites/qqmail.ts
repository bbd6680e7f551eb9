// QQ Mail and Tencent Exmail (mail.qq.com, wx.mail.qq.com, exmail.qq.com): the reading view of
// the classic UI lives in the `mainFrame` iframe (the content script runs in it), the 2023+ UI
// in the page itself. People carry their address in an `e` attribute (classic: `<span e="…"
// n="…">`) or in `title`, with the name beside it; the account is `#useraddr` (classic) or the
// profile card's `.user-email` (new). The generic core reads the header labels (发件人 / 收件人 /
// 抄送) and signatures; this adapter adds the account, the subject and the message's identity.

import { makeContact, safely } from '../contact';
import { attr, queryAll, queryOne, textOf } from '../dom';
import { findEmails, validEmail } from '../email-scan';
import { roleFromHeaderLine } from '../generic/roles';
import { messageTextOf } from '../mail-headers';
import { deliveredTo } from '../message/mailbox-owner';
import type { DetectedContact, ExampleUrls, PageContext, SiteAdapter } from '../types';

const HOSTS = /^(mail|wx\.mail|exmail|en\.mail)\.qq\.com$/;
/** Classic UI: `<span e="address" n="name">` (the sender's in a `<b>` on some builds). */
const PERSON_E = '[e*="@"]';
/** The signed-in account: classic top bar, new UI profile card. */
const SELF = '#useraddr, .profile-user-info .user-email, .cmp-account-email';
/** The reading frame has no account chrome: its script state names the account (an address in a
 *  g_useraddr-like variable, else the QQ number g_uin, whose mailbox is <uin>@qq.com). */
const SCRIPT_ADDRESS = /\bg_(?:\w*addr|email)\s*=\s*["']([^"'\s]+@[^"'\s]+)/;
/** QQ Mail's own mailbox domains. */
const QQ_DOMAINS = /^(?:qq\.com|vip\.qq\.com|foxmail\.com)$/i;
const SCRIPT_UIN = /\bg_uin\s*=\s*["']?(\d{5,12})\b/;
/** The message subject: classic `#subject` / `.sub_title`, new UI `.mail-detail-subject`. */
const SUBJECT = '#subject, .sub_title, .mail-detail-subject, .readmail_item_head .subject';
/** The message body: classic `#contentDiv` / `#mailContentContainer`, new UI `.mail-detail-content`. */
const BODY = '#mailContentContainer, #contentDiv, .mail-detail-content';
const MESSAGE = '#mainmail, .mail-detail, .readmail, body';
/** List rows: classic `table.i.M` rows in the list frame, new UI `.mail-list-page-item`. */
const LIST_ROW = '.mail-list-page-item, table.i.M, .toarea table';

export const EXAMPLE_URLS: ExampleUrls = {
  match: ['https://mail.qq.com/cgi-bin/frame_html?sid=AbCdEf&r=7f3a', 'https://wx.mail.qq.com/home/index?sid=zz#/read/ZC0801', 'https://exmail.qq.com/cgi-bin/readmail?mailid=ZL0001&sid=x'],
  noMatch: ['https://qq.com/', 'https://mail.qq.com.evil.example/cgi-bin/frame_html', 'https://mail.163.com/'],
};

function detectE(root: ParentNode): DetectedContact[] {
  return queryAll(root, PERSON_E).flatMap((el) => {
    const email = validEmail(attr(el, 'e') ?? '');
    const name = attr(el, 'n') ?? (textOf(el, 80) || null);
    // Header rows are label cells (发件人： / 收件人： / 抄送： padded with a full-width space) beside the people: the core's
    // label reading gives the role, whatever the row's markup.
    const role = safely(null, () => roleFromHeaderLine(el)) ?? 'mentioned';
    return email ? [makeContact({ email, name: name && !name.includes('@') ? name : null }, role, el)] : [];
  });
}

/** The signed-in account: the chrome's address, else the frame's script state, else the
 *  recipient the frame shows as 我 (QQ Mail writes the rep so), else the QQ mailbox a message
 *  from outside was delivered to (../message/mailbox-owner.ts). */
function selfOf(doc: Document, url: URL): string | null {
  const shown = findEmails(textOf(queryOne(doc, SELF), 200), 1)[0]?.email;
  if (shown) return shown;
  for (const script of queryAll(doc, 'script:not([src])').slice(0, 30)) {
    const text = (script.textContent ?? '').slice(0, 50_000);
    // Exmail's uin is no mailbox: only an address counts there.
    const uin = url.hostname.startsWith('exmail') ? null : SCRIPT_UIN.exec(text)?.[1];
    const found = SCRIPT_ADDRESS.exec(text)?.[1] ?? (uin && `${uin}@qq.com`);
    if (found) return validEmail(found);
  }
  const me = queryAll(doc, PERSON_E).find((el) => (attr(el, 'n') ?? textOf(el, 10)) === '我');
  if (me) return validEmail(attr(me, 'e') ?? '');
  // Tencent Exmail's mailboxes are on each customer's own domain: only mail.qq.com's say whose.
  return url.hostname.startsWith('exmail') ? null : deliveredTo(detectE(doc), QQ_DOMAINS);
}

/** The message's identity: classic `mailid=` in the frame's address, new UI `#/read/<id>`. */
function messageId(url: URL): string | null {
  const id = url.searchParams.get('mailid') ?? /#\/read\/([^/?]+)/.exec(url.hash)?.[1] ?? null;
  return id && id.length <= 200 ? id : null;
}

export const qqmailAdapter: SiteAdapter = {
  id: 'qqmail',
  matches: (url) => HOSTS.test(url.hostname),
  detect: (root) => safely([], () => detectE(root)),
  context: (doc, url): PageContext => ({
    subject: textOf(queryOne(doc, SUBJECT), 300) || null,
    threadId: messageId(url),
    recordName: null,
    recordId: null,
    selfEmail: selfOf(doc, url),
  }),
  hasAnchors: (root) => !!queryOne(root, `${BODY}, ${SUBJECT}`),
  messageText: (anchor) => messageTextOf(anchor, MESSAGE, BODY, LIST_ROW),
  listRow: LIST_ROW,
  parts: { message: MESSAGE, body: BODY, row: LIST_ROW },
};
