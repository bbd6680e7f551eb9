// Normalisation: emails, names, merging one person seen several times, dropping the user's own address.

import { describe, expect, it } from 'vitest';
import { offeredTo } from '../../../lib/detect/audience';
import { cleanCompany } from '../../../lib/detect/company-lines';
import { dedupe, normaliseContacts, normaliseEmail, normaliseName, peopleOf } from '../../../lib/detect/normalize';
import type { ContactRole, DetectedContact } from '../../../lib/detect/types';
import { parseWithLinkedom } from './helpers';

const anchor = parseWithLinkedom('<html><body><span>x</span></body></html>').querySelector('span')!;

function c(fields: Partial<DetectedContact> & { role?: ContactRole }): DetectedContact {
  return { name: null, email: null, phone: null, company: null, role: 'mentioned', anchor, ...fields };
}

describe('normaliseEmail', () => {
  it('trims, lower-cases and validates', () => {
    expect(normaliseEmail('  Priya.Raman@Northwind-Traders.COM ')).toBe('priya.raman@northwind-traders.com');
    expect(normaliseEmail('mailto:Bob@Example.org')).toBe('bob@example.org');
    expect(normaliseEmail('<bob@example.org>')).toBe('bob@example.org');
  });
  it('rejects what is not a mailbox', () => {
    for (const bad of ['', 'bob', 'bob@', '@example.org', 'bob@localhost', 'image@2x.png', 'pkg@1.0.0', 'a..b@example.org', 'x@y.z', 'CAF=abc@mail.gmail.com', `${'a'.repeat(70)}@example.org`]) {
      expect(normaliseEmail(bad), bad).toBeNull();
    }
    expect(normaliseEmail(null)).toBeNull();
  });
});

describe('normaliseName', () => {
  it('takes a salutation off, German\'s "Herrn" too, but never a name\'s own first word', () => {
    expect(normaliseName('Herrn Jonas Becker')).toBe('Jonas Becker');
    expect(normaliseName('Herr Jonas Becker')).toBe('Jonas Becker');
    expect(normaliseName('Herrnhut Becker')).toBe('Herrnhut Becker');
  });
  it('trims, collapses whitespace, strips quotes and addresses', () => {
    expect(normaliseName('  "Priya   Raman"  ')).toBe('Priya Raman');
    expect(normaliseName('Priya Raman <priya@northwind.example>')).toBe('Priya Raman');
    expect(normaliseName('Priya Raman (priya@northwind.example)')).toBe('Priya Raman');
    expect(normaliseName('\u201cDana\tOkafor\u201d')).toBe('Dana Okafor');
    expect(normaliseName(' 王芳 ')).toBe('王芳');
  });
  it('removes bidi overrides and zero-width characters', () => {
    expect(normaliseName('Eve \u202Efdp.exe')).toBe('Eve fdp.exe');
    expect(normaliseName('Mal\u200Blory')).toBe('Mallory');
  });
  it('keeps markup-looking names as literal text', () => {
    expect(normaliseName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
  it('caps at 200 characters and drops empties', () => {
    expect(normaliseName('A'.repeat(5000))).toHaveLength(200);
    expect(normaliseName('   ')).toBeNull();
    expect(normaliseName('""')).toBeNull();
    expect(normaliseName('bob@example.org')).toBeNull();
  });
});

describe('normaliseName: header labels', () => {
  it('never takes a header label for a name, in any script; a weak one ("An", a given name too) alone stays', () => {
    for (const label of ['Kimden', 'Lähettäjä', 'Feladó', 'From', '发件人', '行動電話']) expect(normaliseName(label)).toBeNull();
    expect(normaliseName('An')).toBe('An');
  });

  it('takes Portuguese and Dutch salutations off', () => {
    expect(normaliseName('Sr.ª Inês Carvalho')).toBe('Inês Carvalho');
    expect(normaliseName('Dhr. Pieter de Wit')).toBe('Pieter de Wit');
    expect(normaliseName('Eng Hock Lim')).toBe('Eng Hock Lim');
  });
});

describe('cleanCompany (the kits\' and the CLI\'s last reading of a company)', () => {
  it("never takes a field's label for a company (a table signature's label cell)", () => {
    for (const label of ['Tel', 'Mobile', 'E-mail', 'Telefono']) expect(cleanCompany(label)).toBeNull();
    expect(cleanCompany('Subalpina Ricambi S.r.l.')).toBe('Subalpina Ricambi S.r.l.');
  });
});

describe('dedupe', () => {
  it('merges by email, keeps the strongest role and fills missing fields', () => {
    const out = dedupe([
      c({ email: 'p@n.example', name: 'Priya', role: 'cc' }),
      c({ email: 'p@n.example', phone: '+1 415 555 0134', company: 'Northwind', role: 'signature' }),
      c({ email: 'p@n.example', name: 'Priya Raman', role: 'sender' }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ email: 'p@n.example', name: 'Priya Raman', phone: '+1 415 555 0134', company: 'Northwind', role: 'sender' });
  });

  it('merges by phone when there is no email conflict, then by name', () => {
    const byPhone = dedupe([c({ phone: '(415) 555-0134', role: 'mentioned' }), c({ phone: '+1 415 555 0134', name: 'Priya', role: 'signature' })]);
    expect(byPhone).toHaveLength(1);
    expect(byPhone[0]).toMatchObject({ name: 'Priya', role: 'signature' });
    const byName = dedupe([c({ name: 'Dana Okafor', role: 'mentioned' }), c({ name: 'dana  okafor', email: 'd@n.example', role: 'recipient' })]);
    expect(byName).toHaveLength(1);
    expect(byName[0]).toMatchObject({ email: 'd@n.example', role: 'recipient' });
  });

  it('keeps every other place the person was seen in elsewhere, the button at the strongest', () => {
    const doc = parseWithLinkedom('<html><body><span id="a">a</span><span id="b">b</span><span id="c">c</span></body></html>');
    const [a, b, d] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    const out = dedupe([
      c({ email: 'x@y.example', role: 'mentioned', anchor: a! }),
      c({ email: 'x@y.example', role: 'sender', anchor: b! }),
      c({ email: 'x@y.example', role: 'cc', anchor: d! }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.anchor).toBe(b);
    expect(new Set(out[0]!.elsewhere)).toEqual(new Set([a, d]));
    // Seen once: nothing elsewhere.
    expect(dedupe([c({ email: 'z@y.example', anchor: a! })])[0]!.elsewhere).toBeUndefined();
  });

  it('never merges sightings of two list rows (two emails), by address, phone or name; merges within a row', () => {
    const doc = parseWithLinkedom('<table><tr id="a"><td>x</td></tr><tr id="b"><td>y</td></tr></table>');
    const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
    expect(dedupe([c({ email: 'x@y.example', row: a }), c({ email: 'x@y.example', row: b })]).map((p) => p.row)).toEqual([a, b]);
    expect(dedupe([c({ phone: '415 555 0134', row: a }), c({ phone: '+1 415 555 0134', name: 'X', row: b })])).toHaveLength(2);
    expect(dedupe([c({ name: 'Dana Okafor', row: a }), c({ name: 'dana okafor' })])).toHaveLength(2);
    const inRow = dedupe([c({ email: 'x@y.example', row: a }), c({ email: 'x@y.example', name: 'X', row: a })]);
    expect(inRow).toHaveLength(1);
    expect(inRow[0]).toMatchObject({ row: a, name: 'X' });
    expect(normaliseContacts([c({ email: 'X@y.example', row: b })])[0]!.row).toBe(b);
  });

  it('never merges two different addresses, even with the same name', () => {
    expect(dedupe([c({ name: 'Team Twilio', email: 'news@twilio.example' }), c({ name: 'Team Twilio', email: 'help@twilio.example' })])).toHaveLength(2);
  });

  // A CRM record's own person shown as a sender in the record's email history stays the record.
  it('orders roles record > sender > recipient > cc > signature > mentioned', () => {
    const roles: ContactRole[] = ['mentioned', 'signature', 'cc', 'recipient', 'sender', 'record'];
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const out = dedupe([c({ email: 'x@y.example', role: roles[i]! }), c({ email: 'x@y.example', role: roles[j]! })]);
        expect(out[0]!.role).toBe(roles[j]);
      }
    }
  });
});

describe('peopleOf (the CLIs\' list of people)', () => {
  it('lists a person seen in a list row and in the open message once, with every field', () => {
    const doc = parseWithLinkedom('<html><body><div id="row">r</div></body></html>');
    const row = doc.getElementById('row')!;
    const found = [
      c({ email: 'anna@k.example', name: 'Anna', role: 'sender', row }),
      c({ email: 'anna@k.example', name: 'Anna', phone: '+49 40 3344 5566', company: 'Krämer', role: 'sender' }),
    ];
    expect(dedupe(found)).toHaveLength(2); // the page keeps one follow-up per row
    const people = peopleOf(found);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ email: 'anna@k.example', phone: '+49 40 3344 5566', company: 'Krämer', role: 'sender' });
  });
});

describe('offeredTo / normaliseContacts', () => {
  it('never offers the signed-in user', () => {
    const list = [c({ email: 'alex.rep@acme-sales.example', name: 'me', role: 'recipient' }), c({ email: 'p@n.example' })];
    expect(offeredTo(list, 'Alex.Rep@Acme-Sales.example').map((x) => x.email)).toEqual(['p@n.example']);
    expect(normaliseContacts(list, 'alex.rep@acme-sales.example')).toHaveLength(1);
  });

  it('cleans fields and drops contacts with nothing left', () => {
    const out = normaliseContacts([c({ email: ' BOB@Example.ORG ', name: ' "Bob" ' }), c({ name: '  ', email: 'not-an-email' })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ email: 'bob@example.org', name: 'Bob' });
  });
});

describe('names carry no status (issue 14, third held-out set)', () => {
  it('takes meeting response marks off an attendee name', () => {
    expect(normaliseName('Callum Reid ✓')).toBe('Callum Reid');
    expect(normaliseName('Aoife Byrne ?')).toBe('Aoife Byrne');
    expect(normaliseName('Nora Quinlan (Tentative)')).toBe('Nora Quinlan');
    expect(normaliseName('王芳（已接受）')).toBe('王芳');
    expect(normaliseName('✔ Jens Ahlberg')).toBe('Jens Ahlberg');
  });

  it('takes role badges off a name, in the UI languages reps use (issue 14, round 7)', () => {
    const badges: Array<[string, string]> = [
      ['Fiona MacLeod Organiser', 'Fiona MacLeod'], ['Fiona MacLeod Organizer', 'Fiona MacLeod'],
      ['Fiona MacLeod · Organisateur', 'Fiona MacLeod'], ['Jonas Weber Organisator', 'Jonas Weber'],
      ['Lucía Gómez (Organizador)', 'Lucía Gómez'], ['王芳组织者', '王芳'], ['佐藤 健 開催者', '佐藤 健'],
      ['Iain Fraser (External)', 'Iain Fraser'], ['Iain Fraser (External) Accepted', 'Iain Fraser'],
      ['Jonas Weber Extern', 'Jonas Weber'], ['李明（外部）', '李明'], ['Alex Rep (you)', 'Alex Rep'],
      ['Marie Dubois (invité)', 'Marie Dubois'], ['Eva Roth (Gast)', 'Eva Roth'],
    ];
    for (const [raw, name] of badges) expect(normaliseName(raw), raw).toBe(name);
    // A surname that is a badge word only in brackets stays a surname.
    expect(normaliseName('Thomas Gast')).toBe('Thomas Gast');
    expect(normaliseName('Kim You')).toBe('Kim You');
  });

  it('never reads a status pill as a name', () => {
    for (const pill of ['Prospect', 'Open', 'Hot', 'Won', '进行中', 'Closed Won']) expect(normaliseName(pill), pill).toBeNull();
    expect(normaliseName('Wonder Li')).toBe('Wonder Li');
  });
});
