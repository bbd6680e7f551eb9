// Phones to E.164 (background and CLI side) and the default country from a language tag.

import { describe, expect, it } from 'vitest';
import { defaultCountryFrom, normalisePhone, withE164Phones } from '../../../lib/detect/phone';
import { findPhones } from '../../../lib/detect/phone-scan';

describe('normalisePhone', () => {
  it.each([
    ['+1 (415) 555-0134', undefined, '+14155550134'],
    ['(415) 555-0134', 'US', '+14155550134'],
    ['+86 138 1234 5678', undefined, '+8613812345678'],
    ['138 1234 5678', 'CN', '+8613812345678'],
    ['021-6288 1234', 'CN', '+862162881234'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+49 (0)40 3176 2290', undefined, '+494031762290'],
    ['0049 40 3176 2290', undefined, '+494031762290'],
    ['tel:+1-617-555-0100', undefined, '+16175550100'],
    ['(02) 9374 4000', 'AU', '+61293744000'],
  ] as const)('%s (%s) → %s', (raw, country, e164) => {
    expect(normalisePhone(raw, country)).toBe(e164);
  });

  it('rejects what is not a valid number', () => {
    expect(normalisePhone('(415) 555-0134')).toBeNull(); // no country to read it in
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone('x'.repeat(10_000))).toBeNull();
  });
});

describe('defaultCountryFrom', () => {
  it.each([
    ['zh-CN', 'CN'], ['en-US', 'US'], ['en-GB', 'GB'], ['en_AU', 'AU'], ['zh-Hans-CN', 'CN'], ['en', 'US'], ['zh', 'CN'], ['de', 'DE'],
  ])('%s → %s', (lang, country) => {
    expect(defaultCountryFrom(lang)).toBe(country);
  });

  it('is undefined without a usable tag', () => {
    expect(defaultCountryFrom(null)).toBeUndefined();
    expect(defaultCountryFrom('')).toBeUndefined();
    expect(defaultCountryFrom('tlh')).toBeUndefined();
  });
});

describe('withE164Phones', () => {
  it('normalises phones and drops contacts left with nothing', () => {
    const out = withE164Phones([
      { name: null, email: null, phone: '555 555 0134 0134' },
      { name: 'Priya', email: null, phone: '(415) 555-0134' },
    ], 'US');
    expect(out).toEqual([{ name: 'Priya', email: null, phone: '+14155550134' }]);
  });
});

describe('numbers written with a spaced hyphen or a hyphenated area code', () => {
  it('reads "020 - 612 45 89" as one number', () => {
    expect(findPhones('Tel: 020 - 612 45 89').map((h) => h.raw)).toEqual(['020-612 45 89']);
    expect(findPhones('010 - 433 21 07').map((h) => h.raw)).toEqual(['010-433 21 07']);
  });

  it('still refuses ranges and mixed runs of prose', () => {
    expect(findPhones('pages 120 - 145 and 200 - 210')).toEqual([]);
    expect(findPhones('order 12-34 56.78 90')).toEqual([]);
  });
});

describe('numbers the blind sets of issue 14 round 7 missed', () => {
  it('reads a labelled landline with its extension even when its digits pass the card check', () => {
    // 057188236650318 is Luhn-valid: unlabelled it may be a card number, labelled it is a phone.
    expect(findPhones('电话：0571-8823 6650-318 分机').map((h) => h.raw)).toEqual(['0571-8823 6650-318']);
    expect(findPhones('Tel. 0571-8823 6650-318').map((h) => h.raw)).toEqual(['0571-8823 6650-318']);
    expect(findPhones('4111 1111 1111 1111')).toEqual([]);
  });

  it('reads a mobile written as one run right after a name, not after an identifier word', () => {
    expect(findPhones('خالد الدوسري 0503318842').map((h) => h.raw)).toEqual(['0503318842']);
    expect(findPhones('联系罗建平 13826547093').map((h) => h.raw)).toEqual(['13826547093']);
    for (const text of ['Order 0503318842', 'ref 13826547093', '订单号 13826547093', 'code 0203318842', 'batch 5503318842']) expect(findPhones(text), text).toEqual([]);
  });
});
