// Round 6 (issue 14), meetings and mail headers: an attendee's response is not part of their
// name, a meeting's rooms and equipment are nobody to follow up with, header labels of more UI
// languages (Arabic, Polish, a calendar item's organiser), and a short first name never wins
// over the same person's full name.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makeContact } from '../../../lib/detect/contact';
import { lastLabelIn } from '../../../lib/detect/labels';
import { isRoleMailbox } from '../../../lib/detect/mailboxes';
import { dedupe, normaliseName } from '../../../lib/detect/normalize';

describe("an attendee's response after the name", () => {
  it.each([
    ['Inês Carvalho ✓ Aceite', 'Inês Carvalho'], ['Beatriz Lopes Provisório', 'Beatriz Lopes'], ['Tiago Ramos Sem resposta', 'Tiago Ramos'],
    ['Dana Okafor, Accepted', 'Dana Okafor'], ['Omar Haddad Declined', 'Omar Haddad'], ['Anna Weber Keine Antwort', 'Anna Weber'],
    ['刘洋已接受', '刘洋'], ['李明 未响应', '李明'], ['孙倩（暂定）', '孙倩'], ['王芳 已拒绝', '王芳'],
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
  it('reads Arabic and Polish Gmail, with direction marks and two-word labels', () => {
    expect(lastLabelIn(['من:\u200f'])).toBe('sender');
    expect(lastLabelIn(['إلى:\u200f'])).toBe('recipient');
    expect(lastLabelIn(['نسخة إلى:\u200f'])).toBe('cc');
    expect(lastLabelIn(['od:'])).toBe('sender');
    expect(lastLabelIn(['do:'])).toBe('recipient');
    expect(lastLabelIn(['dw:'])).toBe('cc');
    expect(lastLabelIn(['do mnie, '])).toBeNull();
  });

  it("reads a calendar item's organiser and attendee headings", () => {
    expect(lastLabelIn(['Organizador'])).toBe('sender');
    expect(lastLabelIn(['Organizer'])).toBe('sender');
    expect(lastLabelIn(['Obrigatório'])).toBe('recipient');
    expect(lastLabelIn(['Opcional'])).toBe('cc');
    expect(lastLabelIn(['Organizer of the event is '])).toBeNull();
  });
});

describe('one person seen with a short and a full name', () => {
  const { document } = parseHTML('<p><span>a</span><span>b</span></p>');
  const [a, b] = [...document.querySelectorAll('span')] as Element[];

  it('keeps the full name even from a weaker sighting', () => {
    const merged = dedupe([
      makeContact({ name: 'Anna', email: 'anna.w@drewpal.example' }, 'recipient', a!),
      makeContact({ name: 'Anna Wiśniewska', email: 'anna.w@drewpal.example' }, 'mentioned', b!),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.name).toBe('Anna Wiśniewska');
    expect(merged[0]!.role).toBe('recipient');
  });

  it('keeps a different name of the stronger sighting', () => {
    const merged = dedupe([
      makeContact({ name: 'Anna Wiśniewska', email: 'anna.w@drewpal.example' }, 'sender', a!),
      makeContact({ name: 'Sales team', email: 'anna.w@drewpal.example' }, 'mentioned', b!),
    ]);
    expect(merged[0]!.name).toBe('Anna Wiśniewska');
  });
});
