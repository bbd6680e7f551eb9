// Where association and linked-item cards say a person works: a card's "title at Company" line
// (lib/detect/title-at.ts) in the languages CRMs render it in, never a time or an address, read by
// HubSpot's adapter; and Pipedrive's linked-items sidebar (lib/detect/sites/pipedrive.ts).

import { describe, expect, it } from 'vitest';
import { companyOfLine } from '../../../lib/detect/title-at';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const companies = (html: string, url: string) => Object.fromEntries(detectPage(parseWithLinkedom(html), new URL(url)).contacts.map((c) => [c.email ?? c.name, c.company]));

describe('a card line "title at Company"', () => {
  it.each([
    ['Administrador de sistemas en Costa Brava Cerámica', 'Costa Brava Cerámica'],
    ['Head of Procurement at Harbor Dental Group', 'Harbor Dental Group'],
    ['Consultante ERP chez Dubois Conseil SARL', 'Dubois Conseil SARL'],
    ['Einkaufsleiterin bei Brandt & Söhne Metallbau GmbH', 'Brandt & Söhne Metallbau GmbH'],
    ['CTO @ Nordvik Energi', 'Nordvik Energi'],
    ['杭州明远精密机械有限公司 的 采购经理', '杭州明远精密机械有限公司'],
  ])('%s → %s', (line, company) => expect(companyOfLine(line)).toBe(company));

  it.each(['Sent at 10:30', 'Meeting at 3 PM', 'jordi@costabrava.es', 'Reply to jordi @ costabrava.es', 'Last activity 2 days ago', '我的客户'])('%s is no company', (line) => expect(companyOfLine(line)).toBeNull());
});

const DEAL = 'https://app.hubspot.com/contacts/4417325/record/0-3/9001';
const card = (name: string, line: string, email: string) => `<div><a href="/contacts/4417325/record/0-1/1">${name}</a><div>${line}</div><div>${email}</div></div>`;

describe('association cards', () => {
  it('give each person the company their own card names, not a neighbour\'s', () => {
    const html = `<html><body><h1>Rollout 2027</h1><aside><h2>Contacts (2)</h2><div>
      ${card('Ana Silva', 'Compradora', 'ana@lisboatexteis.pt')}
      ${card('Tom Reed', 'Buyer at Reed Outdoor Ltd', 'tom@reedoutdoor.co.uk')}
      ${card('Kai Lund', 'Sent 2 days ago', 'kai@lund.example')}</div></aside></body></html>`;
    expect(companies(html, DEAL)).toEqual({ 'ana@lisboatexteis.pt': null, 'tom@reedoutdoor.co.uk': 'Reed Outdoor Ltd', 'kai@lund.example': null });
  });
});

const MAIL = 'https://acme.pipedrive.com/mail/inbox/thread/7';
const sidebar = (org: string) => `<aside><section><div><h3>Person</h3><button>Edit</button></div><div><a href="/person/1">Ingrid Solberg</a><div>ingrid@nordlicht.example</div></div></section>
  <section><div><h3>Organization</h3><button>Edit</button></div><div>${org}</div></section></aside>`;

describe('a linked-items sidebar', () => {
  it('gives the Organization section\'s name to the person beside it', () => {
    expect(companies(`<html><body>${sidebar('<a href="/organization/2">Nordlicht AS</a>')}</body></html>`, MAIL)).toEqual({ 'ingrid@nordlicht.example': 'Nordlicht AS' });
  });
  it('keeps the person whole when only the sidebar shows them: name, their section\'s address, company', () => {
    const people = detectPage(parseWithLinkedom(`<html><body>${sidebar('<a href="/organization/2">Nordlicht AS</a>')}</body></html>`), new URL(MAIL)).contacts;
    expect(people.map((c) => [c.name, c.email, c.company])).toEqual([['Ingrid Solberg', 'ingrid@nordlicht.example', 'Nordlicht AS']]);
  });
  it('gives nothing from an empty Organization section, nor to people outside the sidebar', () => {
    expect(companies(`<html><body>${sidebar('<span>No organization linked</span>')}</body></html>`, MAIL)).toEqual({ 'ingrid@nordlicht.example': null });
    const outside = `<html><body><main><p>Write to <a href="mailto:sven@elsewhere.example">Sven Berg</a></p></main>${sidebar('<a href="/organization/2">Nordlicht AS</a>')}</body></html>`;
    expect(companies(outside, MAIL)['sven@elsewhere.example']).toBeNull();
  });
});
