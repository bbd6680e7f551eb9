// Round 6 (issue 14), meetings: an attendee's response is not part of their name, a meeting's
// rooms and equipment are nobody to follow up with, a calendar item's organiser and attendee
// headings are its From, To and Cc.

import { describe, expect, it } from 'vitest';
import { lastLabelIn } from '../../../lib/detect/labels';
import { isRoleMailbox } from '../../../lib/detect/mailboxes';
import { normaliseName } from '../../../lib/detect/normalize';

describe("an attendee's response after the name", () => {
  it.each([
    ['Inês Carvalho ✓ Aceite', 'Inês Carvalho'], ['Beatriz Lopes Provisório', 'Beatriz Lopes'], ['Tiago Ramos Sem resposta', 'Tiago Ramos'],
    ['Dana Okafor, Accepted', 'Dana Okafor'], ['Omar Haddad Declined', 'Omar Haddad'], ['Anna Weber Keine Antwort', 'Anna Weber'],
    ['Jan Kowalski Brak odpowiedzi', 'Jan Kowalski'], ['刘洋已接受', '刘洋'], ['李明 未响应', '李明'], ['孙倩（暂定）', '孙倩'], ['王芳 已拒绝', '王芳'],
  ])('%s is %s', (raw, name) => {
    expect(normaliseName(raw)).toBe(name);
  });

  it('leaves names that only look alike, and a response alone is nobody', () => {
    expect(normaliseName('Marco Provisionally')).toBe('Marco Provisionally');
    expect(normaliseName('Lovoorlopig')).toBe('Lovoorlopig');
    expect(normaliseName('Omar Haddad')).toBe('Omar Haddad');
  });
});

describe('resource mailboxes a meeting books', () => {
  it.each([
    ['room.4b@acme.example', null], ['conf-projector2@acme.example', null], ['rooms-hq-3@acme.example', null], ['sala.tejo@acme.example', null],
    ['b3@acme.example', 'Boardroom 3 (HQ)'], ['mr2@acme.example', 'Meeting Room 2'], ['hys@acme.example', '会议室 A'], ['r1@acme.example', 'Besprechungsraum Elbe'],
  ])('%s %s is not a person', (email, name) => {
    expect(isRoleMailbox(email, name)).toBe(true);
  });

  it('a surname or word elsewhere in the address is a person', () => {
    expect(isRoleMailbox('ana.sala@acme.example', 'Ana Sala')).toBe(false);
    expect(isRoleMailbox('roomer.lee@acme.example', 'Lee Roomer')).toBe(false);
    expect(isRoleMailbox('dana.conf@acme.example', 'Dana Room')).toBe(false);
  });
});

describe('header labels of more UIs', () => {
  it("reads a calendar item's organiser and attendee headings", () => {
    expect(lastLabelIn(['Organizador'])).toBe('sender');
    expect(lastLabelIn(['Organizer'])).toBe('sender');
    expect(lastLabelIn(['Obrigatório'])).toBe('recipient');
    expect(lastLabelIn(['Opcional'])).toBe('cc');
    expect(lastLabelIn(['Organizer of the event is '])).toBeNull();
  });
});
