// The .eml files the real-Roundcube harness seeds: each one must parse the way the harness reads
// it, so a broken fixture fails here in a second rather than as a missing row in a browser test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_FIXTURES, REP } from '../../roundcube/harness';
import { decodeWords, headerFields, readMailFixtures } from '../../roundcube/maildir';

const fixtures = readMailFixtures(MAIL_FIXTURES, REP.user);

describe('Roundcube mail fixtures', () => {
  it('sorts the rep’s own mail into Sent and everything else into INBOX', () => {
    expect(fixtures.filter((m) => m.mailbox === 'Sent').map((m) => m.from)).toEqual(['rep@tasklane-demo.test', 'rep@tasklane-demo.test', 'rep@tasklane-demo.test']);
    expect(fixtures.filter((m) => m.mailbox === 'INBOX')).toHaveLength(10);
  });

  it('has a unique Message-ID per message and dates in November–December 2026', () => {
    expect(new Set(fixtures.map((m) => m.messageId)).size).toBe(fixtures.length);
    for (const m of fixtures) expect(m.date.toISOString(), m.file).toMatch(/^2026-1[12]-/);
  });

  it('threads replies to a message that is in the mailbox', () => {
    const ids = new Set(fixtures.map((m) => m.messageId));
    const replies = fixtures.map((m) => headerFields(m.raw).get('in-reply-to')).filter(Boolean);
    expect(replies.length).toBeGreaterThanOrEqual(4);
    for (const id of replies) expect(ids.has(id!), id).toBe(true);
  });

  it('decodes encoded-word subjects and names as a mail client shows them', () => {
    const chinese = fixtures.find((m) => m.file === '07-chinese-payment-quote.eml')!;
    expect(chinese.subject).toBe('关于第二批扫描枪的报价及首批货款安排');
    expect(decodeWords(headerFields(chinese.raw).get('from')!)).toBe('陈晓东 <chen.xiaodong@huaxin-trading.cn>');
    expect(decodeWords('=?UTF-8?Q?Reseller_onboarding_=E2=80=93_Nordpunkt?=')).toBe('Reseller onboarding – Nordpunkt');
  });

  it('names the file and the header when one is missing, and refuses an empty folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tasklane-eml-'));
    try {
      expect(() => readMailFixtures(folder, REP.user)).toThrow(/No \.eml files/);
      writeFileSync(join(folder, 'no-id.eml'), 'From: A <a@example.com>\nSubject: Hi\nDate: Tue, 03 Nov 2026 09:00:00 +0000\n\nBody\n');
      expect(() => readMailFixtures(folder, REP.user)).toThrow('no-id.eml: no message-id header');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
