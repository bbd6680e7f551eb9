// Seeds a Maildir from RFC 5322 files, the way a delivery agent would: one file per message in
// cur/, named so that Dovecot hands out UIDs in date order, with the Date header as the file's
// time (Dovecot's INTERNALDATE, which Roundcube shows as the arrival time). A message from the
// rep's own address goes to Sent, every other one to INBOX.
import { chownSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface MailFixture {
  /** The .eml file name, e.g. `01-quote-request.eml`. */
  file: string;
  mailbox: 'INBOX' | 'Sent';
  subject: string;
  /** The sender's bare address, lower case. */
  from: string;
  messageId: string;
  date: Date;
  raw: string;
}

/** The header block's fields (folded lines joined), names lower-cased; the first occurrence wins. */
export function headerFields(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const fields = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`), as a mail client shows a subject. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
      return new TextDecoder(charset).decode(bytes);
    });
}

function bareAddress(value: string): string {
  return (value.match(/<([^>]+)>/)?.[1] ?? value).trim().toLowerCase();
}

export function readMailFixtures(folder: string, repAddress: string): MailFixture[] {
  const files = readdirSync(folder).filter((name) => name.endsWith('.eml')).sort();
  if (!files.length) throw new Error(`No .eml files in ${folder}.`);
  return files.map((file) => {
    const raw = readFileSync(join(folder, file), 'utf8');
    const fields = headerFields(raw);
    const need = (name: string) => {
      const value = fields.get(name);
      if (!value) throw new Error(`${file}: no ${name} header (every fixture needs From, Subject, Date and Message-ID).`);
      return value;
    };
    const date = new Date(need('date'));
    if (Number.isNaN(date.getTime())) throw new Error(`${file}: Date header ${JSON.stringify(fields.get('date'))} is not a date.`);
    const from = bareAddress(need('from'));
    return {
      file,
      mailbox: from === repAddress.toLowerCase() ? 'Sent' : 'INBOX',
      subject: decodeWords(need('subject')),
      from,
      messageId: need('message-id'),
      date,
      raw,
    };
  });
}

/** Writes the messages into `maildir` (Maildir++ layout: Sent is `.Sent/`). */
export function writeMaildir(maildir: string, messages: MailFixture[]): void {
  const folders = { INBOX: maildir, Sent: join(maildir, '.Sent') };
  for (const folder of Object.values(folders)) {
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(folder, sub), { recursive: true });
  }
  const byDate = [...messages].sort((a, b) => a.date.getTime() - b.date.getTime());
  byDate.forEach((message, index) => {
    const seconds = Math.floor(message.date.getTime() / 1000);
    // Dovecot numbers new files in name order; the zero-padded index keeps equal dates in order.
    // Sent mail was written by the rep, so it is read (flag S); incoming mail waits unread.
    const flags = message.mailbox === 'Sent' ? 'S' : '';
    const name = `${seconds}.M${String(index).padStart(4, '0')}.${basename(message.file, '.eml')}:2,${flags}`;
    const path = join(folders[message.mailbox], 'cur', name);
    writeFileSync(path, message.raw);
    utimesSync(path, message.date, message.date);
  });
}

/** Hands `root` and everything under it to `owner` (Dovecot serves the mail as that user). */
export function chownTree(root: string, owner: { uid: number; gid: number }): void {
  chownSync(root, owner.uid, owner.gid);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) chownTree(path, owner);
    else chownSync(path, owner.uid, owner.gid);
  }
}
