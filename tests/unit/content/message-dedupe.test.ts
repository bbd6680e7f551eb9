// Two different emails from one person never share a dedupe key — also where one address shows
// every email (Roundcube's `/?_task=mail`, QQ Mail's `/cgi-bin/frame_html`) — and the same email
// opened again is the same key.
import { describe, expect, it } from 'vitest';
import { createRequest, dedupeKey, type PersonOnPage } from '@/lib/content/follow-up';
import { personOn, peopleWithMessages, savedPage } from '../../helpers/page-message';

const ELENA = 'elena.petrov@kestrel-freight.com';
const WANG = 'wang.lei@hengda-machinery.cn';
const keyOf = (name: string, email: string, url?: string) => dedupeKey(personOn(savedPage(name), email, undefined, url ? new URL(url) : undefined));

describe('Roundcube (/?_task=mail&_uid=…)', () => {
  it('two messages of one sender: two keys, each its own UID', () => {
    const quote = keyOf('context/roundcube-elena-quote', ELENA);
    const delivery = keyOf('context/roundcube-elena-delivery', ELENA);
    expect(quote).toBe(`roundcube:INBOX/21:${ELENA}`);
    expect(delivery).toBe(`roundcube:INBOX/22:${ELENA}`);
  });

  it('two list rows of one sender: two keys, each row its own UID, not the list\'s address', () => {
    const rows = peopleWithMessages(savedPage('context/roundcube-list-elena')).filter((p) => p.contact.email === ELENA);
    expect(rows.map(dedupeKey)).toEqual([`roundcube:INBOX/2:${ELENA}`, `roundcube:INBOX/1:${ELENA}`]);
    expect(rows.map((p) => p.message?.subject)).toEqual(['Re: Delivery dates for the Felixstowe scanners', 'Request for quote - 40 handheld scanners for our Felixstowe depot']);
  });

  it('a list row and the same message opened on its own page are one key', () => {
    const row = peopleWithMessages(savedPage('roundcube-list')).find((p) => p.contact.email === 'chen.xiaodong@huaxin-trading.cn')!;
    expect(dedupeKey(row)).toBe(keyOf('roundcube-message-zh', 'chen.xiaodong@huaxin-trading.cn'));
  });

  it('the task of each is titled by its own subject', () => {
    const titles = ['context/roundcube-elena-quote', 'context/roundcube-elena-delivery'].map((name) => {
      const person = personOn(savedPage(name), ELENA);
      return createRequest(person, { title: 't', due: { date: '2026-12-07' }, categories: {} }).draft.source;
    });
    expect(titles).toEqual([
      { site: 'roundcube', url: expect.stringContaining('_uid=21'), title: 'Request for quote - 40 handheld scanners for our Felixstowe depot', externalId: 'INBOX/21' },
      { site: 'roundcube', url: expect.stringContaining('_uid=22'), title: 'Re: Delivery dates for the Felixstowe scanners', externalId: 'INBOX/22' },
    ]);
  });
});

describe('QQ Mail (/cgi-bin/frame_html)', () => {
  it('two emails of one person at the same address, no id anywhere: two keys', () => {
    const order = keyOf('context/qqmail-frame-order', WANG);
    const statement = keyOf('context/qqmail-frame-statement', WANG);
    expect(order).not.toBe(statement);
    for (const key of [order, statement]) expect(key).toMatch(new RegExp(`^qqmail:https://mail\\.qq\\.com/cgi-bin/frame_html#m:[0-9a-f]{16}:${WANG.replace(/\./g, '\\.')}$`));
  });

  it('the same email after a new login (another session id and cache-buster in the address) is the same key', () => {
    const first = keyOf('context/qqmail-frame-order', WANG);
    expect(keyOf('context/qqmail-frame-order', WANG, 'https://mail.qq.com/cgi-bin/frame_html?sid=NewSession99&r=0a1b2c3d')).toBe(first);
  });

  it('without the message reader (it could not load) the key is still the page\'s, as before', () => {
    const person: PersonOnPage = { ...personOn(savedPage('context/qqmail-frame-order'), WANG), message: undefined };
    expect(dedupeKey(person)).toBe(`qqmail:https://mail.qq.com/cgi-bin/frame_html?r=3f9c2a71&sid=Xy3kPq9Lm2Wv7Tb0:${WANG}`);
  });
});

describe('pages no adapter knows', () => {
  const page = (subject: string, body: string) => savedPage('inline', `<html><head><meta name="tasklane-fixture-url" content="https://webmail.acme.example/mail/view"><title>${subject} - Webmail</title></head><body><div class="mail-view"><h2 class="subject">${subject}</h2><p>From <a href="mailto:dana@northwind.example">Dana Lee</a></p><div class="message-body"><p>${body}</p></div></div></body></html>`);

  it('two emails at one address with no id: keys by their own words; the same email again is the same key', () => {
    const a = dedupeKey(personOn(page('Renewal for 2027', 'Please send the renewal quote for 40 seats by Friday.'), 'dana@northwind.example'));
    const b = dedupeKey(personOn(page('Invoice 2291 overdue', 'Our invoice 2291 is still open, can you check with accounts?'), 'dana@northwind.example'));
    const again = dedupeKey(personOn(page('Renewal for 2027', 'Please send the renewal quote for 40 seats by Friday.'), 'dana@northwind.example'));
    expect(a).not.toBe(b);
    expect(again).toBe(a);
  });

  it('text that is not known to be a message (a record page of a CRM of the rep\'s own) keys by the page\'s address', () => {
    const record = (id: number) => savedPage('inline', `<html><head><meta name="tasklane-fixture-url" content="https://crm.acme.example/people?id=${id}&utm_source=mail"><title>Contact – Acme CRM</title></head><body><main><h1>Contact</h1><section><p>Email <a href="mailto:dana@northwind.example">Dana Lee</a></p><p>${'Notes from the last call about the renewal and the pricing of the 40 seats. '.repeat(4)}</p></section></main></body></html>`);
    expect(dedupeKey(personOn(record(7), 'dana@northwind.example'))).toBe('generic:https://crm.acme.example/people?id=7:dana@northwind.example');
    expect(dedupeKey(personOn(record(8), 'dana@northwind.example'))).toBe('generic:https://crm.acme.example/people?id=8:dana@northwind.example');
  });

  it('the id in the address wins over the words (the hash route of a self-hosted webmail)', () => {
    expect(keyOf('generic-webmail-selfhosted', 'grace.kim@lumen-logistics.example')).toBe('generic:4711:grace.kim@lumen-logistics.example');
  });
});
