// A CRM table's users (issue 14, eighth held-out round): a person shown only in an Owner /
// Enrolled by / Sender / Assigned to column — a name with the address in its title or tooltip —
// is the rep or a colleague, never a contact; the row's own people stay offered.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { inUserColumn } from '../../../lib/detect/generic/user-columns';
import { parseWithLinkedom } from './helpers';

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<html><body><main><table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table></main></body></html>`;
}

const user = (name: string, email: string, attr = 'title') => `<span ${attr}="${email}">${name}</span>`;

function emailsOn(html: string, url = 'https://crm.example.org/sequences/7/enrollments'): string[] {
  const doc = parseWithLinkedom(html);
  return detectPage(doc, new URL(url)).contacts.map((c) => c.email ?? '');
}

describe('users in a table of people', () => {
  it('never offers the people of an Owner / Enrolled by / Sender column, in several languages', () => {
    for (const [name, email, company, owner] of [
      ['Name', 'Email', 'Company', 'Enrolled by'],
      ['Name', 'Email', 'Company', 'Contact owner'],
      ['Name', 'E-Mail', 'Firma', 'Besitzer'],
      ['Nom', 'Courriel', 'Société', 'Propriétaire'],
      ['联系人', '邮箱', '公司', '负责人'],
      ['Contact', 'Email', 'Company', 'Sender'],
    ] as const) {
      const html = table([name, email, company, owner], [
        ['Dana Okafor', 'dana.okafor@northwind.example', 'Northwind', user('Alex Rep', 'alex.rep@acme-sales.example')],
        ['Omar Haddad', 'omar.haddad@contoso.example', 'Contoso', user('Bea Colleague', 'bea@acme-sales.example', 'data-tooltip')],
      ]);
      const found = emailsOn(html);
      expect(found, owner).toEqual(['dana.okafor@northwind.example', 'omar.haddad@contoso.example']);
    }
  });

  it('reads a cell’s own data-label where the table has no header row (lightning datatables)', () => {
    const doc = parseWithLinkedom(`<html><body><table><tr><td data-label="Name">Dana Okafor</td><td data-label="Email">dana.okafor@northwind.example</td><td data-label="Owner">${user('Alex Rep', 'alex.rep@acme-sales.example')}</td></tr></table></body></html>`);
    expect(inUserColumn(doc.querySelector('span')!)).toBe(true);
    expect(inUserColumn(doc.querySelector('td')!)).toBe(false);
  });

  it('keeps a sender where the table names no person of its own (a log of mail: the sender may be anyone)', () => {
    const html = table(['Sender', 'Subject', 'Date'], [[user('Dana Okafor', 'dana.okafor@northwind.example'), 'Quote for 2027', '3 Dec']]);
    expect(emailsOn(html)).toEqual(['dana.okafor@northwind.example']);
  });

  it('keeps a person who is also a row’s contact, and the people of any other column', () => {
    const html = table(['Name', 'Email', 'Owner', 'Referred by'], [
      ['Bea Colleague', 'bea@acme-sales.example', user('Alex Rep', 'alex.rep@acme-sales.example'), user('Lena Vogt', 'lena.vogt@partner.example')],
      ['Dana Okafor', 'dana.okafor@northwind.example', user('Bea Colleague', 'bea@acme-sales.example'), ''],
    ]);
    expect(emailsOn(html).sort()).toEqual(['bea@acme-sales.example', 'dana.okafor@northwind.example', 'lena.vogt@partner.example']);
  });

  it('leaves Gmail and Outlook pages as their scripts read them (no record kit there)', () => {
    const html = table(['Name', 'Email', 'Owner'], [['Dana Okafor', 'dana.okafor@northwind.example', user('Alex Rep', 'alex.rep@acme-sales.example')]]);
    expect(emailsOn(html, 'https://mail.google.com/mail/u/0/#inbox')).toContain('alex.rep@acme-sales.example');
  });
});
