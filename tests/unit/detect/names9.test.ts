// Round 9, names and roles (issue 14): Cc labels of more Gmail / Outlook UI languages, a CRM
// page's heading or section never a person's name, more owner-field words, and the signature
// reader's hooks the kits fill (no more patched RegExp methods).

import { describe, expect, it } from 'vitest';
import '../../../lib/detect/index';
import { lastLabelIn, roleFromLeadingLabel } from '../../../lib/detect/labels';
import { MORE_FORMS } from '../../../lib/detect/legal-forms';
import { COMPANY_WORDS, SIGN_OFF, lineTests, looksLikeName } from '../../../lib/detect/signature';
import { isOwnerValue } from '../../../lib/detect/owner-field';
import { recordNameOf } from '../../../lib/detect/generic/record-name';
import { parseWithLinkedom } from './helpers';

describe('Cc labels of more UI languages', () => {
  it('reads Greek, Thai, Turkish Bcc and Polish Bcc labels as cc (with their colon, or alone)', () => {
    for (const label of ['Κοιν.:', 'Κοιν.', 'สำเนา:', 'Gizli:', 'gizli', 'UDW:', 'udw', 'DW:', 'Kopie:']) expect(lastLabelIn([label]), label).toBe('cc');
    expect(roleFromLeadingLabel('Κοιν.: Νίκος Γεωργίου')).toBe('cc');
    expect(roleFromLeadingLabel('UDW: Jan Nowak')).toBe('cc');
  });

  it('never reads the same words in a sentence as a label', () => {
    expect(lastLabelIn(['Gizli bilgileri paylaşmayın '])).toBeNull();
    expect(lastLabelIn(['Κοιν. ανακοίνωση προς όλους '])).toBeNull();
    expect(lastLabelIn(['สำเนา เอกสาร แนบ มา '])).toBeNull();
  });
});

describe('a CRM page names its section or its deal, not a person', () => {
  const page = (title: string, h1: string) => parseWithLinkedom(`<html><head><title>${title}</title></head><body><h1>${h1}</h1></body></html>`) as Document;

  it('never takes a section heading or a deal page’s heading for the record’s person', () => {
    expect(recordNameOf(page('Pipedrive', 'Negócios'))).toBeNull();
    expect(recordNameOf(page('Pipedrive', 'Anlaşmalar'))).toBeNull();
    // A deal's page ("… - Negócio - …", "… - 商談 - …"): its title reads like a name, and is none.
    expect(recordNameOf(page('Marta Reis Lopes - Negócio - Pipedrive', 'Marta Reis Lopes'))).toBeNull();
    expect(recordNameOf(page('Yamada Holdings 更新 - 商談 - CRM', 'Kenji Mori'))).toBeNull();
  });

  it('still names a person’s own page by its heading', () => {
    expect(recordNameOf(page('Marta Reis Lopes - Pessoa - Pipedrive', 'Marta Reis Lopes'))).toBe('Marta Reis Lopes');
  });

  it('reads Turkish, Polish, Dutch and Italian owner fields as the rep’s side', () => {
    for (const label of ['Sahibi', 'Właściciel', 'Eigenaar', 'Proprietario']) {
      const doc = parseWithLinkedom(`<div><span>${label}</span><span><a href="/users/9">Emre Şahin</a></span></div>`) as Document;
      expect(isOwnerValue(doc.querySelector('a')!), label).toBe(true);
    }
    const doc = parseWithLinkedom('<div><span>Kişi</span><span><a href="/person/9">Emre Şahin</a></span></div>') as Document;
    expect(isOwnerValue(doc.querySelector('a')!)).toBe(false);
  });
});

describe('the signature reader’s hooks', () => {
  it('leaves the inline patterns’ own test alone (the kit widens the hooks, not RegExp methods)', () => {
    expect(Object.prototype.hasOwnProperty.call(COMPANY_WORDS, 'test')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(SIGN_OFF, 'test')).toBe(false);
    expect(COMPANY_WORDS.test('Nordvik Lager AB')).toBe(false);
    expect(MORE_FORMS.test('Nordvik Lager AB')).toBe(true);
  });

  it('reads the kit’s legal forms and sign-offs where the kit is loaded (the CLI: lib/detect/index.ts)', () => {
    expect(lineTests.isCompanyLine('Nordvik Lager AB')).toBe(true);
    expect(lineTests.isCompanyLine('Acme GmbH')).toBe(true);
    expect(lineTests.isSignOff('Cordialmente,')).toBe(true);
    expect(lineTests.isSignOff('Best regards,')).toBe(true);
    expect(looksLikeName('Nordvik Lager AB')).toBe(false);
    expect(looksLikeName('Cordialmente')).toBe(false);
    expect(looksLikeName('Giulia Rossi')).toBe(true);
  });
});
