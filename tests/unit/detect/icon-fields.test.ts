// Round 8, lane C kind 3: fields labelled by icons (Zoho Canvas record views): the label is the
// icon's aria-label, title, alt or data-label; an icon that names no field, or a control with text
// of its own, is no label. The page's header person is the record among other people's cards.
import { describe, expect, it } from 'vitest';
import { iconPairs } from '../../../lib/detect/generic/icon-fields';
import { detectPage } from '../../../lib/detect/index';
import { parseWithHappyDom, parseWithLinkedom } from './helpers';

const rows = `<div><i title="E-mail"></i><span>ana@vale.example</span></div>
  <div><svg aria-label="Teléfono"><path d="M0 0"/></svg><span>+34 911 22 33 44</span></div>
  <div><span data-label="Azienda"></span><span>Vale Industrial S.A.</span></div>
  <div><img alt="Mobile" src="m.png"><span>+34 600 11 22 33</span></div>`;

describe('icon labels', () => {
  for (const [dom, parse] of [['linkedom', parseWithLinkedom], ['happy-dom', parseWithHappyDom]] as const) {
    it(`read aria-label, title, alt and data-label (${dom})`, () => {
      const pairs = iconPairs(parse(`<html><body>${rows}</body></html>`)).map((p) => [p.kind, p.value]);
      expect(pairs).toEqual([['email', 'ana@vale.example'], ['phone', '+34 911 22 33 44'], ['company', 'Vale Industrial S.A.'], ['phone', '+34 600 11 22 33']]);
    });
  }
  it('are not read from icons naming no field, from controls with text, or without a value', () => {
    const doc = parseWithLinkedom(`<html><body><div><i title="Città"></i><span>Monza</span></div>
      <div><span title="Email">Email</span><span>x@y.example</span></div>
      <div><i title="Telefono"></i></div><div><i aria-label="Email"></i><span> </span></div></body></html>`);
    expect(iconPairs(doc)).toEqual([]);
  });
});

describe('a record header over icon rows', () => {
  const URL_ = new URL('https://crm.zoho.eu/crm/org1/tab/Contacts/77');
  const page = (between: string) => `<html><head><title>Ana Vale - Contatti - Zoho CRM</title></head><body>
    <div class="hd"><div class="t">Ana Vale</div>${between}</div>
    <div class="r"><i title="E-mail"></i><span>ana@vale.example</span></div>
    <div class="c"><div class="n">Luis Prado</div><div class="r"><i title="E-mail"></i><span>luis@vale.example</span></div></div></body></html>`;
  const people = (html: string) => detectPage(parseWithLinkedom(html), URL_).contacts.map((c) => [c.name, c.email, c.role]);
  it('is the record, the card after it a related person', () => {
    expect(people(page(''))).toEqual([['Ana Vale', 'ana@vale.example', 'record'], ['Luis Prado', 'luis@vale.example', 'mentioned']]);
  });
  it('names nobody past another person\'s name (the address is theirs)', () => {
    expect(people(page('<div class="x">Marta Gil</div>'))[0]).not.toEqual(['Ana Vale', 'ana@vale.example', 'record']);
  });
});
