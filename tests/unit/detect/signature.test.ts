// Signature blocks: name, company and phone from the lines after a sign-off.

import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../lib/detect/signature';
import { parseWithLinkedom } from './helpers';

function sig(bodyHtml: string) {
  const doc = parseWithLinkedom(`<html><body><div id="b">${bodyHtml}</div></body></html>`);
  const info = signatureOf(doc.getElementById('b')!);
  return info && { name: info.name, title: info.title, company: info.company, phone: info.phone, email: info.email };
}

describe('signatureOf', () => {
  it('reads a "Best regards" block', () => {
    expect(sig('<p>Can you send the quote?</p><p>Best regards,<br>Priya Raman<br>VP Procurement<br>Northwind Traders<br>M: +1 (415) 555-0134 | F: 415-555-0199</p>'))
      .toEqual({ name: 'Priya Raman', title: 'VP Procurement', company: 'Northwind Traders', phone: '+1 (415) 555-0134', email: null });
  });

  it('reads a "--" block with "Title, Company" on one line and an address', () => {
    expect(sig('<div>See you Thursday.</div><div>--</div><div>Gina Moretti</div><div>Head of Sales, Globex Corporation</div><div>gina@globex.example</div><div>(555) 346-9947</div>'))
      .toEqual({ name: 'Gina Moretti', title: 'Head of Sales', company: 'Globex Corporation', phone: '(555) 346-9947', email: 'gina@globex.example' });
  });

  it('reads a Chinese signature after 此致 / 敬礼', () => {
    expect(sig('<div>请确认回款时间。</div><div>此致</div><div>敬礼！</div><div>王芳</div><div>华东区销售经理</div><div>上海明远科技有限公司</div><div>手机：+86 138 1234 5678</div>'))
      .toEqual({ name: '王芳', title: '华东区销售经理', company: '上海明远科技有限公司', phone: '+86 138 1234 5678', email: null });
  });

  it('reads "谢谢" and an unlabelled company', () => {
    const info = sig('<div>发票已寄出。</div><div>谢谢</div><div>李强</div><div>财务主管</div><div>明远科技</div><div>电话：021-6288 1234</div>');
    expect(info).toMatchObject({ name: '李强', company: '明远科技', phone: '021-6288 1234' });
  });

  it('ignores fax lines, "Sent from my iPhone" and quoted replies', () => {
    expect(sig('<div>Thanks,</div><div>Noam</div><div>Sent from my iPhone</div>')).toMatchObject({ name: 'Noam', phone: null });
    expect(sig('<div>Me John Doe</div><div>Regards,</div><div>John Doe</div><div>f. 555-875-7611</div><div>t. 555-931-0702</div>')).toMatchObject({ name: 'John Doe', phone: '555-931-0702' });
    expect(sig('<div>Sounds good.</div><blockquote>Best regards,<br>Priya Raman<br>+1 (415) 555-0134</blockquote>')).toBeNull();
    expect(sig('<div>Sounds good.</div><div>On Tue, Jun 18, 2024 at 9:12 AM Priya wrote:</div><div>Best regards,</div><div>Priya Raman</div>')).toBeNull();
  });

  it('strips degrees and prefers the fuller name', () => {
    expect(sig('<div>Thanks,</div><div>Grace</div><div>--</div><div>Grace Kim, DDS</div><div>Clinical Director, Lumen Dental Group</div>'))
      .toMatchObject({ name: 'Grace Kim', company: 'Lumen Dental Group' });
  });

  it('does not take a disclaimer for a company, and reads a bare phone line', () => {
    expect(sig('<div>Regards,</div><div>Lee Chen</div><div>Sales Director</div><div>This email and any attachments are confidential.</div><div>+44 20 7946 0321</div>'))
      .toMatchObject({ name: 'Lee Chen', title: 'Sales Director', company: null, phone: '+44 20 7946 0321' });
  });

  it('finds nothing in a body without a sign-off', () => {
    expect(sig('<p>Order #4411 shipped on 2024-06-18.</p><p>Track it at https://track.example/4411</p>')).toBeNull();
  });
});
