// Round 8, lane B: numbers as Israel, Germany and Chile write them, found by the content side's
// scanner (lib/detect/phone-scan.ts) and read in their country (lib/detect/phone.ts) — and what
// stays no phone beside them.
import { describe, expect, it } from 'vitest';
import { defaultCountryFrom, normalisePhone } from '../../../lib/detect/phone';
import { findPhones } from '../../../lib/detect/phone-scan';

const raws = (text: string) => findPhones(text).map((h) => h.raw);

describe('national numbers of two groups, the area code with its trunk 0', () => {
  it.each([
    ['נייד: 054-1234567', '054-1234567'],
    ['משרד 04-8123456', '04-8123456'],
    ['ruf Jonas unter 0171 2345678 an', '0171 2345678'],
    ['Zentrale 089 12345678', '089 12345678'],
  ])('finds "%s"', (text, raw) => {
    expect(raws(text)).toEqual([raw]);
  });

  it('reads them in Israel on a Hebrew page, with no other hint', () => {
    expect(defaultCountryFrom('he')).toBe('IL');
    expect(normalisePhone('054-1234567', defaultCountryFrom('he'))).toBe('+972541234567');
    expect(normalisePhone('04-8123456', undefined, ['IL'])).toBe('+97248123456');
  });

  it('still takes no two-group run without a trunk 0, and no identifier', () => {
    expect(raws('Ref 2024 1234567')).toEqual([]);
    expect(raws('Order 0123 456789')).toEqual([]);
    expect(raws('Bestellnr. 0171 2345678')).toEqual([]);
    expect(raws('Rechnung 12345 678901')).toEqual([]);
  });
});

describe('labels and glued words', () => {
  it('takes a number after a Hebrew preposition glued on with a hyphen, not after a code', () => {
    expect(raws('אפשר לדבר עם יעל ב-052-7654321 עד יום חמישי')).toEqual(['052-7654321']);
    expect(raws('INV-052-7654321')).toEqual([]);
  });

  it('reads Chile\'s "Fono" and Peru\'s "Telf." as phone labels, never as an identifier\'s "No."', () => {
    expect(raws('Fono: +56 2 2345 6789 anexo 112')).toEqual(['+56 2 2345 6789']);
    expect(raws('Fono: 2 2345 6789')).toEqual(['2 2345 6789']);
    expect(raws('Telf.: 01 234 5678')).toEqual(['01 234 5678']);
    expect(raws('Ticket No: 2 2345 6789')).toEqual([]);
  });
});
