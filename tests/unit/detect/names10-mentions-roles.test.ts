// Round 10, lane names10 (issue 14) kinds 2 and 3: a compact header line that writes its Cc after
// the To list ("收件人：刘芳 <…>; 孙强 <…> 抄送：周丽 <…>", "À : … Copie à : …"), and a person named in
// full and then shortened in the sentence that gives their number ("Maria Rossi … Maria's mobile
// is …", "Herr Weber erreichen Sie unter …", "王先生的手机是139…").
import { describe, expect, it } from 'vitest';
import '../../../lib/detect/index';
import { lastLabelIn } from '../../../lib/detect/labels';
import { backReference } from '../../../lib/detect/mention-back-reference';
import { findPhones } from '../../../lib/detect/phone-scan';

describe('a Cc label after the To list on the same line', () => {
  it('reads the label after an address\'s closing bracket, and "Copie à"', () => {
    expect(lastLabelIn(['收件人：刘芳 <liu.fang@x.example>; 孙强 <sun@x.example> 抄送：'])).toBe('cc');
    expect(lastLabelIn(['À : Liu Fang <liu@x.example> Copie à : '])).toBe('cc');
    expect(lastLabelIn(['Copie à : '])).toBe('cc');
    // A word after an address that is no label, or a label with more after it, names no role.
    expect(lastLabelIn(['Dana <dana@x.example> wrote: '])).toBeNull();
    expect(lastLabelIn(['Dana <dana@x.example> to discuss with '])).toBeNull();
  });
});

describe('a full name, then a shorter mention in the number\'s sentence', () => {
  it.each([
    ["please call Maria Rossi tomorrow — Maria's mobile is ", "please call Maria Rossi tomorrow — Maria's mobile is ", 'Maria Rossi'],
    ['ist Herr Dr. Klaus Weber zuständig. Herr Weber erreichen Sie unter ', ' Herr Weber erreichen Sie unter ', 'Klaus Weber'],
    ['现场由我们的工程师王伟先生负责安装。如有问题，王先生的手机是', '如有问题，王先生的手机是', '王伟'],
    ['Per la parte elettrica ho sentito l\'ing. Paolo Greco: Paolo risponde al ', 'Paolo Greco: Paolo risponde al ', 'Paolo Greco'],
  ])('%s', (line, sentence, name) => expect(backReference(line, sentence)).toBe(name));

  it('binds to neither of two people of that first name, nor when the sentence names nobody', () => {
    expect(backReference('Maria Rossi and Maria Bianchi are on site. Maria is on ', ' Maria is on ')).toBeNull();
    expect(backReference('Thanks Maria Rossi. My number is ', ' My number is ')).toBeNull();
  });

  it('finds a Chinese number glued to its sentence after a phone word, not any glued number', () => {
    expect(findPhones('王先生的手机是139 1234 5678，全天可联系。').map((h) => h.raw)).toEqual(['139 1234 5678']);
    expect(findPhones('合同编号XS139 1234 5678')).toEqual([]);
  });
});
