// Lane phones10 (issue 14): numbers that belong to the right person — a staff card's number to its
// person in Polish, German and Chinese; a CRM record's assistant pair never the record person's;
// a job title never a signer's name; a Swiss sign-off never a name. The fixtures
// (tests/fixtures/*-phones10-*) hold whole pages; these hold the rules' edges.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { fieldOfLabel } from '../../../lib/detect/field-labels';
import { hasJobTitle } from '../../../lib/detect/job-titles';
import { parseWithLinkedom, toCliOutput } from './helpers';

function people(html: string, url: string) {
  const doc = parseWithLinkedom(html);
  return toCliOutput(detectPage(doc, new URL(url)), doc).contacts;
}

const card = (lang: string, body: string) => `<html lang="${lang}"><head><title>Team</title></head><body><h1>Team</h1>${body}</body></html>`;

describe('a staff card with no address', () => {
  it('gives its number to the heading over a job title, in German, Spanish and Japanese — an office heading names no one', () => {
    const list = people(card('de', `<div class="team">
      <div class="m"><h3>Jonas Weber</h3><p>Einkaufsleiter</p><p>Tel.: 040 123 456 70</p></div>
      <div class="m"><h3>Lucía Pérez</h3><p>Jefa de compras</p><p>Tel.: +34 912 345 678</p></div>
      <div class="m"><h3>佐藤 健</h3><p>営業部 課長</p><p>電話：+81 3-1234-5678</p></div>
      <div class="m"><h3>Lager Hamburg</h3><p>Hafenstraße 5</p><p>Tel.: 040 123 456 99</p></div></div>`), 'https://www.example-handel.example/team');
    expect(list.map((c) => [c.name, c.phone])).toEqual([
      ['Jonas Weber', '+494012345670'],
      ['Lucía Pérez', '+34912345678'],
      ['佐藤 健', '+81312345678'],
      [null, '+494012345699'],
    ]);
  });

  it('reads a heading-less card that opens with the name over a title; a text that opens with a greeting is no card', () => {
    const named = people(card('pl', '<div class="box">Marek Zając<br>Doradca techniczny<br>tel.: 58 123 45 67</div>'), 'https://www.example-biuro.example/kontakt');
    expect(named.map((c) => [c.name, c.phone])).toEqual([['Marek Zając', '+48581234567']]);
    const greeted = people(card('pl', '<div class="box">Dzień dobry,<br>Doradca techniczny<br>tel.: 58 123 45 67</div>'), 'https://www.example-biuro.example/kontakt');
    expect(greeted.map((c) => c.name)).toEqual([null]);
  });
});

describe('job titles in more languages', () => {
  it('knows a German compound, a Polish and a French title, and no surname for one', () => {
    expect(hasJobTitle('Vertriebsleiterin')).toBe(true);
    expect(hasJobTitle('Leiter Einkauf')).toBe(true);
    expect(hasJobTitle('Specjalistka ds. zakupów')).toBe(true);
    expect(hasJobTitle("Chargée d'affaires")).toBe(true);
    expect(hasJobTitle('Anna Leiter')).toBe(false);
    expect(hasJobTitle('Marek Nowak')).toBe(false);
  });
});

describe("a CRM record's assistant pair", () => {
  const record = (fields: string) => `<html lang="en"><head><title>Ines Roth | Contact</title></head><body>
<h1 class="record-name">Ines Roth</h1><section class="fields">
<div class="field"><label>Email</label><div class="value"><a href="mailto:ines.roth@roth-logistik.example">ines.roth@roth-logistik.example</a></div></div>
${fields}</section></body></html>`;
  const field = (label: string, value: string) => `<div class="field"><label>${label}</label><div class="value">${value}</div></div>`;
  const URL_ = 'https://crm.example-app.example/contacts/4711';

  it('keeps the record\'s own phone, and a named assistant is a person with that number', () => {
    const list = people(record(field('Phone', '+49 30 555 010') + field('Assistant Name', 'Jan Krüger') + field('Assistant Phone', '+49 30 555 011')), URL_);
    expect(list.find((c) => c.name === 'Ines Roth')?.phone).toBe('+4930555010');
    expect(list.find((c) => c.name === 'Jan Krüger')?.phone).toBe('+4930555011');
  });

  it('gives an unnamed assistant\'s number to nobody, not to the record without a number', () => {
    const list = people(record(field('Telefon (Assistent)', '+49 30 555 011')), URL_);
    expect(list.map((c) => c.phone)).toEqual([null]);
  });

  it('never reads an assistant\'s field as the person\'s own', () => {
    expect(fieldOfLabel('Telefon (Assistent)')).toBeNull();
    expect(fieldOfLabel('Asst. Phone')).toBeNull();
    expect(fieldOfLabel('助理电话')).toBeNull();
    expect(fieldOfLabel('Telefon (geschäftlich)')).toBe('phone');
  });
});
