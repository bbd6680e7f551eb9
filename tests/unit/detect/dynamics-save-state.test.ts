// A Dynamics form's title carries the record's save state after its name, in the UI's language
// ("Dana Okafor - Saved", "佐藤 花子 - 保存済み"): never part of the person's name.

import { describe, expect, it } from 'vitest';
import { recordName } from '../../../lib/detect/sites/dynamics';

describe('a Dynamics title\'s save state', () => {
  it.each([
    ['Dana Okafor - Saved', 'Dana Okafor'],
    ['佐藤 花子 - 保存済み', '佐藤 花子'],
    ['김민지 - 저장됨', '김민지'],
    ['Marco Bianchi - Non salvato', 'Marco Bianchi'],
    ['João Lima – Salvo', 'João Lima'],
    ['Sanne de Vries - Opgeslagen', 'Sanne de Vries'],
    ['Anna Nowak - Zapisano', 'Anna Nowak'],
    ['陳美玲 - 已儲存', '陳美玲'],
    ['Jonas Weber - Schreibgeschützt', 'Jonas Weber'],
    ['Kasper Lund - Gemt', 'Kasper Lund'],
    ['Oskar Berg - Inte sparat', 'Oskar Berg'],
    ['Ingrid Dahl - Lagret', 'Ingrid Dahl'],
    ['Aino Virtanen - Tallennettu', 'Aino Virtanen'],
    ['Aino Virtanen - Vain luku', 'Aino Virtanen'],
  ])('%s', (title, name) => {
    expect(recordName(title)).toBe(name);
  });
  it('keeps a name that only ends like a state word', () => {
    expect(recordName('Ana Salvo')).toBe('Ana Salvo');
    expect(recordName('Ling - Saved Searches Team')).toBe('Ling - Saved Searches Team');
  });
});
