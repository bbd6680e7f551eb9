// Round 10's companies (issue 14, lane companies10): a title and the company on one signature line,
// a company on the line or cell of its address, and the lines that stand where a company would
// but are none (a city, a state, a department). The fixtures *-companies10-* hold whole pages,
// Pipedrive's and Salesforce's among them.

import { describe, expect, it } from 'vitest';
import { blockCompany, cleanCompany } from '../../../lib/detect/company-lines';
import { companyAfterTitle, companyBeforeAddress, isPlace } from '../../../lib/detect/company-parts';
import { readMoreNames } from '../../../lib/detect/more-names';

readMoreNames();

describe('a title and the company on one line', () => {
  it.each([
    ['Gerente Comercial en Construtora Horizonte Ltda.', 'Construtora Horizonte Ltda.'],
    ['Head of Sales bei Müller Maschinenbau', 'Müller Maschinenbau'],
    ['Directrice commerciale chez Dupont Conseil', 'Dupont Conseil'],
    ['Jefa de Compras en Grupo Lumen', 'Grupo Lumen'],
    ['Especialista en Ventas en Grupo Lumen', 'Grupo Lumen'],
    ['Responsabile acquisti presso Tecnoverde S.p.A.', 'Tecnoverde S.p.A.'],
    ['Inköpschef på Lindqvist Trävaror AB', 'Lindqvist Trävaror AB'],
    ['Jefa de Compras - Grupo Lumen S.L.', 'Grupo Lumen S.L.'],
    ['Tecnoverde S.p.A. - Bologna', 'Tecnoverde S.p.A.'],
  ])('%s → %s', (line, company) => {
    expect(companyAfterTitle(line)).toBe(company);
    expect(blockCompany([line, 'Tel. +34 944 12 34 56'], null)).toBe(company);
  });
  it('reads "@" as "at" (a line with "@" is left to the plain reading in a block: an address may hold it)', () => {
    expect(companyAfterTitle('CTO @ Nordvik')).toBe('Nordvik');
  });
  it.each(['Please reply at your convenience', 'Sent at 10:30', 'Sales Manager - Bologna', 'Tecnoverde S.p.A. - Müller GmbH', 'Sales Manager - Sales Department', 'Buyer at jordi@costabrava.example'])('nothing from %s', (line) => {
    expect(companyAfterTitle(line)).toBeNull();
  });
});

describe('a company on the line or cell of its address', () => {
  it.each([
    ['Tecnoverde S.p.A. – Via Roma 12, 40100 Bologna', 'Tecnoverde S.p.A.'],
    ['Müller GmbH · Hauptstr. 5 · 80331 München', 'Müller GmbH'],
    ['Becker Interiors, 14 Harbour Street, Leeds LS1 4DY', 'Becker Interiors'],
    ['Dupont Industries SAS | 12 rue de la Paix, 75002 Paris', 'Dupont Industries SAS'],
    ['华信科技有限公司 深圳市南山区科技园路18号', '华信科技有限公司'],
  ])('%s → %s', (line, company) => {
    expect(companyBeforeAddress(line)).toBe(company);
    expect(blockCompany(['Project Manager', line, 'Tel. +44 113 496 0712'], null)).toBe(company);
  });
  it.each(['Via Roma 12, 40100 Bologna', 'Harbour House, 14 Quay Street, Leeds', 'Hauptstr. 5 · 80331 München', 'Leeds, LS1 4DY', 'Suite 400, 1200 Main Street', 'Project Manager, 14 Harbour Street'])('never the street or city of %s', (line) => {
    expect(companyBeforeAddress(line)).toBeNull();
    expect(blockCompany(['Project Manager', line], null)).toBeNull();
  });
});

describe('a place or a department is never the company', () => {
  it.each(['Portland, OR', 'Lyon, France', 'München, Deutschland', '深圳市', '浙江省'])('%s is a place', (line) => {
    expect(isPlace(line)).toBe(true);
    expect(blockCompany(['Account Manager', line], line)).toBeNull();
  });
  it.each(['Nordhavn ApS', 'Becker Interiors', 'Acme, Inc.', '华信科技'])('%s is no place', (line) => {
    expect(isPlace(line)).toBe(false);
  });
  it.each(['Vertrieb', 'Einkauf', 'Ventas', 'Achats', 'Acquisti', 'Inköp', 'Customer Service', 'Purchasing', 'Service Achats', 'Marketing', 'IT-Leitung', 'Geschäftsleitung', 'Vertriebsleitung', 'EDV'])('%s alone is a department', (line) => {
    expect(cleanCompany(line)).toBeNull();
  });
  it('a word under a department is its place, not the company', () => {
    expect(blockCompany(['销售部', '上海', '电话：021-5555 0199'], '上海')).toBeNull();
    expect(blockCompany(['Account Executive', 'Sales Department', 'Chicago'], 'Chicago')).toBeNull();
    // A company above its unit stays the company.
    expect(blockCompany(['Doradca techniczny', 'Termobud Polska', 'Oddział Kraków'], null)).toBe('Termobud Polska');
  });
});
