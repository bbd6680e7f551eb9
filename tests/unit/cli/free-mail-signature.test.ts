// Issue 15, what real pages hand the classifier: a free-mail sender (gmail.com, outlook.com,
// 163.com, qq.com, 126.com) whose signature names a company is a business, on the page as in the
// corpus. Real Roundcube 1.6 pages (tests/fixtures/roundcube-mail-free-signature, saved from the
// harness) in plain text and HTML, with and without a "-- " separator or a sign-off, in English
// and Chinese; run through the classify CLI's code path (scripts/classify-page.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyHtml, type ClassifyOutput } from '../../../scripts/classify-page';
import { FIXTURES, savedPage } from '../../helpers/page-message';

const TODAY = '2026-11-04';

function classify(name: string, edit?: (html: string) => string): ClassifyOutput {
  const page = edit ? savedPage(name, edit(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'))) : savedPage(name);
  return classifyHtml(page.document, { url: page.url, today: TODAY });
}

const reason = (out: ClassifyOutput, dimension: string) => out.suggestion?.reasons.find((r) => r.dimension === dimension)?.detail;

const CASES = [
  { page: 'context/roundcube-free-01-bakery-plain-separator', email: 'lisa.moreno.bakes@gmail.com', company: 'Brightloaf Bakery LLC' },
  { page: 'context/roundcube-free-02-bakery-html-no-separator', email: 'tbecker.interiors@outlook.com', company: 'Becker Interiors GmbH' },
  { page: 'context/roundcube-free-03-zh-plain-no-separator', email: 'chenjing1988@163.com', company: '杭州瑞丰贸易有限公司' },
  { page: 'context/roundcube-free-04-zh-html-qq', email: '1348826471@qq.com', company: '深圳市万华礼品科技有限公司' },
  { page: 'context/roundcube-free-05-zh-plain-separator', email: 'huanghai_sea@126.com', company: '舟山海丰水产有限公司' },
] as const;

describe('a free-mail sender with a company in the signature, on real Roundcube pages', () => {
  for (const { page, email, company } of CASES) {
    it(`${page}: B2B for ${company}, a direct channel, and the sender carries the company`, () => {
      const out = classify(page);
      expect(out.person).toBe(email);
      expect(out.suggestion!.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
      expect(reason(out, 'customer')).toBe(company);
      expect(out.contacts.find((c) => c.email === email)?.company).toBe(company);
    });
  }

  it.each([
    ['context/gmail-free-signature-en', 'bea.harlow.coffee@gmail.com', 'Harlow & Daughters Coffee Co.'],
    ['context/qqmail-free-signature-zh', '2284617390@qq.com', '舟山鑫海水产有限公司'],
  ])('%s (another site, a nickname as the sender\'s name): B2B, direct, the sender carries the company', (page, email, company) => {
    const out = classify(page);
    expect(out.person).toBe(email);
    expect(out.suggestion!.categories).toMatchObject({ customer: 'b2b', channel: 'direct' });
    expect(reason(out, 'customer')).toBe(company);
    expect(out.contacts.find((c) => c.role === 'sender')).toMatchObject({ email, company });
  });

  it('the sender shown under another name (a nickname, or the bare address) still gets the company of their own signature', () => {
    const nick = classify('context/roundcube-free-01-bakery-plain-separator', (html) => html.replaceAll('>Lisa Moreno</a>', '>Lily</a>'));
    const bare = classify('context/roundcube-free-03-zh-plain-no-separator', (html) => html.replaceAll('>陈静</a>', '>chenjing1988@163.com</a>'));
    expect(nick.contacts.find((c) => c.role === 'sender')).toMatchObject({ email: 'lisa.moreno.bakes@gmail.com', company: 'Brightloaf Bakery LLC' });
    expect(bare.contacts.find((c) => c.role === 'sender')).toMatchObject({ email: 'chenjing1988@163.com', company: '杭州瑞丰贸易有限公司' });
    expect(nick.suggestion!.categories.customer).toBe('b2b');
    expect(bare.suggestion!.categories.customer).toBe('b2b');
  });

  it('a consumer on free mail with no company stays B2C with no channel (the last lines of a message are not a company)', () => {
    const consumer = classify('context/roundcube-free-02-bakery-html-no-separator', (html) =>
      html.replace(/<div>Tom Becker<\/div><div>Project Manager \| Becker Interiors GmbH<\/div><div>Tel\. \+49 30 5550 1234<\/div>/, '<div>We are redoing our kitchen at home.</div><div>Tom Becker</div><div>Tel. +49 30 5550 1234</div>'));
    expect(consumer.suggestion!.categories.customer).toBe('b2c');
    expect(consumer.suggestion!.categories.channel).toBeNull();
    expect(consumer.contacts.find((c) => c.role === 'sender')?.company ?? null).toBeNull();
  });
});
