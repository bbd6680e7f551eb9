// Round 9, lane phones: a person known only by a phone in a sentence whose verb comes after the
// number (ja, ko, tr, de subordinate clause, fr/es titles) is a person of their own with that
// phone, named without the honorific, case suffix or title; a department, a branch or a city in
// the same place is nobody, and the number is never the sender's.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { verbFinalName } from '../../../lib/detect/mention-verb-final';
import { parseWithLinkedom, toCliOutput } from './helpers';

const URL_ = 'https://mail.northgate-supply.example/read?mid=7';

function people(lang: string, body: string) {
  const html = `<html lang="${lang}"><head><title>Mail</title></head><body><div class="mail-view"><table class="headers">
<tr><td class="label">From:</td><td><span class="contact" title="orders@kestrel-parts.example">Kestrel Orders Desk</span></td></tr>
<tr><td class="label">To:</td><td><span class="contact" title="rep@northgate-supply.example">Rep</span></td></tr></table>
<div class="message-body">${body}</div></div></body></html>`;
  const doc = parseWithLinkedom(html);
  return toCliOutput(detectPage(doc, new URL(URL_)), doc).contacts;
}

describe('verbFinalName', () => {
  it.each([
    ['経理担当の佐藤花子様（', '佐藤花子'],
    ['詳細は山田 太郎さん ', '山田 太郎'],
    ['현장 일정은 김지훈 과장님께 ', '김지훈'],
    ['박서연 씨에게 ', '박서연'],
    ["Depo için Zeynep Arslan'ı ", 'Zeynep Arslan'],
    ["Lütfen Emre Kaya'dan ", 'Emre Kaya'],
    ['bitte, dass Sie Herrn Jonas Weber unter ', 'Jonas Weber'],
    ['merci de joindre Mme Claire Martin au ', 'Claire Martin'],
    ['puede llamar a la Sra. Lucía Romero al ', 'Lucía Romero'],
    ['w sprawie dostawy Pan Jan Nowak pod numerem ', 'Jan Nowak'],
    ['dat u Mevr. Sanne de Vries op nummer ', 'Sanne de Vries'],
  ])('names %j as %j', (before, name) => {
    expect(verbFinalName(before)).toBe(name);
  });

  it.each([
    ['請求書の件は総務部（'],
    ['영업팀 팀장님께 '],
    ["Ankara Şubesi'ne "],
    ["İstanbul'dan "],
    ["Arslan'a "],
    ['Für Rückfragen erreichen Sie uns unter '],
    ['お問い合わせは営業部まで '],
    ['詳細は、担当者様（'],
    ['고객님께 '],
    ['Please call the Bay Area Office on '],
  ])('names nobody before %j', (before) => {
    expect(verbFinalName(before)).toBeNull();
  });
});

describe('a verb-final sentence in a message', () => {
  it('gives a Korean team lead her number and the branch\'s number to nobody', () => {
    const list = people('en', '<p>안녕하세요.</p><p>설치 일정은 최유나 팀장님께 010-3344-5566 로 문의해 주세요.</p><p>부산 지점은 051-123-4567 로 연락 주세요.</p>');
    expect(list.find((c) => c.name === '최유나')?.phone).toBe('+821033445566');
    expect(list.some((c) => c.phone === '+82511234567')).toBe(false);
  });

  it('never makes a Turkish branch a person of its own', () => {
    const list = people('tr', "<p>Merhaba,</p><p>Sipariş için Ankara Şubesi'ne 0312 444 55 66 numarasından ulaşabilirsiniz.</p>");
    expect(list.some((c) => c.role === 'mentioned' && c.phone === '+903124445566')).toBe(false);
    expect(list.map((c) => c.name)).not.toContain('Ankara Şubesi');
  });
});
