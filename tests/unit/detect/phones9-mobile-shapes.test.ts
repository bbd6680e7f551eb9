// Round 9, lane phones: a national-format mobile in an English message with no country cue is
// read as the one English-speaking country whose mobiles have its shape, kept as written when
// several share it, and still no phone when none does (an order number, a landline of no shape).
import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../lib/detect/phone';
import { mobileByShape } from '../../../lib/detect/phone-mobile-shapes';

describe('mobileByShape', () => {
  it.each([
    ['0412 345 678', '+61412345678'],
    ['07700 900123', '+447700900123'],
    ['98765 43210', '+919876543210'],
    ['021 345 6789', '+64213456789'],
    ['0917 123 4567', '+639171234567'],
    ['0803 555 0192', '+2348035550192'],
  ])('reads %j as %s', (written, e164) => {
    expect(mobileByShape(written)).toBe(e164);
  });

  it('keeps a shape two countries share as written', () => {
    expect(mobileByShape('083  456-7890')).toBe('083 456-7890');
    expect(mobileByShape('9123 4567')).toBe('9123 4567');
  });

  it("keeps a country's landline that another's mobile shape fits as written, never that other country's", () => {
    // Leeds (GB) / a Malaysian mobile; Brisbane (AU) / a South African one.
    expect(mobileByShape('0113 496 0712')).toBe('0113 496 0712');
    expect(mobileByShape('07 3123 4567')).toBe('07 3123 4567');
  });

  it('reads no shape as no mobile', () => {
    expect(mobileByShape('40021773')).toBeNull();
    expect(mobileByShape('0161 496 0000')).toBeNull();
    expect(mobileByShape('12345')).toBeNull();
    // An area code in parentheses is a landline's, whatever its digits (Sydney's, not a NZ mobile).
    expect(mobileByShape('(02) 9876 5432')).toBeNull();
  });
});

describe('normalisePhone on an English page with no country cue', () => {
  it('reads a mobile of one country\'s shape where the page\'s own country finds it invalid', () => {
    expect(normalisePhone('0412 345 678', 'US')).toBe('+61412345678');
    expect(normalisePhone('ring 07911 123456'.slice(5), 'US')).toBe('+447911123456');
  });

  it('keeps a number valid in the page\'s own country as it was', () => {
    expect(normalisePhone('(415) 555-0134', 'US')).toBe('+14155550134');
    expect(normalisePhone('0412 345 678', 'AU')).toBe('+61412345678');
  });

  it('leaves a page in another language, or a number its writer\'s block hinted at, as before', () => {
    expect(normalisePhone('98765 43210', 'FR')).toBeNull();
    expect(normalisePhone('98765 43210', 'US', ['FR'])).toBeNull();
    expect(normalisePhone('98765 43210', 'US')).toBe('+919876543210');
  });
});

describe('the contact store (E.164 only)', () => {
  it('stores a person whose mobile was kept as written without it, and an unambiguous one as E.164', async () => {
    const { normaliseContact } = await import('../../../lib/background/contacts');
    expect(normaliseContact({ name: 'Sipho Dlamini', phone: '083 456 7890' }, 'en-US')).toEqual({ name: 'Sipho Dlamini' });
    expect(normaliseContact({ name: 'Aroha Ngata', phone: '021 345 6789' }, 'en-US')).toEqual({ name: 'Aroha Ngata', phone: '+64213456789' });
  });
});
