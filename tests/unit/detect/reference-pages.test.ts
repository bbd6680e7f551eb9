// Optional check against real Gmail markup from ../shared/reference-pages (skipped when that
// folder is absent: the project's own tests never depend on it).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

// ../shared beside the project root, as laid for developers and CI.
const DIR = fileURLToPath(new URL('../../../../shared/reference-pages/gmail-inbox-list-inboxsdk', import.meta.url));
const PAGE = `${DIR}/gmail-inbox-list-2014.html`;

describe.skipIf(!existsSync(PAGE))('real Gmail inbox list (InboxSDK, 2014 markup)', () => {
  it('finds every rendered sender, and not the account owner', () => {
    const expected = (JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { email: string; name: string }[]>)['gmail-inbox-list-2014.html']!;
    const self = expected.find((e) => e.name === 'me')!.email;
    const out = detectPage(parseWithLinkedom(readFileSync(PAGE, 'utf8')), new URL('https://mail.google.com/mail/u/0/#inbox'));
    expect(out.site).toBe('gmail');
    const found = out.contacts.map((c) => ({ name: c.name, email: c.email, role: c.role }));
    const wanted = expected.filter((e) => e.email !== self).map((e) => ({ name: e.name, email: e.email, role: 'sender' }));
    expect(found).toEqual(expect.arrayContaining(wanted));
    expect(found).toHaveLength(wanted.length);
  });
});
