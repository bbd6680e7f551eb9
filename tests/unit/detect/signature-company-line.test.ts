// A signature's company line that carries the company's city after a separator (issue 14, seen
// on Outlook and NetEase): the company is the legal name, never the city. And the lines that
// only look like a sentence or a name: "… Inc." closes no sentence, a section heading is no name.

import { describe, expect, it } from 'vitest';
import { looksLikeName, signatureOf } from '../../../lib/detect/signature';
import { parseWithLinkedom } from './helpers';

function company(bodyHtml: string): string | null | undefined {
  const doc = parseWithLinkedom(`<html><body><div id="b">${bodyHtml}</div></body></html>`);
  return signatureOf(doc.getElementById('b')!)?.company;
}

const ASK = '<p>Could you send us the revised quote by Friday?</p>';

describe('a company line with its city', () => {
  it.each([
    ['Brightwater Logistics B.V. | Rotterdam', 'Brightwater Logistics B.V.'],
    ['Kessler Kühltechnik GmbH · Bremen', 'Kessler Kühltechnik GmbH'],
    ['Acme Sales GmbH · Berlin', 'Acme Sales GmbH'],
    ['华信控股集团｜上海', '华信控股集团'],
    ['华信控股集团 | 上海', '华信控股集团'],
    ['Transportes Ribera S.L. / Valencia', 'Transportes Ribera S.L.'],
    ['Nordhafen Kältetechnik GmbH – Hamburg', 'Nordhafen Kältetechnik GmbH'],
  ])('%s → %s', (line, expected) => {
    expect(company(`${ASK}<p>Best regards,<br>Pieter Jansen<br>Buyer<br>${line}<br>T +31 10 799 4120</p>`)).toBe(expected);
  });

  it('still reads a title before the company on one line', () => {
    expect(company(`${ASK}<p>Best regards,<br>Pieter Jansen<br>Head of Purchasing | Brightwater Logistics B.V.</p>`)).toBe('Brightwater Logistics B.V.');
    expect(company(`${ASK}<p>Best regards,<br>Pieter Jansen<br>Head of Partners | Acme Inc</p>`)).toBe('Acme Inc');
  });
});

describe('a title, then the company after a comma (issue 14)', () => {
  it.each([
    ['Head of Logistics, Sunshine Coast Produce Pty Ltd', 'Sunshine Coast Produce Pty Ltd'],
    ['Leiterin Einkauf, Hanseatische Kaffeerösterei GmbH', 'Hanseatische Kaffeerösterei GmbH'],
    ['Directeur commercial, Vignobles Martel SARL', 'Vignobles Martel SARL'],
    // The legal form's own comma splits nothing.
    ['Sales Director, Harbour Point Co., Ltd.', 'Harbour Point Co., Ltd.'],
    ['採購經理，宏遠精密工業股份有限公司', '宏遠精密工業股份有限公司'],
    ['销售总监, 华瑞包装材料有限公司', '华瑞包装材料有限公司'],
    // One word after the comma, no legal form: a place, no company.
    ['Operations Manager, Brisbane', null],
    ['Responsable achats, Lyon', null],
    ['浙江省杭州市，西湖区', null],
  ])('%s → %s', (line, expected) => {
    expect(company(`${ASK}<p>Best regards,<br>Pieter Jansen<br>${line}<br>T +31 10 799 4120</p>`)).toBe(expected);
  });
});

describe('lines that only look like something else', () => {
  it('section headings over cards are no names', () => {
    for (const heading of ['Offices', 'Contact', 'Contact us', '联系我们']) expect(looksLikeName(heading), heading).toBe(false);
    for (const name of ['宋雨桐', 'Dana Whitlock', 'Grace']) expect(looksLikeName(name), name).toBe(true);
  });

  it('a company ending in "Inc." is not the message before a bare block', () => {
    // A record's card: no message, so no signature.
    expect(company('<div>Cobalt Ridge Analytics Inc.</div><div>Dana Whitlock</div><div>Finance Manager</div><div>Phone: +1 (617) 555-0178</div>')).toBeUndefined();
  });
});
