// Round 8's companies (issue 14, lane D): a people table's company column in more languages, a
// participant's organisation link, legal forms the inline reader leaves out (the kits' and the
// CLI's), and the company written after an attendee's name — each with the lines that must never
// become a company (an owner column, a city, a response, a department, a domain alone).

import { describe, expect, it } from 'vitest';
import { companyAfterName } from '../../../lib/detect/attendee-company';
import { columnOf } from '../../../lib/detect/generic/column-labels';
import { linkedOrganisations } from '../../../lib/detect/generic/linked-org';
import { detectPage } from '../../../lib/detect/index';
import { hasLegalForm } from '../../../lib/detect/legal-forms';
import { parseWithLinkedom } from './helpers';

const people = (html: string, url: string) => Object.fromEntries(detectPage(parseWithLinkedom(html), new URL(url)).contacts.map((c) => [c.email ?? c.name, [c.name, c.company]]));

describe('a table column headed as the company', () => {
  it.each(['会社名', '会社', '企業名', '회사', '회사명', '公司名稱', '公司', 'Azienda', 'Società', 'Organización', 'Empresa', 'Entreprise', 'Unternehmen', 'Firmenname', 'Organização', 'שם החברה', 'الشركة', 'Company name ▾', '会社名 ↑'])('%s is the company column', (head) => {
    expect(columnOf(head)).toBe('company');
  });
  it.each(['会社の所有者', '登録者', '担当者', 'Company owner', 'Account owner', 'Enrolled by', 'Sender', 'Propietario de la empresa', '회사 소유자', 'Inhaber', 'Contact owner'])('%s is not', (head) => {
    expect(columnOf(head)).not.toBe('company');
  });
  it('reads メールアドレス / 이메일 / 名前 columns, and a user column gives no company', () => {
    const html = `<html><body><table><tr><th>名前</th><th>メールアドレス</th><th>登録者</th></tr>
      <tr><td>森 花子</td><td>hanako.mori@aoba-kiko.example</td><td>Aoba Kiko Co</td></tr></table>
      <table><tr><th>이름</th><th>이메일</th><th>회사명</th></tr><tr><td>정하늘</td><td>haneul@sejin.example</td><td>세진산업</td></tr></table></body></html>`;
    expect(people(html, 'https://crm.example.org/lists/7')).toEqual({ 'hanako.mori@aoba-kiko.example': ['森 花子', null], 'haneul@sejin.example': ['정하늘', '세진산업'] });
  });
});

describe('a people table\'s name column', () => {
  it.each(['연락처 이름', '연락처명', '고객 이름', 'Nome do contato', 'Nome contatto'])('%s is the name column', (head) => {
    expect(columnOf(head)).toBe('name');
  });
  it.each(['연락처', '連絡先', '担当者'])('%s is not', (head) => {
    expect(columnOf(head)).not.toBe('name');
  });
  it('takes the row\'s own header cell for the name when no heading is read as the name', () => {
    const html = `<html><body><table><thead><tr><th scope="col">Yhteyshenkilö</th><th scope="col">Sähköposti</th><th scope="col">Email</th></tr></thead>
      <tbody><tr><th scope="row"><a href="/contacts/7">Aino Virtanen</a></th><td>—</td><td><a href="mailto:aino@lakeus.example">aino@lakeus.example</a></td></tr>
      <tr><td>Pekka Laine</td><td>—</td><td>pekka@lakeus.example</td></tr></tbody></table></body></html>`;
    const found = people(html, 'https://crm.example.org/accounts/3');
    expect(found['aino@lakeus.example']?.[0]).toBe('Aino Virtanen');
    // An ordinary cell under an unknown heading names nobody: it could be any field.
    expect(found['pekka@lakeus.example']?.[0] ?? null).toBeNull();
  });
  it('never takes an account\'s row header (a company) for a person\'s name', () => {
    const html = `<html><body><table><thead><tr><th scope="col">Asiakas</th><th scope="col">Email</th></tr></thead>
      <tbody><tr><th scope="row"><a href="/accounts/9">Nordlicht Pumpen GmbH</a></th><td>h.berg@nordlicht.example</td></tr></tbody></table></body></html>`;
    expect(people(html, 'https://crm.example.org/accounts')['h.berg@nordlicht.example']?.[0] ?? null).not.toBe('Nordlicht Pumpen GmbH');
  });
});

describe('a person beside their organisation\'s record link', () => {
  const read = (html: string) => linkedOrganisations(parseWithLinkedom(`<html><body>${html}</body></html>`)).map((c) => [c.name, c.email, c.company]);
  it('takes the item\'s one organisation link after the person\'s', () => {
    expect(read(`<div><div><a href="/person/1">Ana Gil</a><a href="/organization/9">Gil Hermanos S.A.</a><span>ana@gilhermanos.example</span></div>
      <div><a href="/person/2">Rui Sá</a><a href="/organization/4">Sá Têxteis</a></div></div>`)).toEqual([['Ana Gil', 'ana@gilhermanos.example', 'Gil Hermanos S.A.'], ['Rui Sá', null, 'Sá Têxteis']]);
  });
  it('reads a list\'s rows: the organisation in the next cell (linkedom orders cells of a row wrongly: our own order check)', () => {
    expect(read(`<table><tr><td><a href="/person/1">Ana Gil</a></td><td><a href="/organization/9">Gil Hermanos S.A.</a></td><td>ana@gilhermanos.example</td></tr>
      <tr><td><a href="/person/2">Rui Sá</a></td><td><a href="/organization/4">Sá Têxteis</a></td><td>rui@satexteis.example</td></tr></table>`)).toEqual([['Ana Gil', 'ana@gilhermanos.example', 'Gil Hermanos S.A.'], ['Rui Sá', 'rui@satexteis.example', 'Sá Têxteis']]);
  });
  it('not an organisation above the person (a card\'s record), two in one item, nor a button\'s words', () => {
    expect(read(`<div><a href="/organization/9">Gil Hermanos S.A.</a><div><a href="/person/1">Ana Gil</a></div></div>`)).toEqual([]);
    expect(read(`<div><a href="/person/1">Ana Gil</a><a href="/organization/9">Gil Hermanos</a><a href="/organization/8">Sá Têxteis</a></div>`)).toEqual([]);
    expect(read(`<div><a href="/person/1">Ana Gil</a><a href="/organization/9">Organization</a></div>`)).toEqual([]);
  });
});

describe('legal forms the kits add', () => {
  it.each(['Nordvik Lager AB', 'Kizuna Parts K.K.', 'Bianchi & Figli S.n.c.', 'Hradec Stroj s.r.o.', '(주)대성정밀', '㈜한빛전자', '주식회사 세진', 'Fjord Data A/S', 'Suomen Puu Oy'])('%s', (line) => {
    expect(hasLegalForm(line)).toBe(true);
  });
  it.each(['ab Werk lieferbar', 'Göteborg', 'Responsabile Acquisti', 'Bewegung, die verbindet.', 'Via dell\'Artigianato 14'])('not %s', (line) => {
    expect(hasLegalForm(line)).toBe(false);
  });
});

describe('a company written after an attendee\'s name', () => {
  it.each([
    ['한빛전자', 'minjun.kim@hanbit-elec.example', '한빛전자'],
    ['(주)대성정밀', 'jieun@daesung.example', '(주)대성정밀'],
    ['Kizuna Parts K.K.', 'h.yamada@kizuna-parts.example', 'Kizuna Parts K.K.'],
    ['Lumière Composants', 'sophie@lumiere-composants.example', 'Lumière Composants'],
  ])('%s', (part, email, company) => {
    expect(companyAfterName(part, email)).toBe(company);
  });
  it.each([
    ['미정', 'a@hanbit-elec.example'],
    ['영업팀', 'a@hanbit-elec.example'],
    ['営業部', 'a@kizuna.example'],
    ['Sales Director', 'a@acme.example'],
    ['Lyon', 'sophie@lyon-composants.example'],
    ['Tentative', 'a@acme.example'],
    ['Winnie Chan', 'winnie@mingda.example'],
    ['External', 'a@external.example'],
  ])('not %s', (part, email) => {
    expect(companyAfterName(part, email)).toBeNull();
  });
  it('gives its company (the name is left as shown); a name with a domain only gets none', () => {
    const html = `<html><body><div aria-label="Email message"><div class="well"><span title="minjun.kim@hanbit-elec.example">김민준 (한빛전자)</span>;
      <span title="ana.ruiz@ruiz-textil.example">Ana Ruiz</span>; <span title="tom.ng@harbour.example">Tom Ng (Tentative)</span></div></div></body></html>`;
    const found = people(html, 'https://outlook.office.com/mail/inbox/id/AAQk1');
    expect(found['minjun.kim@hanbit-elec.example']?.[1]).toBe('한빛전자');
    expect(found['ana.ruiz@ruiz-textil.example']).toEqual(['Ana Ruiz', null]);
    expect(found['tom.ng@harbour.example']?.[1]).toBeNull();
  });
  it('reads a written attendee line after its label: "Name (Company) <addr>", never a response or a city', () => {
    const html = `<html><body><div aria-label="Email message"><div class="line">필수: 정하늘 (세진산업) &lt;haneul.jung@sejin.example&gt;; 刘洋（已接受） &lt;liu.yang@mingda-parts.example&gt;;
      Ana Ruiz - Ruiz Textil S.L. &lt;ana@ruiz-textil.example&gt;; Tom Ng (Lyon) &lt;tom@lyon-composants.example&gt;</div></div></body></html>`;
    const found = people(html, 'https://outlook.office.com/mail/inbox/id/AAQk2');
    expect(found['haneul.jung@sejin.example']).toEqual(['정하늘', '세진산업']);
    expect(found['ana@ruiz-textil.example']).toEqual(['Ana Ruiz', 'Ruiz Textil S.L.']);
    expect(found['liu.yang@mingda-parts.example']?.[1]).toBeNull();
    expect(found['tom@lyon-composants.example']?.[1]).toBeNull();
  });
});
