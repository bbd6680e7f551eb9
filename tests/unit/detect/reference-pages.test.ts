// Optional check against real Gmail markup from ../shared/reference-pages (skipped when that
// folder is absent: the project's own tests never depend on it).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { isRoleMailbox } from '../../../lib/detect/mailboxes';
import { parseWithLinkedom } from './helpers';

// ../shared beside the project root, as laid for developers and CI.
const DIR = fileURLToPath(new URL('../../../../shared/reference-pages/gmail-inbox-list-inboxsdk', import.meta.url));
const PAGE = `${DIR}/gmail-inbox-list-2014.html`;

describe.skipIf(!existsSync(PAGE))('real Gmail inbox list (InboxSDK, 2014 markup)', () => {
  it('finds every rendered sender who can answer, once per row, and not the account owner', () => {
    const expected = (JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { email: string; name: string }[]>)['gmail-inbox-list-2014.html']!;
    const self = expected.find((e) => e.name === 'me')!.email;
    const out = detectPage(parseWithLinkedom(readFileSync(PAGE, 'utf8')), new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(out.site).toBe('gmail');
    // Each row is its own email (a follow-up of its own): a sender of several rows is found in each.
    const found = new Map(out.contacts.map((c) => [c.email, { name: c.name, email: c.email, role: c.role }]));
    // no-reply, notification and news senders are role mailboxes: not offered (lib/detect/mailboxes.ts).
    const wanted = expected.filter((e) => e.email !== self && !isRoleMailbox(e.email, e.name)).map((e) => ({ name: e.name, email: e.email, role: 'sender' }));
    expect(wanted.map((w) => w.email)).toEqual(['help@twilio.com', 'cowan@streak.com']);
    expect([...found.values()]).toEqual(expect.arrayContaining(wanted));
    expect(found.size).toBe(wanted.length);
    const perRow = new Map<Element | undefined, string[]>();
    for (const c of out.contacts) {
      expect(c.row?.matches('tr.zA') && c.row.contains(c.anchor)).toBe(true);
      perRow.set(c.row, [...(perRow.get(c.row) ?? []), c.email!]);
    }
    // Never the same person twice in one row.
    for (const emails of perRow.values()) expect(new Set(emails).size).toBe(emails.length);
  });
});
