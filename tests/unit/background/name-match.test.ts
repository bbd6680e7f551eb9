// Who typed words name: exactly one known contact, else nobody — never a guess between two.
import { describe, expect, it } from 'vitest';
import { matchContactByName } from '@/lib/background/name-match';

const dana = { name: 'Dana Okafor' };
const danaSmith = { name: 'Dana Smith' };
const will = { name: 'Will Turner' };
const wang = { name: '王伟' };
const li = { name: '李娜' };

describe('matchContactByName', () => {
  it('finds the one contact with that given name', () => {
    expect(matchContactByName('Call Dana tomorrow about the renewal', [dana, will, wang])).toBe(dana);
  });

  it('names nobody when two contacts share the given name', () => {
    expect(matchContactByName('Call Dana tomorrow about the renewal', [dana, danaSmith])).toBeUndefined();
  });

  it('lets a full name decide between two of the same given name', () => {
    expect(matchContactByName('Send Dana Smith the quote', [dana, danaSmith])).toBe(danaSmith);
    expect(matchContactByName('send dana okafor the quote', [dana, danaSmith])).toBe(dana);
  });

  it('reads a lower-case word as a word, not as a given name', () => {
    expect(matchContactByName('will call back next week', [will])).toBeUndefined();
    expect(matchContactByName('Will called; ring him back', [will])).toBe(will);
  });

  it('needs the whole word: "Danal" or "Adana" is not Dana', () => {
    expect(matchContactByName('Ship to Adana by Friday', [dana])).toBeUndefined();
    expect(matchContactByName('Danal review', [dana])).toBeUndefined();
  });

  it('finds Chinese names in running text, and a surname with an honorific when only one contact has it', () => {
    expect(matchContactByName('给王伟回电话 下周二', [wang, li])).toBe(wang);
    expect(matchContactByName('明天给王总回电话', [wang, li])).toBe(wang);
    expect(matchContactByName('明天给王总回电话', [wang, { name: '王芳' }])).toBeUndefined();
    expect(matchContactByName('明天回电话', [wang, li])).toBeUndefined();
  });

  it('names nobody for empty words or contacts without a usable name', () => {
    expect(matchContactByName('   ', [dana])).toBeUndefined();
    expect(matchContactByName('Call D tomorrow', [{ name: 'D' }])).toBeUndefined();
  });
});
