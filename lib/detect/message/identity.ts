// A message's identity for the dedupe key, from what the page says about it: an id in its address
// (query or hash) or in the page (a Message-ID header, a data attribute on the message). Webmails
// that show every email at one path (Roundcube's `/?_task=mail&_uid=…`, QQ Mail's
// `/cgi-bin/frame_html`) tell their emails apart only this way; without it, two emails from one
// person would be one follow-up. The last resort (a hash of subject and sender) is the caller's.

import { attr, closestOf, queryAll } from '../dom';

/** Query parameters that name one message, by webmail: Roundcube `_uid` (within `_mbox`), QQ Mail
 *  `mailid`, NetEase and Coremail `mid`, others `msgid` / `messageid` / `message_id`. */
const ID_PARAMS = ['_uid', 'mailid', 'mid', 'msgid', 'messageid', 'message_id', 'msg_id'];
/** Hash routes of single-page webmails: `#/read/ZC0012`, `#message/12`, `#/mail/INBOX/4711`,
 *  NetEase's `#module=read.ReadModule|{"id":"…"}`, `mid=` in a hash's own query. */
const HASH_ROUTES = [
  /#!?\/?(?:read|readmail|message|messages|msg|mail|view|viewmail)\/(?:[^/?#]+\/)*([^/?#]{1,200})$/i,
  /"(?:id|mid|mailid)"\s*:\s*"([^"]{1,200})"/,
  /[#&?](?:mid|mailid|msgid|uid)=([^&#]{1,200})/i,
];
/** Attributes a page puts on a message element to name it (Gmail's data-message-id, Coremail's
 *  and QQ Mail's mailid, many apps' data-mid / data-msgid / data-uid). Not a bare data-id: layouts put it on anything. */
const ID_ATTRS = ['data-message-id', 'data-legacy-message-id', 'data-mid', 'data-mailid', 'mailid', 'data-msgid', 'data-uid'];
const WITH_ID_ATTR = ID_ATTRS.map((a) => `[${a}]`).join(', ');
/** A raw Message-ID header shown on the page ("Message-ID: <…@…>"). */
const MESSAGE_ID_HEADER = /message-id\s*[:：]\s*<?([^\s<>]{3,200}@[^\s<>]{1,200})>?/i;

/** The message's id in the page's address; null when the address names none. */
export function idInUrl(url: URL): string | null {
  const params = url.searchParams;
  for (const name of ID_PARAMS) {
    const value = params.get(name);
    if (!value || value.length > 200) continue;
    // A UID is unique only within its folder.
    return name === '_uid' ? `${params.get('_mbox') ?? 'INBOX'}/${value}` : value;
  }
  let hash = url.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // A malformed escape: read it raw.
  }
  for (const route of HASH_ROUTES) {
    const id = route.exec(hash)?.[1];
    // A message id has a digit somewhere; `#/mail/inbox` is the list, not a message.
    if (id && /\d/.test(id)) return id;
  }
  return null;
}

/** A list row's email: the id in the address its link opens (Roundcube's row links to
 *  `?_uid=10&_mbox=INBOX`), or an id attribute on the row. */
export function idOfRow(row: Element, url: URL): string | null {
  for (const link of queryAll(row, 'a[href]').slice(0, 5)) {
    try {
      const id = idInUrl(new URL(link.getAttribute('href') ?? '', url));
      if (id) return id;
    } catch {
      // A link that is no address names nothing.
    }
  }
  return idInPage(row, '');
}

/** The message's id in the page: a data attribute on the message element or above it, one on
 *  the only message inside it, or a Message-ID header written in its text. */
export function idInPage(container: Element | null, text: string): string | null {
  if (container) {
    const above = closestOf(container, WITH_ID_ATTR);
    const inside = above ? [] : queryAll(container, WITH_ID_ATTR);
    // Several messages inside (a whole thread) name none of them in particular.
    const el = above ?? (inside.length === 1 ? inside[0] : null);
    for (const name of ID_ATTRS) {
      const value = attr(el, name);
      if (value && value.length <= 200) return value;
    }
  }
  return MESSAGE_ID_HEADER.exec(text)?.[1] ?? null;
}
