// Issue 14: a phone written in the body for someone the message names goes to that person,
// never to the sender; the sender's own number ("call me on …", her signature) stays hers.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom, toCliOutput } from './helpers';

const URL_ = 'https://mail.acme-sales.example/webmail/#Mail/INBOX/1';

function page(lang: string, cc: string, body: string): string {
  return `<html lang="${lang}"><head><title>Mail</title></head><body><div class="mail-view"><table class="headers">
<tr><td class="label">From</td><td><span class="contact" title="li.na@huadong-trade.example">李娜</span></td></tr>
<tr><td class="label">To</td><td><span class="contact" title="alex.rep@acme-sales.example">Alex Rep</span></td></tr>
${cc ? `<tr><td class="label">Cc</td><td>${cc}</td></tr>` : ''}</table>
<div class="message-body">${body}</div></div></body></html>`;
}

function people(html: string) {
  const doc = parseWithLinkedom(html);
  return toCliOutput(detectPage(doc, new URL(URL_)), doc).contacts;
}

const phoneOf = (list: ReturnType<typeof people>, who: string) => list.find((c) => c.name === who || c.email === who)?.phone ?? null;

describe('a phone in the body for a named person', () => {
  it('goes to the Cc\'d person a pronoun points back at, and the sender keeps her signature phone', () => {
    const list = people(page('en', '<span class="contact" title="liu.min@huadong-trade.example">刘敏</span>',
      '<p>王经理您好：</p><p>发票已经寄出。财务同事刘敏负责付款。如有问题可以直接联系她（电话 021-6288 0000 转 305）。</p><p>谢谢</p><p>李娜<br>销售经理<br>华东贸易有限公司<br>电话：020-8765 4321 分机 6021</p>'));
    expect(phoneOf(list, '刘敏')).toBe('+862162880000');
    expect(phoneOf(list, '李娜')).toBe('+862087654321');
  });

  it('never goes to a sender who signs without a number', () => {
    const list = people(page('en-US', '<span class="contact" title="marc.dubois@lumen-logistics.example">Marc Dubois</span>',
      '<p>Hi Alex,</p><p>for the delivery slots, Marc can be reached on +33 6 12 34 56 78 during office hours. Please confirm by Friday.</p><p>Best regards,</p><p>Li Na</p>'));
    expect(phoneOf(list, 'Marc Dubois')).toBe('+33612345678');
    expect(phoneOf(list, 'li.na@huadong-trade.example')).toBeNull();
  });

  it('makes a contact person named only in the body a person with that phone', () => {
    const list = people(page('en', '', '<p>王经理您好：</p><p>附件是最新报价。技术对接人为胡建国，手机 186 2000 3000，如有问题可以直接联系他。</p><p>谢谢</p><p>李娜<br>销售经理<br>华东贸易有限公司</p>'));
    expect(list.find((c) => c.name === '胡建国')).toMatchObject({ phone: '+8618620003000', email: null, role: 'mentioned' });
    expect(phoneOf(list, 'li.na@huadong-trade.example')).toBeNull();
  });

  it('stays the writer\'s when she says it is hers, even after naming someone', () => {
    const list = people(page('en-US', '<span class="contact" title="marc.dubois@lumen-logistics.example">Marc Dubois</span>',
      '<p>Hi Alex,</p><p>Marc is out this week, so call me on (415) 555-0134 instead. Thanks!</p><p>Best regards,</p><p>Li Na</p>'));
    expect(phoneOf(list, 'Marc Dubois')).toBeNull();
    expect(phoneOf(list, 'li.na@huadong-trade.example')).toBe('+14155550134');
  });

  it('does not take the greeted person for the one named ("Hi Marc, my mobile is …")', () => {
    const list = people(page('en-US', '<span class="contact" title="marc.dubois@lumen-logistics.example">Marc Dubois</span>',
      '<p>Hi Marc, mobile (415) 555-0134 works best today.</p><p>Best regards,</p><p>Li Na</p>'));
    expect(phoneOf(list, 'Marc Dubois')).toBeNull();
  });
});
