// Sent dates as webmails write them; relative deadlines in the email count from this day.
import { describe, expect, it } from 'vitest';
import { parseSentDate } from '@/lib/detect/message/sent-date';
import { idInPage, idInUrl } from '@/lib/detect/message/identity';
import { subjectFromTitle } from '@/lib/detect/message/read';
import { savedPage } from '../../helpers/page-message';

describe('parseSentDate', () => {
  it.each([
    ['Fri, 4 Dec 2026 10:26:33 +0800', '2026-12-04'],
    ['Tue, Jun 18, 2024, 9:12 AM', '2024-06-18'],
    ['December 4th, 2026', '2026-12-04'],
    ['2026-12-03 21:12', '2026-12-03'],
    ['Hannah Brooks2026-11-20 13:054 KB', '2026-11-20'],
    ['2026/1/9', '2026-01-09'],
    ['2026年12月2日(星期三) 上午9:41', '2026-12-02'],
    ['2024年6月17日 周一 下午6:20', '2024-06-17'],
    ['Mi 04.12.2024 09:41', '2024-12-04'],
    ['Wed 19/06/2024 14:02', '2024-06-19'],
  ])('%s → %s', (text, date) => {
    expect(parseSentDate(text)).toBe(date);
  });

  it('slashed dates: month first on an American page, day first elsewhere', () => {
    expect(parseSentDate('Fri 12/4/2026 10:26 AM', undefined, true)).toBe('2026-12-04');
    expect(parseSentDate('Fri 12/4/2026 10:26', undefined, false)).toBe('2026-04-12');
    expect(parseSentDate('25/11/2026', undefined, true)).toBe('2026-11-25');
    // OWA's sent time in the mailbox's US format on a page in another language.
    expect(parseSentDate('Mon 11/30/2026 10:05 AM', undefined, false)).toBe('2026-11-30');
    expect(parseSentDate('Mo 30.11.2026 10:05', undefined, false)).toBe('2026-11-30');
    expect(parseSentDate('2026/11/30 周一 10:05', undefined, false)).toBe('2026-11-30');
  });

  it('days the page names relative to today, the week\'s weekdays included', () => {
    // 2026-12-06 is a Sunday.
    expect(parseSentDate('Today 10:14', '2026-12-06')).toBe('2026-12-06');
    expect(parseSentDate('昨天 09:12', '2026-12-06')).toBe('2026-12-05');
    expect(parseSentDate('Fri 02:26', '2026-12-06')).toBe('2026-12-04');
    expect(parseSentDate('Sun 08:00', '2026-12-06')).toBe('2026-12-06');
    expect(parseSentDate('周四 21:12', '2026-12-06')).toBe('2026-12-03');
    expect(parseSentDate('Fri 02:26')).toBeNull();
  });

  it('never a date that does not exist, a year-less date or a number that is no date', () => {
    expect(parseSentDate('Feb 30, 2026')).toBeNull();
    expect(parseSentDate('2026-13-01')).toBeNull();
    expect(parseSentDate('Dec 4, 10:26')).toBeNull();
    expect(parseSentDate('Order 600x600 mm, 4 KB')).toBeNull();
    expect(parseSentDate(null)).toBeNull();
  });
});

describe('message identity', () => {
  it.each([
    ['https://webmail.acme.example/?_task=mail&_action=show&_uid=12&_mbox=Sent', 'Sent/12'],
    ['https://webmail.acme.example/?_task=mail&_uid=12', 'INBOX/12'],
    ['https://exmail.qq.com/cgi-bin/readmail?folderid=1&mailid=ZL0001-abc&sid=x', 'ZL0001-abc'],
    ['https://mail.example.cn/read?mid=1tbiAQAGBWc&sid=q', '1tbiAQAGBWc'],
    ['https://wx.mail.qq.com/home/index?sid=zz#/read/ZC0801-x9', 'ZC0801-x9'],
    ['https://mail.163.com/js6/main.jsp?sid=A#module=read.ReadModule%7C%7B%22id%22%3A%22101%3A1tbi%22%7D', '101:1tbi'],
    ['https://mail.acme.example/webmail/#Mail/INBOX/4711', '4711'],
  ])('in the address: %s → %s', (href, id) => {
    expect(idInUrl(new URL(href))).toBe(id);
  });

  it.each([
    'https://mail.qq.com/cgi-bin/frame_html?sid=Xy3k&r=3f9c',
    'https://mail.example.org/#/mail/inbox',
    'https://crm.example/people?id=7',
  ])('none in %s', (href) => {
    expect(idInUrl(new URL(href))).toBeNull();
  });

  it('in the page: the message element\'s attribute, or a Message-ID header in its text', () => {
    const page = savedPage('ids', '<html><head><meta name="tasklane-fixture-url" content="https://m.example/"></head><body><div id="one" data-mid="m-77"><p>x</p></div><div id="thread"><div data-message-id="a1"></div><div data-message-id="a2"></div></div></body></html>');
    expect(idInPage(page.document.querySelector('#one p')!, '')).toBe('m-77');
    // A whole thread of messages names none of them.
    expect(idInPage(page.document.querySelector('#thread')!, '')).toBeNull();
    expect(idInPage(null, 'Message-ID: <CAH4kTqV9x2@mail.gmail.com>')).toBe('CAH4kTqV9x2@mail.gmail.com');
  });
});

describe('subject from the page title', () => {
  it.each([
    ['Re: Pallet racking quote – Webmail', 'Re: Pallet racking quote'],
    ['(3) Quote for 40 units | Acme Mail', 'Quote for 40 units'],
    ['关于第二批扫描枪的报价 - 华信贸易企业邮箱', '关于第二批扫描枪的报价'],
    ['Just a subject', 'Just a subject'],
  ])('%s → %s', (title, subject) => {
    expect(subjectFromTitle(title)).toBe(subject);
  });
});
