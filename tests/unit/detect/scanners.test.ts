// Content-side text scanners: emails and phone candidates without false positives.

import { describe, expect, it } from 'vitest';
import { emailFromMailto, findEmails, splitNameAndEmail } from '../../../lib/detect/email-scan';
import { findPhones, phoneFromField } from '../../../lib/detect/phone-scan';

describe('findEmails', () => {
  it('finds addresses in prose', () => {
    expect(findEmails('Write to Jane.Doe@Example.co.uk. or (bob@ex.io), mail: a_b+tag@sub.example-corp.com,').map((h) => h.email))
      .toEqual(['jane.doe@example.co.uk', 'bob@ex.io', 'a_b+tag@sub.example-corp.com']);
    expect(findEmails('联系邮箱：wang.fang@mingyuan-tech.cn。').map((h) => h.email)).toEqual(['wang.fang@mingyuan-tech.cn']);
  });

  it.each([
    'logo@2x.png', 'icon@3x.webp', 'font@1.woff2', '@scope/pkg@1.0.0', 'npm i @acme/widgets@1.0.0', 'lodash@4.17.21',
    'Message-ID: <CAF=kd8Q2x1+5sjD4Tq0b9Wm0c7LZ3r@mail.gmail.com>',
    '<DM6PR11MB4321A1B2C3D4E5F6A7B8C9D0E1F2@DM6PR11MB4321.namprd11.prod.outlook.com>',
    'References: <20240618091200.4F2A1C0034@smtp.example.net>', 'git@github.com:acme/tasklane.git',
    'https://deploy@ci.example.dev/acme', 'user@localhost', '@acme_sales', 'a@b', 'x@y.z',
  ])('rejects %s', (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'a'.repeat(200_000)}@${'b.'.repeat(100_000)}`;
    const t = performance.now();
    findEmails(hostile);
    findEmails('@'.repeat(500_000));
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('reads mailto links and "Name <address>" forms', () => {
    expect(emailFromMailto('mailto:Billing@Example.org?subject=Invoice%20question')).toBe('billing@example.org');
    expect(emailFromMailto('mailto:a%40b.example')).toBe('a@b.example');
    expect(emailFromMailto('mailto:%E0%A4%A')).toBeNull();
    expect(splitNameAndEmail('Marco Bianchi<marco.bianchi@fabrikam.example>')).toEqual({ name: 'Marco Bianchi', email: 'marco.bianchi@fabrikam.example' });
    expect(splitNameAndEmail('doe@example.com (John Doe)')).toEqual({ name: 'John Doe', email: 'doe@example.com' });
  });
});

describe('findPhones', () => {
  it.each([
    ['Call me at (415) 555-0134 today', '(415) 555-0134'],
    ['Tel: +1 415 555 0134', '+1 415 555 0134'],
    ['手机：13812345678', '13812345678'],
    ['手机：+86 138 1234 5678', '+86 138 1234 5678'],
    ['office 020 7946 0958.', '020 7946 0958'],
    ['415.555.0134', '415.555.0134'],
    ['+49 (0)40 3176 2290', '+49 (0)40 3176 2290'],
    ['Phone: 0412 345 678', '0412 345 678'],
    ['t. 555-931-0702', '555-931-0702'],
  ])('finds the phone in %s', (text, raw) => {
    expect(findPhones(text).map((h) => h.raw)).toEqual([raw]);
  });

  it.each([
    '2024-06-18', '18.06.2024', '06/18/2024', '2024/06/18 14:30', '1990 - 2024', 'v10.15.7', 'Chrome 126.0.6478.127',
    '192.168.10.254', '4111 1111 1111 1111', '4111-1111-1111-1111', '378282246310005', '3782 822463 10005',
    'Order #112-3456789-0123456', 'Order No. 2024-0618-5531', 'INV-2024-00123', '订单号 2024061800123',
    'ISBN 978-3-16-148410-0', 'IBAN DE89 3704 0044 0532 0130 00', '1 000 000 units', '12,480,331', '€1.234.567,89',
    'f. 555-875-7611', 'Fax: (617) 555-0149', '传真：021-6288 1235', '52.5200, 13.4050', 'call 555-0134',
  ])('rejects %s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it('treats field values as labelled', () => {
    expect(phoneFromField('tel:+1-617-555-0100')).toBe('+1-617-555-0100');
    expect(phoneFromField('tel:%2B49%2040%203176%202290')).toBe('+49 40 3176 2290');
    expect(phoneFromField('98220 45671')).toBe('98220 45671');
    expect(phoneFromField('n/a')).toBeNull();
  });

  it('stays fast on a megabyte of digits and separators', () => {
    const t = performance.now();
    findPhones('1-2 '.repeat(250_000));
    findPhones('((((+'.repeat(200_000));
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
