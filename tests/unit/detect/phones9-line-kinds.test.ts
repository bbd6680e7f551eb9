// Round 9, lane phones: a signature that names its lines gives its signer the mobile, else the
// direct line, never the switchboard (fr, de, es, it, en, zh, ja, ko labels); a block that names
// none keeps its own order (a table's mobile row, else the first number).
import { describe, expect, it } from 'vitest';
import { byLineKind, lineKind } from '../../../lib/detect/line-kinds';
import { blockPhone } from '../../../lib/detect/signature-phones';

describe('lineKind', () => {
  it.each([
    ['Standard : ', 'switchboard'], ['Tel. Zentrale: ', 'switchboard'], ['Centralita: ', 'switchboard'], ['Centralino ', 'switchboard'],
    ['Main: ', 'switchboard'], ['总机：', 'switchboard'], ['代表 ', 'switchboard'], ['대표번호: ', 'switchboard'],
    ['Ligne directe : ', 'direct'], ['Durchwahl: ', 'direct'], ['Directo: ', 'direct'], ['Diretto ', 'direct'], ['Direct line: ', 'direct'],
    ['DDI: ', 'direct'], [' / 直线：', 'direct'], ['直通 ', 'direct'], ['직통: ', 'direct'],
    ['Portable : ', 'mobile'], ['Mobil: ', 'mobile'], ['Cell. ', 'mobile'], ['Móvil: ', 'mobile'], [' / 手机：', 'mobile'], ['携帯 ', 'mobile'], ['휴대폰: ', 'mobile'],
  ])('reads %j as %s', (label, kind) => {
    expect(lineKind(label)).toBe(kind);
  });

  it.each([['Directeur commercial : '], ['Tel: '], ['Büro: '], ['Standardization Lead, '], ['Domain: '], ['电话：']])('reads %j as no kind', (label) => {
    expect(lineKind(label)).toBeNull();
  });
});

describe('byLineKind', () => {
  it('leaves a block that names no switchboard or direct line to its own order', () => {
    expect(byLineKind([{ raw: '1', kind: null }, { raw: '2', kind: 'mobile' }])).toBeUndefined();
  });

  it('passes over the switchboard for any other number, and keeps it only when it is alone', () => {
    expect(byLineKind([{ raw: '1', kind: 'switchboard' }, { raw: '2', kind: null }])).toBe('2');
    expect(byLineKind([{ raw: '1', kind: 'switchboard' }])).toBeUndefined();
  });
});

describe('blockPhone', () => {
  it('takes the mobile over a switchboard and a direct line written first (fr, lines)', () => {
    expect(blockPhone(['Camille Roux', 'Standard : 01 44 55 66 00', 'Ligne directe : 01 44 55 66 21', 'Portable : 06 12 34 56 78'])).toBe('06 12 34 56 78');
  });

  it('takes the direct line when no mobile is written (it, one line)', () => {
    expect(blockPhone(['Paolo Greco', 'Centralino 02 4567 8900 – Diretto 02 4567 8932'])).toBe('02 4567 8932');
  });

  it('keeps a switchboard written alone: it is how the signer is reached (en)', () => {
    expect(blockPhone(['Tom Hale', 'Main: +44 20 7946 0000'])).toBe('+44 20 7946 0000');
  });

  it('keeps the first number of a block that names no lines', () => {
    expect(blockPhone(['Dana Okafor', 'Tel: +1 415 555 0134', 'Mobile: +1 415 555 0199'])).toBe('+1 415 555 0134');
  });
});
