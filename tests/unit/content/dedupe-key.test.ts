// The dedupe key of a follow-up: the person and the conversation they were clicked in — a list
// row's own thread, else the whole address of the page (query and hash too).
import { describe, expect, it } from 'vitest';
import { dedupeKey, type PersonOnPage } from '@/lib/content/follow-up';
import type { DetectedContact } from '@/lib/detect';
import { MAX } from '@/lib/model/limits';
import { peopleOn } from '../../helpers/page-people';

const at = (href: string, who: Partial<DetectedContact> = {}): PersonOnPage => ({
  contact: { name: 'Dana Lee', email: 'dana.lee@northwind.example', phone: null, company: null, role: 'sender', anchor: {} as Element, ...who },
  site: 'generic',
  context: { subject: null, threadId: null, recordName: null, recordId: null, selfEmail: null },
  url: new URL(href),
  text: null,
});

describe('dedupe keys from saved Gmail inbox rows', () => {
  it('two emails from one sender are two keys, each with its own thread', () => {
    const priya = peopleOn('gmail-inbox').filter((p) => p.contact.email === 'priya.raman@northwind-traders.com');
    expect(priya.map(dedupeKey)).toEqual([
      'gmail:18fe4a7c2b9d0e11:priya.raman@northwind-traders.com',
      'gmail:18fd5a6e0f2c3d94:priya.raman@northwind-traders.com',
    ]);
  });

  it('every row of the inbox has a key of its own', () => {
    const keys = peopleOn('gmail-inbox').map(dedupeKey);
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
  });

  it('split view: the rows keep their own threads, not the conversation open beside them', () => {
    const keys = peopleOn('gmail-inbox-reading-pane').map(dedupeKey);
    expect(keys).toEqual([
      'gmail:18fe6d2a9b0c4e17:priya.raman@northwind-traders.com',
      'gmail:18fe47d1a0c3b552:h.schneider@brightwater-logistics.de',
      'gmail:18fd5a6e0f2c3d94:priya.raman@northwind-traders.com',
      'gmail:18fe1c03b7e95d28:tom.becker@gmail.com',
      // Hanna in the open conversation (her header, and her signature there): her row's thread.
      'gmail:18fe47d1a0c3b552:h.schneider@brightwater-logistics.de',
      'gmail:18fe47d1a0c3b552:h.schneider@brightwater-logistics.de',
    ]);
  });
});

describe('dedupe keys on pages that route by query or hash', () => {
  it('Roundcube: another message id is another key', () => {
    const twelve = dedupeKey(at('https://webmail.acme-sales.example/?_task=mail&_action=show&_uid=12&_mbox=INBOX'));
    const thirteen = dedupeKey(at('https://webmail.acme-sales.example/?_task=mail&_action=show&_uid=13&_mbox=INBOX'));
    expect(twelve).not.toBe(thirteen);
    expect(twelve).toContain('_uid=12');
  });

  it('a hash route is part of the key', () => {
    expect(dedupeKey(at('https://mail.qq.com/cgi-bin/frame_html?sid=k3#/readmail/ZC0012'))).not.toBe(dedupeKey(at('https://mail.qq.com/cgi-bin/frame_html?sid=k3#/readmail/ZC0013')));
  });

  it('the same page is the same key: parameter order, tracking parameters and an empty hash do not count', () => {
    const plain = dedupeKey(at('https://crm.example/people?id=7&tab=notes'));
    expect(dedupeKey(at('https://crm.example/people?tab=notes&id=7#'))).toBe(plain);
    expect(dedupeKey(at('https://crm.example/people?id=7&utm_source=newsletter&tab=notes&fbclid=abc&gclid=x1'))).toBe(plain);
    expect(dedupeKey(at('https://crm.example/people?id=7&tab=notes&_=1764300000000'))).toBe(plain);
  });

  it('a very long address never cuts the person off the key', () => {
    const long = `https://crm.example/search?q=${'x'.repeat(3000)}`;
    const dana = dedupeKey(at(long));
    const lee = dedupeKey(at(long, { email: 'lee@northwind.example' }));
    const other = dedupeKey(at(`${long}y`));
    expect(dana.length).toBeLessThanOrEqual(MAX.dedupeKey);
    expect(dana.endsWith(':dana.lee@northwind.example')).toBe(true);
    expect(new Set([dana, lee, other]).size).toBe(3);
  });
});
