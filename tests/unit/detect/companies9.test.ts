// Round 9's companies (issue 14, lane B): a label inside a company's value, a branch or department
// read as the company, the legal forms of Central and Eastern Europe, the Nordics and the Baltics,
// and each with the lines that must never become a company (a city, an address, a job title, a
// department, a slogan, a button label, a legal form alone, a product name). The fixtures
// *-companies9-* hold the whole pages.

import { describe, expect, it } from 'vitest';
import { blockCompany, cleanCompany, isUnitLine, labelledCompany } from '../../../lib/detect/company-lines';
import { detectPage } from '../../../lib/detect/index';
import { hasLegalForm } from '../../../lib/detect/legal-forms';
import { parseWithLinkedom } from './helpers';

describe('a company label inside the value', () => {
  it.each([
    ['Company name: Acme Ltd', 'Acme Ltd'],
    ['Firma: Müller GmbH', 'Müller GmbH'],
    ['Nome da empresa Café Serrano Ltda.', 'Café Serrano Ltda.'],
    ['Nombre de la empresa Conservas Cantabria S.L.', 'Conservas Cantabria S.L.'],
    ['Entreprise : Menuiserie Morel SARL', 'Menuiserie Morel SARL'],
    ['Empresa: Tejidos del Sur S.A.', 'Tejidos del Sur S.A.'],
    ['Ragione sociale: Bianchi Arredi S.r.l.', 'Bianchi Arredi S.r.l.'],
    ['Nazwa firmy: Drewbud Sp. z o.o.', 'Drewbud Sp. z o.o.'],
    ['Şirket adı: Ege Tekstil A.Ş.', 'Ege Tekstil A.Ş.'],
    ['Bedrijfsnaam: Van Dijk Installatietechniek B.V.', 'Van Dijk Installatietechniek B.V.'],
    ['会社名：株式会社青葉精機', '株式会社青葉精機'],
    ['公司名称：深圳市鹏达智能科技有限公司', '深圳市鹏达智能科技有限公司'],
    ['公司名稱：宏遠貿易股份有限公司', '宏遠貿易股份有限公司'],
    ['회사명: (주)대성정밀', '(주)대성정밀'],
    ['שם החברה: אופק מערכות בע"מ', 'אופק מערכות בע"מ'],
    ['الشركة: شركة الخليج للتجارة', 'شركة الخليج للتجارة'],
  ])('%s → %s', (line, company) => {
    expect(labelledCompany(line)).toBe(company);
    expect(cleanCompany(line)).toBe(company);
  });
  it.each(['Empresa Municipal de Transportes', 'Société Générale', 'Firma Holzbau Wagner', 'Company', 'Firma:', 'Acme Ltd'])('no label cut from %s', (line) => {
    expect(labelledCompany(line)).toBeNull();
  });
});

describe('a branch or a department is never the company alone', () => {
  it.each(['Oddział Kraków', 'Filiale München', 'Niederlassung Süd', 'Sucursal Norte', 'Succursale de Lyon', 'Agence de Nantes', 'Branch Office Leeds', 'Leeds Branch', 'Kadıköy Şubesi', 'Sales Department', 'Abteilung Einkauf', 'Dział Handlowy', '华南分公司', '分公司', '仙台事業所', '大阪支店', '부산지점', '销售部', '华南区', '华东区 销售经理', '営業課'])('%s', (line) => {
    expect(isUnitLine(line)).toBe(true);
    expect(cleanCompany(line)).toBeNull();
  });
  it.each(['Termobud Polska', '浙江金海包装材料有限公司', '华为技术有限公司深圳分公司', 'Green Branch Consulting Ltd', 'Agence Dupont SARL', '宏泰集团股份有限公司', '中科', 'Post Office', 'Department of Health'])('not %s', (line) => {
    expect(isUnitLine(line)).toBe(false);
  });
  it('cuts a branch written after the legal name on its line', () => {
    expect(cleanCompany('浙江金海包装材料有限公司 宁波分公司')).toBe('浙江金海包装材料有限公司');
    expect(cleanCompany('Termobud Sp. z o.o. Oddział Kraków')).toBe('Termobud Sp. z o.o.');
    expect(cleanCompany('Müller Haustechnik GmbH, Niederlassung Süd')).toBe('Müller Haustechnik GmbH');
  });
  it('takes the company line above a branch line, never the title under the name', () => {
    expect(blockCompany(['Doradca techniczny', 'Termobud Polska', 'Oddział Kraków', 'tel. 12 633 40 21'], null)).toBe('Termobud Polska');
    expect(blockCompany(['Doradca techniczny', 'Oddział Kraków', 'tel. 12 633 40 21'], null)).toBeNull();
    expect(blockCompany(['Account Manager', 'Branch Office Leeds', 'Tel. 0113 496 0712'], 'Branch Office Leeds')).toBeNull();
    expect(blockCompany(['销售部', '华南区', '深圳市鹏达智能科技有限公司', '地址：深圳市南山区科技园'], '华南区')).toBe('深圳市鹏达智能科技有限公司');
    expect(blockCompany(['销售经理', '单位：华南分公司', '电话：020-3822 6410'], null)).toBeNull();
    expect(blockCompany(['Vertriebsleiter', 'Firma: Filiale München', 'Müller Haustechnik GmbH'], null)).toBe('Müller Haustechnik GmbH');
  });
});

describe('a legal form alone, and lines that are never a company', () => {
  it('joins a legal form alone to the line above it', () => {
    expect(blockCompany(['Projektleiterin', 'Müller Haustechnik', 'GmbH', 'Tel. 0421 556 7810'], 'GmbH')).toBe('Müller Haustechnik GmbH');
  });
  it.each(['GmbH', 'Sp. z o.o.', 'S.A.', 'Ltd.', '有限公司', 'a.s.'])('%s alone is none', (line) => {
    expect(cleanCompany(line)).toBeNull();
  });
  it.each([
    // A city, a postcode and street, a job title, a slogan, a button, a product name: not a company.
    ['Kraków'],
    ['ul. Głogowska 31, 60-702 Poznań'],
    ['Kierownik sprzedaży'],
    ['Quality you can build on.'],
    ['View all'],
    ['ThermoLine X200'],
  ])('%s', (line) => {
    expect(blockCompany(['Sales Manager', line], null)).toBeNull();
  });
});

describe('legal forms of Central and Eastern Europe, the Nordics and the Baltics', () => {
  it.each(['Hradec Stroj a.s.', 'Brno Tech spol. s r.o.', 'Žilina Stav s. r. o.', 'Tisza Gép Zrt.', 'Duna Kft.', 'Polmet sp.k.', 'Polmet Sp. z o. o.', 'Hrvatska Ulja d.d.', 'Sofia Trade OOD', 'UAB Baltic Pack', 'SIA Rīgas Koks', 'AS Tallinna Vesi', 'Põhja Puit OÜ', 'AB Lietuvos Paštas', 'Nordvik Lager AB (publ)', 'Fjord Data ApS', 'Reykjavik Fiskur ehf.'])('%s', (line) => {
    expect(hasLegalForm(line)).toBe(true);
  });
  it.each(['as soon as possible', 'Asa Lindqvist', 'Kraków', 'Sia Huang', 'Ab Werk lieferbar', 'Üdvözlettel'])('not %s', (line) => {
    expect(hasLegalForm(line)).toBe(false);
  });
});

describe('whole pages', () => {
  const people = (html: string, url: string) => Object.fromEntries(detectPage(parseWithLinkedom(html), new URL(url)).contacts.map((c) => [c.email ?? c.name, c.company]));
  it('a signature\'s slogan, city and department under a known title give no company', () => {
    const html = `<html><body><div class="read-mail"><table><tr><td>From:</td><td><span title="nina@solvik.example">Nina Berg</span></td></tr></table>
      <div class="mail-body"><p>Hi,</p><p>The quote is attached, valid until Friday.</p><p>Best regards,<br>Nina Berg<br>Sales Manager<br>Sales Department<br>Bergen<br>tel. +47 55 30 12 40</p></div></div></body></html>`;
    expect(people(html, 'https://mail.fjordhandel.example/?_task=mail')['nina@solvik.example']).toBeNull();
  });
  it.each(['Quality you can build on', 'Download our app'])('a slogan or a button\'s words under a known title are no company: %s', (line) => {
    const html = `<html><body><div class="read-mail"><table><tr><td>From:</td><td><span title="nina@solvik.example">Nina Berg</span></td></tr></table>
      <div class="mail-body"><p>Hi,</p><p>The quote is attached, valid until Friday.</p><p>Best regards,<br>Nina Berg<br>Sales Manager<br>${line}<br>tel. +47 55 30 12 40</p></div></div></body></html>`;
    expect(people(html, 'https://mail.fjordhandel.example/?_task=mail')['nina@solvik.example']).toBeNull();
  });
  it('a company\'s name with its small words is still one', () => {
    const html = `<html><body><div class="read-mail"><table><tr><td>From:</td><td><span title="nina@solvik.example">Nina Berg</span></td></tr></table>
      <div class="mail-body"><p>Hi,</p><p>The quote is attached, valid until Friday.</p><p>Best regards,<br>Nina Berg<br>Sales Manager<br>Solvik Farms of Norway<br>tel. +47 55 30 12 40</p></div></div></body></html>`;
    expect(people(html, 'https://mail.fjordhandel.example/?_task=mail')['nina@solvik.example']).toBe('Solvik Farms of Norway');
  });
  it('a card\'s labelled company line names the person\'s company, a branch heading does not', () => {
    const html = `<html><body><main><h1>Dealers</h1>
      <div class="dealer"><h3>Filiale Graz</h3><div>Lukas Huber</div><div>lukas.huber@alpentechnik.example</div></div>
      <div class="dealer"><h3>Filiale Linz</h3><div>Eva Bauer</div><div>eva.bauer@alpentechnik.example</div></div></main></body></html>`;
    const found = people(html, 'https://dealers.alpentechnik.example/at');
    expect(found['lukas.huber@alpentechnik.example'] ?? null).toBeNull();
    expect(found['eva.bauer@alpentechnik.example'] ?? null).toBeNull();
  });
});
