// The page's company given to its people (issue 14, kinds 6 and 7): a record's account to the
// people of its related lists, a company's own page to the people at its domain — and not where
// the list names other companies' people or the address is another company's.

import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const companies = (html: string, url: string) => Object.fromEntries(detectPage(parseWithLinkedom(html), new URL(url)).contacts.map((c) => [c.email ?? c.name, c.company]));

const OPPORTUNITY = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAB/view';
const record = (list: string) => `<html><body><h1>Fleet renewal 2027</h1>
  <div><span>Account Name</span><span><a href="/lightning/r/Account/001/view">Ribera Transport</a></span></div>
  <article><h2>Contact Roles</h2>${list}</article></body></html>`;

describe('a record\'s related people', () => {
  it('take the record\'s account when the list is the account\'s', () => {
    const html = record(`<table><tr><th>Name</th><th>Email</th></tr>
      <tr><td><a href="/c/1">Lucia Ferrer</a></td><td>lucia@ribera-transport.example</td></tr>
      <tr><td><a href="/c/2">Andres Soler</a></td><td>andres@ribera-transport.example</td></tr></table>`);
    expect(companies(html, OPPORTUNITY)).toEqual({ 'lucia@ribera-transport.example': 'Ribera Transport', 'andres@ribera-transport.example': 'Ribera Transport' });
  });
  it('keep their own when the list names each person\'s company in a column', () => {
    const html = record(`<table><tr><th>Name</th><th>Email</th><th>Account Name</th></tr>
      <tr><td><a href="/c/1">Lucia Ferrer</a></td><td>lucia@ribera-transport.example</td><td>Ribera Transport</td></tr>
      <tr><td><a href="/c/3">Kim Berg</a></td><td>kim@nordport.example</td><td>Nordport AB</td></tr>
      <tr><td><a href="/c/4">Ola Hansen</a></td><td>ola@fjordline.example</td><td></td></tr></table>`);
    expect(companies(html, OPPORTUNITY)).toEqual({ 'lucia@ribera-transport.example': 'Ribera Transport', 'kim@nordport.example': 'Nordport AB', 'ola@fjordline.example': null });
  });
  it('at another company\'s domain than the account\'s known people do not take it', () => {
    const html = record(`<table><tr><th>Name</th><th>Email</th><th>Company</th></tr>
      <tr><td><a href="/c/1">Lucia Ferrer</a></td><td>lucia@ribera-transport.example</td><td>Ribera Transport</td></tr></table>
      <ul><li><a href="/c/5">Piet Smit</a> <a href="mailto:piet@smit-advies.example">piet@smit-advies.example</a></li></ul>`);
    expect(companies(html, OPPORTUNITY)['piet@smit-advies.example']).toBeNull();
  });
});

describe('a company\'s own page', () => {
  const page = `<html><head><meta property="og:site_name" content="Tidewater Marine"></head><body><h2>Team</h2>
    <div><h3>Grace Whitfield</h3><a href="mailto:grace@tidewater-marine.example">grace@tidewater-marine.example</a></div>
    <div><h3>Sam Ortiz (agent)</h3><a href="mailto:sam.ortiz@gmail.com">sam.ortiz@gmail.com</a></div></body></html>`;
  it('gives its name to the people at its own domain only', () => {
    expect(companies(page, 'https://www.tidewater-marine.example/team')).toEqual({ 'grace@tidewater-marine.example': 'Tidewater Marine', 'sam.ortiz@gmail.com': null });
  });
  it('not when the page is another site\'s (a directory listing them)', () => {
    expect(companies(page, 'https://www.marine-directory.example/tidewater')['grace@tidewater-marine.example']).toBeNull();
  });
});
