// Brief I, kinds 7 and 5: a mailing's footer number (the vendor's toll-free "Contact us" line beside
// "Unsubscribe") is nobody's; a person known only by a phone (a labelled contact, a sentence) is named.
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { withExtras } from '../../../lib/detect/mention-extras';
import { namedFor } from '../../../lib/detect/phone-mention';
import { parseWithLinkedom } from './helpers';

function lone(body: string, phone: string) {
  const doc = parseWithLinkedom(`<html><body><div class="msg"><div class="pre">${body}</div></div></body></html>`);
  const pre = doc.querySelector('.pre')!;
  const julia = makeContact({ name: 'Julia Brandt', email: 'julia@vendor.example' }, 'mentioned', pre);
  return { phone: makeContact({ phone }, 'mentioned', pre), people: [julia] };
}

const reader = withExtras(namedFor);

describe('a mailing footer\'s number', () => {
  it.each([
    ['Contact us: 1-800-555-0142<br>You are receiving this email because you have an account. Unsubscribe'],
    ['Questions? Call 1-800-555-0142<br>© 2026 Vendor Inc. All rights reserved.'],
    ['Fragen? 0800 555 0142<br>Newsletter abbestellen'],
    ['如有疑问请致电 400-888-6666<br>退订此邮件'],
  ])('is nobody\'s: %s', (footer) => {
    const { phone, people } = lone(`Your account manager Julia Brandt is happy to help.<br><br>${footer}`, footer.match(/[\d-]{3}[\d -]{6,}\d/)![0]);
    expect(reader(phone, people)).toBe(false);
  });

  it('leaves a number in a sentence naming someone to that person when no footer is near', () => {
    const { phone, people } = lone('For the contract, Julia Brandt can be reached on 030 1234 5678.<br><br>Best regards,<br>Tom', '030 1234 5678');
    expect(reader(phone, people)).toBe(people[0]);
  });

  it('leaves a signature\'s number to the signature, even above a footer', () => {
    const { phone, people } = lone('Thanks for your order.<br><br>Best regards,<br>Tom Becker<br>Tel. 030 1234 5678<br>Unsubscribe from these updates', '030 1234 5678');
    expect(reader(phone, people)).not.toBe(false);
  });
});

describe('a person known only by a phone', () => {
  const reader = withExtras(namedFor);
  it('is the labelled contact above the number, with the honorific off', () => {
    const doc = parseWithLinkedom('<html><body><section><h2>香港总部</h2><p>联系人：陈家豪先生</p><p>电话：(852) 2345 6789</p></section></body></html>');
    expect(reader(makeContact({ phone: '(852) 2345 6789' }, 'mentioned', doc.querySelectorAll('p')[1]!), [])).toBe('陈家豪');
    const de = parseWithLinkedom('<html><body><div><p>Ansprechpartnerin: Frau Eva Roth</p><p>Telefon: 030 1234 5678</p></div></body></html>');
    expect(reader(makeContact({ phone: '030 1234 5678' }, 'mentioned', de.querySelectorAll('p')[1]!), [])).toBe('Eva Roth');
  });

  it('is the one a Chinese sentence points to, past a department, and never "我们" or 客服', () => {
    const at = (text: string, phone: string) => reader(makeContact({ phone }, 'mentioned', parseWithLinkedom(`<html><body><p>${text}</p></body></html>`).querySelector('p')!), []);
    expect(at('如需开具发票，请联系财务部赵敏，电话 021-6288 1234。', '021-6288 1234')).toBe('赵敏');
    expect(at('请联系王磊，手机 138 0013 8000。', '138 0013 8000')).toBe('王磊');
    expect(at('如有问题请联系我们，电话 021-6288 1234。', '021-6288 1234')).toBeNull();
    expect(at('请联系客服，电话 400-888-6666。', '400-888-6666')).toBeNull();
  });
});

describe('a name with its number in brackets', () => {
  it.each([
    ['For Monday our site foreman, Karim Benali (07 81 22 33 44), will meet your technician.', '07 81 22 33 44', 'Karim Benali'],
    ['Pour la livraison, notre magasinier Hugo Lefèvre (06 12 34 56 78) sera présent.', '06 12 34 56 78', 'Hugo Lefèvre'],
    ['Bitte stimmen Sie sich mit Jonas Weber (0171 2345678) ab.', '0171 2345678', 'Jonas Weber'],
    ['Te va a recibir nuestro jefe de planta, Gustavo Ferreyra (cel. +54 9 358 412-7730); Lucía arma la agenda.', '+54 9 358 412-7730', 'Gustavo Ferreyra'],
    ['Our buyer Mei Tan (mobile: +65 9123 4567) will sign.', '+65 9123 4567', 'Mei Tan'],
  ])('names its person without a verb of calling: %s', (body, number, name) => {
    const { phone, people } = lone(body, number);
    expect(reader(phone, people)).toBe(name);
  });
  it('is the person on the page of that name', () => {
    const { phone, people } = lone('The contract is with Julia Brandt (030 1234 5678) from now on.', '030 1234 5678');
    expect(reader(phone, people)).toBe(people[0]);
  });
  it('never names a label or a heading in capitals', () => {
    const { phone, people } = lone('Invoice Number (2026 0045 1234) is attached.', '2026 0045 1234');
    expect(reader(phone, people)).not.toBe('Invoice Number');
    const second = lone('Head Office (030 1234 5678) is closed on Friday.', '030 1234 5678');
    expect(reader(second.phone, second.people)).not.toBe('Head Office');
  });
});
